import { Badge, Card } from "@/components/ui/layout";
import type { CareerPath } from "@/lib/career/career-queries";
import { timelineEntries, type TimelineKind } from "@/lib/career/timeline";
import { toIsoDate } from "@/lib/domain/dates";
import { formatDate, t } from "@/lib/i18n";

const tones: Record<TimelineKind, "brand" | "info" | "neutral" | "warning" | "danger"> = {
  rank: "brand",
  position: "info",
  education: "neutral",
  training: "neutral",
  award: "warning",
  sanction: "danger",
};

/** Pangkat, jabatan, pendidikan, pelatihan, penghargaan and hukuman disiplin, newest first. */
export function CareerTimeline({ path }: { path: CareerPath }) {
  const { profile, timeline } = path;
  const entries = timelineEntries({ ...profile, ...timeline });
  return (
    <Card title={t("career.timeline.title")}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("career.timeline.empty")}</p>
      ) : (
        <>
          <ol aria-label={t("career.timeline.caption")} className="relative space-y-4 border-l border-slate-200 pl-5" data-testid="career-timeline">
            {entries.map((entry) => (
              <li key={entry.key} className="relative" data-kind={entry.kind}>
                <span className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden="true" />
                <p className="text-xs text-slate-500">
                  <time dateTime={toIsoDate(entry.date)}>{formatDate(entry.date)}</time> · <Badge tone={tones[entry.kind]}>{t(`career.timeline.kind.${entry.kind}`)}</Badge>
                  {entry.flag ? (
                    <>
                      {" "}
                      <Badge tone="danger">{entry.flag}</Badge>
                    </>
                  ) : null}
                </p>
                <p className="text-sm font-medium text-slate-900">{entry.title}</p>
                <p className="text-xs text-slate-600">{entry.detail}</p>
              </li>
            ))}
          </ol>
          {timeline.trainingsTotal > timeline.trainings.length ? (
            <p className="mt-3 text-xs text-slate-500">{t("career.timeline.moreTrainings", { shown: timeline.trainings.length, total: timeline.trainingsTotal })}</p>
          ) : null}
        </>
      )}
    </Card>
  );
}
