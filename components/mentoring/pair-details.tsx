import { fullName } from "@/components/employees/profile-view";
import { Badge, Card, DetailList } from "@/components/ui/layout";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import type { PairDetail, PairPerson } from "@/lib/mentoring/pair-queries";
import { formatJp, formatMinutes, STATUS_TONES } from "./format";

function Person({ person }: { person: PairPerson }) {
  return (
    <>
      {fullName(person)}
      <span className="block font-mono text-xs text-slate-500">{person.nip}</span>
      <span className="block text-xs text-slate-500">
        {person.position.name} · {person.unit.name}
      </span>
    </>
  );
}

/** Who, what for, how long, and how much has been done: the head of a pair's page. */
export function PairDetails({ pair }: { pair: PairDetail }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title={t("mentoring.detailTitle")} className="lg:col-span-2">
        <DetailList
          items={[
            { label: t("mentoring.mentor"), value: <Person person={pair.mentor} /> },
            { label: t("mentoring.mentee"), value: <Person person={pair.mentee} /> },
            { label: t("mentoring.period"), value: `${formatDate(pair.startDate)} – ${formatDate(pair.endDate)}` },
            { label: t("mentoring.statusLabel"), value: <Badge tone={STATUS_TONES[pair.status]}>{t(`mentoring.status.${pair.status}`)}</Badge> },
            { label: t("mentoring.openedBy"), value: `${pair.openedBy?.name ?? t("common.dash")} · ${formatDateTime(pair.createdAt)}` },
            ...(pair.closedAt ? [{ label: t("mentoring.closedAt"), value: formatDateTime(pair.closedAt) }] : []),
          ]}
        />
        <h3 className="mt-4 text-xs font-medium uppercase tracking-wide text-slate-500">{t("mentoring.goals")}</h3>
        <p className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{pair.goals}</p>
        {pair.outcome ? (
          <>
            <h3 className="mt-4 text-xs font-medium uppercase tracking-wide text-slate-500">{t("mentoring.close.outcome")}</h3>
            <p className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{pair.outcome}</p>
          </>
        ) : null}
      </Card>
      <Card title={t("mentoring.totalsTitle")} className="h-fit">
        <DetailList
          items={[
            { label: t("mentoring.sessions"), value: formatNumber(pair.sessions.length) },
            { label: t("mentoring.totalTime"), value: formatMinutes(pair.totals.minutes) },
            { label: t("mentoring.totalJp"), value: formatJp(pair.totals.jp) },
          ]}
        />
        <p className="mt-3 text-xs text-slate-600">{t("mentoring.jpNote", { name: pair.mentee.name })}</p>
      </Card>
    </div>
  );
}
