import { fullName } from "@/components/employees/profile-view";
import { Badge } from "@/components/ui/layout";
import { formatNumber, t } from "@/lib/i18n";
import type { CandidateView } from "@/lib/placements/queries";
import { CandidateBreakdown, type StandardLine } from "./candidate-breakdown";
import { DecisionBadge } from "./status-badge";

type Props = {
  candidates: CandidateView[];
  standard: readonly StandardLine[];
  /** Show the committee's decision on each candidate (once the selection is with the committee). */
  showDecision: boolean;
  /** Extra content per candidate: the committee's panel on the committee page. */
  panel?: (candidate: CandidateView) => React.ReactNode;
};

/** The ranked shortlist, best first, each candidate with the full breakdown of their score. */
export function CandidateList({ candidates, standard, showDecision, panel }: Props) {
  return (
    <ol className="space-y-4" aria-label={t("placements.candidate.listLabel")}>
      {candidates.map((c) => (
        <li key={c.id} id={`candidate-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <div>
              <h3 className="text-base font-semibold text-slate-900">
                <span className="mr-2 text-slate-500">{t("placements.candidate.place", { n: c.rankOrder })}</span>
                {fullName(c.employee)}
              </h3>
              <p className="text-sm text-slate-600">
                {t("placements.candidate.identity", {
                  nip: c.employee.nip,
                  rank: c.employee.rank ? `${c.employee.rank.name} (${c.employee.rank.code})` : t("placements.candidate.noRank"),
                  position: c.employee.position.name,
                  unit: c.employee.unit.name,
                })}
              </p>
              {c.addedManually ? (
                <p className="mt-1 text-sm text-slate-700">
                  <Badge tone="info">{t("placements.candidate.manual")}</Badge> {c.justification}
                </p>
              ) : null}
            </div>
            <div className="text-left sm:text-right">
              <p className="text-2xl font-semibold tabular-nums text-slate-900">{formatNumber(c.score)}</p>
              <p className="text-xs text-slate-500">{t("placements.candidate.scoreLabel")}</p>
              {showDecision ? (
                <div className="mt-1">
                  <DecisionBadge decision={c.decision} />
                </div>
              ) : null}
            </div>
          </div>
          {showDecision && c.decisionReason ? <p className="mt-2 text-sm text-slate-700">{t("placements.candidate.reason", { reason: c.decisionReason })}</p> : null}
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("placements.breakdown.toggle", { name: c.employee.name })}</summary>
            <div className="mt-2">
              <CandidateBreakdown components={c.components} score={c.score} standard={standard} />
            </div>
          </details>
          {panel ? <div className="mt-4 border-t border-slate-200 pt-4">{panel(c)}</div> : null}
        </li>
      ))}
    </ol>
  );
}
