import Link from "next/link";
import { EmptyState } from "@/components/ui/layout";
import type { AppraisalDetail, IndicatorView, TeamLink } from "@/lib/appraisals/plan-queries";
import { NUMERIC_TARGETS } from "@/lib/appraisals/plan-schemas";
import { formatNumber, t } from "@/lib/i18n";
import { RealizationList } from "./realization-list";
import { SkpLink } from "./skp-details";

export function targetText(indicator: Pick<IndicatorView, "targetKind" | "targetValue" | "targetUnit" | "targetText">): string {
  const kind = t(`appraisal.targetKind.${indicator.targetKind}`);
  if (!NUMERIC_TARGETS.has(indicator.targetKind)) return `${kind}: ${indicator.targetText ?? ""}`;
  return `${kind}: ${formatNumber(Number(indicator.targetValue))} ${indicator.targetUnit ?? ""}`.trim();
}

type Props = {
  skp: AppraisalDetail;
  teamLinks: TeamLink[];
  /** The employee on an agreed SKP: add and delete realisation entries. */
  recording: boolean;
};

/** RHK with their indicators and targets, the rater's RHK each supports, the team RHK that feed it, realisations. */
export function PlanView({ skp, teamLinks, recording }: Props) {
  if (skp.results.length === 0) return <EmptyState title={t("skp.plan.empty")} body={t("skp.plan.emptyBody")} />;
  const byParent = new Map<number, TeamLink[]>();
  for (const link of teamLinks) byParent.set(link.parentResultId, [...(byParent.get(link.parentResultId) ?? []), link]);
  return (
    <ol className="space-y-4">
      {skp.results.map((result, index) => {
        const team = byParent.get(result.id) ?? [];
        return (
          <li key={result.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="text-base font-semibold text-slate-900">
              <span className="text-slate-500">{t("skp.plan.resultNo", { n: index + 1 })}</span> {result.text}
            </h3>
            {result.parentResult ? <p className="mt-1 text-sm text-slate-600">{t("skp.plan.supports", { text: result.parentResult.text })}</p> : null}
            <ul className="mt-3 space-y-3">
              {result.indicators.map((indicator) => (
                <li key={indicator.id} id={`indicator-${indicator.id}`} className="rounded-md bg-slate-50 p-3">
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                    <div>
                      <p className="text-sm font-medium text-slate-900">{indicator.text}</p>
                      <p className="text-sm text-slate-600">{t("skp.plan.target", { target: targetText(indicator) })}</p>
                    </div>
                    {recording ? (
                      <Link href={`/skp/${skp.id}/realizations/new?indicator=${indicator.id}`} className="shrink-0 text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
                        {t("skp.realization.addFor")}
                        <span className="sr-only"> {indicator.text}</span>
                      </Link>
                    ) : null}
                  </div>
                  <RealizationList skpId={skp.id} indicator={indicator} deletable={recording} />
                </li>
              ))}
            </ul>
            {team.length ? (
              <div className="mt-3 border-t border-slate-100 pt-3">
                <h4 className="text-sm font-semibold text-slate-800">{t("skp.plan.teamLinks", { n: team.length })}</h4>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
                  {team.map((link) => (
                    <li key={link.id}>
                      <SkpLink id={link.appraisalId}>{link.employeeName}</SkpLink>: {link.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
