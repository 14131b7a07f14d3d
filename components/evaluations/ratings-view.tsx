import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { CORE_VALUES } from "@/lib/domain/appraisal/core-values";
import type { EvaluationView } from "@/lib/evaluations/evaluation-view";
import { t } from "@/lib/i18n";

type Ratings = NonNullable<NonNullable<EvaluationView["evaluation"]>["ratings"]>;
type Result = { id: number; position: number; text: string };

const tone = (rating: string | null) => (rating === "DI_BAWAH" ? "danger" : rating === "DI_ATAS" ? "brand" : "neutral");

export function RatingBadge({ rating }: { rating: string | null }) {
  return rating ? <Badge tone={tone(rating)}>{t(`appraisal.rating.${rating as "SESUAI"}`)}</Badge> : <>{t("common.dash")}</>;
}

/** A rated evaluation, read-only: overall ratings, predikat, feedback, then every line. */
export function RatingsView({ ratings, results }: { ratings: Ratings; results: Result[] }) {
  const byResult = new Map(ratings.results.map((r) => [r.resultId, r]));
  const byValue = new Map(ratings.values.map((v) => [v.value, v]));
  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-3">
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("evaluations.page.workRating")}</dt>
          <dd className="mt-1">
            <RatingBadge rating={ratings.workRating} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("evaluations.page.behaviourRating")}</dt>
          <dd className="mt-1">
            <RatingBadge rating={ratings.behaviourRating} />
          </dd>
        </div>
        <div>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("evaluations.page.predikat")}</dt>
          <dd className="mt-1 font-semibold text-slate-900">{ratings.predikat ? t(`appraisal.predikat.${ratings.predikat}`) : t("common.dash")}</dd>
        </div>
      </dl>
      <div>
        <p className="text-sm font-medium text-slate-800">{t("evaluations.page.feedback")}</p>
        <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{ratings.feedback ?? t("evaluations.page.noFeedback")}</p>
      </div>
      <Table caption={t("evaluations.page.ratings")}>
        <thead>
          <tr>
            <Th>{t("evaluations.page.rhk")} / {t("evaluations.page.value")}</Th>
            <Th>{t("evaluations.page.rating")}</Th>
            <Th>{t("evaluations.page.note")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {results.map((result) => (
            <tr key={`r${result.id}`}>
              <Td>
                {result.position}. {result.text}
              </Td>
              <Td>
                <RatingBadge rating={byResult.get(result.id)?.rating ?? null} />
              </Td>
              <Td>{byResult.get(result.id)?.note ?? t("common.dash")}</Td>
            </tr>
          ))}
          {CORE_VALUES.map(({ value, label }) => (
            <tr key={value}>
              <Td>{label}</Td>
              <Td>
                <RatingBadge rating={byValue.get(value)?.rating ?? null} />
              </Td>
              <Td>{byValue.get(value)?.note ?? t("common.dash")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
