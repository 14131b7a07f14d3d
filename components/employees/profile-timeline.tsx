import { Badge } from "@/components/ui/layout";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import type { EmployeeProfile } from "@/lib/employees/queries";
import { formatDate, t } from "@/lib/i18n";

type Entry = { key: string; date: Date; kind: "rank" | "position" | "education"; title: string; detail: string };

/** Pangkat, jabatan and pendidikan merged into one list, newest first. */
function entries(profile: EmployeeProfile): Entry[] {
  const list: Entry[] = [
    ...profile.rankHistory.map((row) => ({
      key: `r${row.id}`,
      date: row.tmt,
      kind: "rank" as const,
      title: `${row.rank.name} (${row.rank.code}) — ${t(`enums.rankChangeKind.${row.kind}`)}`,
      detail: t("profile.sk", { number: row.skNumber, date: formatDate(row.skDate) }),
    })),
    ...profile.positionHistory.map((row) => ({
      key: `p${row.id}`,
      date: row.tmt,
      kind: "position" as const,
      title: `${row.positionName} — ${row.unitName}`,
      detail: t("profile.sk", { number: row.skNumber, date: formatDate(row.skDate) }),
    })),
    ...profile.education.map((row) => ({
      key: `e${row.id}`,
      date: row.graduationDate,
      kind: "education" as const,
      title: `${EDUCATION_LABELS[row.level]}${row.major ? ` ${row.major}` : ""} — ${row.institution}`,
      detail: t("profile.graduated", { date: formatDate(row.graduationDate) }) + (row.certificateNo ? ` · ${row.certificateNo}` : ""),
    })),
  ];
  return list.sort((a, b) => b.date.getTime() - a.date.getTime() || a.key.localeCompare(b.key));
}

const tones = { rank: "brand", position: "info", education: "neutral" } as const;

export function ProfileTimeline({ profile }: { profile: EmployeeProfile }) {
  const list = entries(profile);
  if (list.length === 0) return <p className="text-sm text-slate-600">{t("profile.timelineEmpty")}</p>;
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-5" data-testid="timeline">
      {list.map((entry) => (
        <li key={entry.key} className="relative">
          <span className="absolute -left-[27px] top-1.5 h-3 w-3 rounded-full border-2 border-white bg-brand-600" aria-hidden="true" />
          <p className="text-xs text-slate-500">
            <time dateTime={entry.date.toISOString().slice(0, 10)}>{formatDate(entry.date)}</time> · <Badge tone={tones[entry.kind]}>{t(`profile.kind.${entry.kind}`)}</Badge>
          </p>
          <p className="text-sm font-medium text-slate-900">{entry.title}</p>
          <p className="text-xs text-slate-600">{entry.detail}</p>
        </li>
      ))}
    </ol>
  );
}
