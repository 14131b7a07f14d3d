import { Card } from "@/components/ui/layout";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { OwnCandidacy } from "@/lib/placements/own-queries";
import { CandidateBreakdown } from "./candidate-breakdown";
import { DecisionBadge, SelectionStatusBadge } from "./status-badge";

/**
 * "Seleksi jabatan" on the career page: every selection the person was shortlisted in, their place
 * and score with each component, and once closed the decision, its reason and the SK. Renders
 * nothing when there is none, so the career page stays short for most people.
 */
export function OwnCandidacies({ candidacies }: { candidacies: OwnCandidacy[] }) {
  if (candidacies.length === 0) return null;
  return (
    <Card title={t("placements.own.title")}>
      <p className="mb-3 text-sm text-slate-600">{t("placements.own.intro")}</p>
      <ul className="space-y-4">
        {candidacies.map((c) => {
          const standard = c.selection.position.competencies.map((line) => ({ competencyId: line.competency.id, name: line.competency.name }));
          const closed = c.selection.status === "CLOSED";
          return (
            <li key={c.id} className="rounded-md border border-slate-200 p-3">
              <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="font-medium text-slate-900">{`${c.selection.position.name} — ${c.selection.position.unit.name}`}</p>
                  <p className="text-sm text-slate-600">
                    {t("placements.own.line", { tmt: formatDate(c.selection.tmt), place: c.rankOrder, total: c.selection._count.candidates, score: formatNumber(c.score) })}
                  </p>
                </div>
                <div className="flex flex-wrap gap-2">
                  <SelectionStatusBadge status={c.selection.status} />
                  {closed ? <DecisionBadge decision={c.decision} /> : null}
                </div>
              </div>
              {closed && c.decisionReason ? <p className="mt-2 text-sm text-slate-700">{t("placements.candidate.reason", { reason: c.decisionReason })}</p> : null}
              {c.skAvailable ? (
                <p className="mt-2 text-sm">
                  <a className="font-medium text-brand-700 underline-offset-2 hover:underline" href={`/api/placements/sk/${c.id}`}>
                    {t("placements.own.sk", { number: c.skNumber ?? "", date: formatDate(c.skDate) })}
                  </a>
                </p>
              ) : null}
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("placements.own.breakdown")}</summary>
                <div className="mt-2">
                  <CandidateBreakdown components={c.components} score={c.score} standard={standard} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
