import { Card, DetailList } from "@/components/ui/layout";
import type { AppealDetail } from "@/lib/evaluations/appeal-queries";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { AppealRecord } from "./appeal-record";
import { RatingsView } from "./ratings-view";

/** Everything the decider weighs: the SKP and self-assessment, the objection, the rating and feedback. */
export function AppealExchange({ appeal }: { appeal: AppealDetail }) {
  const { evaluation } = appeal;
  const { appraisal } = evaluation;
  return (
    <div className="space-y-6">
      <Card title={t("evaluations.appeals.exchange")}>
        <DetailList
          items={[
            { label: t("evaluations.page.employee"), value: `${appraisal.employee.name} (${appraisal.employee.nip})` },
            { label: t("evaluations.page.rater"), value: appraisal.rater.name },
            { label: t("evaluations.page.period"), value: t("evaluations.page.periodRange", { start: formatDate(appraisal.periodStart), end: formatDate(appraisal.periodEnd) }) },
            { label: t("evaluations.page.status"), value: t(`appraisal.evaluationStatus.${evaluation.status}`) },
            { label: t("evaluations.page.released"), value: formatDateTime(evaluation.releasedAt) },
          ]}
        />
        <div className="mt-4">
          <p className="text-sm font-medium text-slate-800">{t("evaluations.page.selfAssessment")}</p>
          <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{evaluation.selfAssessment ?? t("evaluations.page.selfAssessmentEmpty")}</p>
        </div>
      </Card>
      <Card title={t("evaluations.appeal.title")}>
        <AppealRecord appeal={appeal} />
      </Card>
      <Card title={t("evaluations.page.ratings")}>
        <RatingsView
          ratings={{
            // After a change these are the decided ratings; the appeal record below keeps the previous predikat.
            workRating: evaluation.workRating,
            behaviourRating: evaluation.behaviourRating,
            predikat: evaluation.predikat,
            feedback: evaluation.feedback,
            results: evaluation.resultRatings.map((r) => ({ resultId: r.result.id, rating: r.rating, note: r.note })),
            values: evaluation.behaviourRatings,
          }}
          results={evaluation.resultRatings.map((r) => r.result)}
        />
      </Card>
    </div>
  );
}
