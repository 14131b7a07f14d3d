import { LinkButton } from "@/components/ui/button";
import type { CurrentSkp } from "@/lib/appraisals/history-queries";
import { periodRows } from "@/lib/appraisals/plan-periods";
import type { EvaluationFrequency } from "@/lib/domain/appraisal/periods";
import { formatDate, t } from "@/lib/i18n";
import { PeriodList } from "./period-list";
import { PlanStatusBadge } from "./status-badge";

/** What the employee should do next with this SKP, in words and one link. */
function NextStep({ skp }: { skp: CurrentSkp }) {
  const open = `/skp/${skp.id}`;
  switch (skp.status) {
    case "DRAFT":
      return (
        <div className="space-y-3">
          {skp.returnComment ? (
            <div role="note" className="rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
              <p className="font-semibold">{t("skp.detail.returned")}</p>
              <p className="mt-1 whitespace-pre-line">{skp.returnComment}</p>
            </div>
          ) : (
            <p className="text-sm text-slate-700">{skp._count.results ? t("skp.mine.draftReady") : t("skp.mine.draftEmpty")}</p>
          )}
          <div className="flex flex-wrap gap-2">
            <LinkButton href={`${open}/edit`}>{skp._count.results ? t("skp.mine.editPlan") : t("skp.mine.writePlan")}</LinkButton>
            {skp._count.results ? (
              <LinkButton variant="secondary" href={open}>
                {t("skp.mine.reviewSubmit")}
              </LinkButton>
            ) : null}
          </div>
        </div>
      );
    case "SUBMITTED":
      return <p className="text-sm text-slate-700">{t("skp.mine.waiting", { rater: skp.rater.name })}</p>;
    case "AGREED":
      return (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-slate-700">{t("skp.mine.agreed")}</p>
          <LinkButton href={open}>{t("skp.mine.record")}</LinkButton>
        </div>
      );
    case "CLOSED":
      return <p className="text-sm text-slate-700">{t("skp.mine.closed", { reason: skp.closedReason ?? "" })}</p>;
  }
}

export function SkpYearCard({ skp, frequency }: { skp: CurrentSkp; frequency: EvaluationFrequency }) {
  const rows = periodRows(frequency, skp, skp.evaluations, true);
  return (
    <section aria-labelledby={`skp-${skp.id}-title`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h3 id={`skp-${skp.id}-title`} className="text-base font-semibold text-slate-900">
            {t("skp.mine.skpTitle", { from: formatDate(skp.periodStart), to: formatDate(skp.periodEnd) })}
          </h3>
          <p className="text-sm text-slate-600">
            {skp.position.name} · {skp.unit.name} · {t("skp.mine.rater", { name: skp.rater.name })}
          </p>
        </div>
        <div className="flex items-center gap-2">
          <PlanStatusBadge status={skp.status} />
          <LinkButton variant="secondary" href={`/skp/${skp.id}`}>
            {t("skp.mine.open")}
          </LinkButton>
        </div>
      </div>
      <NextStep skp={skp} />
      <PeriodList skpId={skp.id} frequency={frequency} rows={rows} caption={t("skp.periods.caption", { from: formatDate(skp.periodStart), to: formatDate(skp.periodEnd) })} />
    </section>
  );
}
