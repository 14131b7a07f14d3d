import { EmptyState } from "@/components/ui/layout";
import type { EvaluationView } from "@/lib/evaluations/evaluation-view";
import { formatDate, t } from "@/lib/i18n";

type Result = EvaluationView["appraisal"]["results"][number];
type Indicator = Result["indicators"][number];

function target(indicator: Indicator): string {
  const kind = t(`appraisal.targetKind.${indicator.targetKind}`);
  if (indicator.targetKind === "KUALITATIF" || indicator.targetValue === null) return `${kind}: ${indicator.targetText ?? t("common.dash")}`;
  return `${kind}: ${indicator.targetValue.toString()} ${indicator.targetUnit ?? ""}`.trim();
}

/** The SKP's RHK with indicators and targets, and the realisations recorded inside the period. */
export function EvaluationResults({ results }: { results: Result[] }) {
  if (results.length === 0) return <EmptyState title={t("evaluations.page.resultsEmpty")} />;
  return (
    <ol className="space-y-5">
      {results.map((result) => (
        <li key={result.id}>
          <p className="font-medium text-slate-900">
            {t("evaluations.page.rhk")} {result.position}. {result.text}
          </p>
          <ul className="mt-2 space-y-3 border-l-2 border-slate-200 pl-4">
            {result.indicators.map((indicator) => (
              <li key={indicator.id} className="text-sm">
                <p className="text-slate-800">
                  <span className="font-medium">{t("evaluations.page.indicator")}:</span> {indicator.text}
                </p>
                <p className="text-slate-600">
                  {t("evaluations.page.target")}: {target(indicator)}
                </p>
                {indicator.realizations.length ? (
                  <ul className="mt-1 space-y-1" aria-label={t("evaluations.page.realizations")}>
                    {indicator.realizations.map((r) => (
                      <li key={r.id} className="rounded bg-slate-50 px-2 py-1 text-slate-700">
                        <span className="font-medium">{formatDate(r.date)}</span>
                        {r.value !== null ? ` · ${r.value.toString()}` : ""} · {r.text}
                        {r.link ? (
                          <>
                            {" · "}
                            <a href={r.link} rel="noopener noreferrer nofollow" target="_blank" className="text-brand-700 hover:underline">
                              {t("evaluations.page.evidenceLink")}
                            </a>
                          </>
                        ) : null}
                        {r.fileId ? (
                          <>
                            {" · "}
                            <a href={`/api/evidence/${r.fileId}`} className="text-brand-700 hover:underline">
                              {t("evaluations.page.evidenceFile")}
                            </a>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-1 text-xs text-slate-500">{t("evaluations.page.noRealization")}</p>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
