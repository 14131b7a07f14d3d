import { CORE_VALUES } from "@/lib/domain/appraisal/core-values";
import { rateAction } from "@/lib/evaluations/actions";
import { getRatingDistribution } from "@/lib/evaluations/distribution-queries";
import type { EvaluationView } from "@/lib/evaluations/evaluation-view";
import type { DistributionInfo } from "./distribution-warning";
import { RatingForm, type RatingDefaults } from "./rating-form";

/** The rater's form for one period, pre-filled with the current rating (re-rating) if any. */
export async function RaterForm({ view }: { view: EvaluationView }) {
  const { appraisal, evaluation, period } = view;
  const ratings = evaluation?.ratings ?? null;
  const defaults: RatingDefaults = {
    workRating: ratings?.workRating ?? null,
    behaviourRating: ratings?.behaviourRating ?? null,
    feedback: ratings?.feedback ?? null,
    results: Object.fromEntries((ratings?.results ?? []).map((r) => [r.resultId, { rating: r.rating, note: r.note }])),
    values: Object.fromEntries((ratings?.values ?? []).map((v) => [v.value, { rating: v.rating, note: v.note }])),
  };
  const expectations = new Map(appraisal.behaviours.map((b) => [b.value, b.expectation]));
  let distribution: { info: DistributionInfo | null } | undefined;
  if (period.kind === "ANNUAL") {
    const found = await getRatingDistribution(appraisal, ratings?.predikat ?? null);
    if (found) distribution = { info: found.context ? { ...found.context, remove: found.remove, year: appraisal.year } : null };
  }
  return (
    <RatingForm
      save={rateAction.bind(null, appraisal.id, period.slug)}
      version={evaluation?.version ?? 0}
      results={appraisal.results.map((r) => ({ id: r.id, position: r.position, text: r.text }))}
      values={CORE_VALUES.map((v) => ({ value: v.value, label: v.label, description: v.description, expectation: expectations.get(v.value) ?? null }))}
      defaults={defaults}
      distribution={distribution}
    />
  );
}
