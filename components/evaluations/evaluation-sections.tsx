import { Badge, Card, DetailList } from "@/components/ui/layout";
import type { EvaluationView } from "@/lib/evaluations/evaluation-view";
import type { FormAction } from "@/lib/form-state";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { AppealRecord } from "./appeal-record";
import { RatingsView } from "./ratings-view";
import { AcknowledgeForm, AppealForm, SelfAssessmentForm } from "./step-forms";

type Availability = EvaluationView["actions"]["rate"];

/** Why an action is not open now, in the state machine's words. */
export function refusalText(availability: Availability): string | null {
  if (!availability || availability.ok) return null;
  return t(`evaluations.transition.${availability.error}`);
}

export function StatusBadge({ status }: { status: string }) {
  const tone = status === "APPEALED" ? "warning" : status === "OPEN" || status === "NOT_STARTED" ? "neutral" : "brand";
  return <Badge tone={tone}>{t(`appraisal.evaluationStatus.${status as "OPEN"}`)}</Badge>;
}

export function SummaryCard({ view }: { view: EvaluationView }) {
  const { appraisal, evaluation, period } = view;
  const predikat = evaluation?.ratings?.predikat;
  return (
    <Card title={t("evaluations.page.summary")}>
      <DetailList
        items={[
          { label: t("evaluations.page.employee"), value: `${appraisal.employee.name} (${appraisal.employee.nip})` },
          { label: t("evaluations.page.rater"), value: appraisal.rater.name },
          { label: t("evaluations.page.raterRater"), value: appraisal.raterRater?.name ?? t("common.dash") },
          { label: t("evaluations.page.period"), value: t("evaluations.page.periodRange", { start: formatDate(period.start), end: formatDate(period.end) }) },
          { label: t("evaluations.page.planStatus"), value: t(`appraisal.planStatus.${appraisal.status}`) },
          { label: t("evaluations.page.status"), value: <StatusBadge status={evaluation?.status ?? "OPEN"} /> },
          { label: t("evaluations.page.predikat"), value: predikat ? t(`appraisal.predikat.${predikat}`) : t("evaluations.page.notSet") },
        ]}
      />
    </Card>
  );
}

export function SelfAssessmentCard({ view, save }: { view: EvaluationView; save: FormAction | null }) {
  const evaluation = view.evaluation;
  const refusal = view.viewer.isEmployee && !evaluation?.selfAssessment ? refusalText(view.actions.selfAssess) : null;
  return (
    <Card title={t("evaluations.page.selfAssessment")}>
      {evaluation?.selfAssessment ? (
        <>
          <p className="text-xs text-slate-500">{t("evaluations.page.selfAssessedAt", { at: formatDateTime(evaluation.selfAssessedAt) })}</p>
          <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{evaluation.selfAssessment}</p>
        </>
      ) : save ? (
        <SelfAssessmentForm save={save} />
      ) : (
        <p className="text-sm text-slate-600">{refusal ?? t("evaluations.page.selfAssessmentEmpty")}</p>
      )}
    </Card>
  );
}

export function RatingsCard({ view, children }: { view: EvaluationView; children?: React.ReactNode }) {
  const evaluation = view.evaluation;
  const hiddenAnnual = view.viewer.isEmployee && !view.viewer.isRater && view.period.kind === "ANNUAL" && !evaluation?.ratings;
  return (
    <Card title={t("evaluations.page.ratings")}>
      {children ??
        (evaluation?.ratings ? (
          <>
            {evaluation.ratedAt ? <p className="mb-3 text-xs text-slate-500">{t("evaluations.page.ratedAt", { at: formatDateTime(evaluation.ratedAt) })}</p> : null}
            <RatingsView ratings={evaluation.ratings} results={view.appraisal.results} />
          </>
        ) : (
          <p className="text-sm text-slate-600">{hiddenAnnual ? t("evaluations.page.ratingsHiddenAnnual") : (refusalText(view.actions.rate) ?? t("evaluations.page.ratingsPending"))}</p>
        ))}
    </Card>
  );
}

type FollowUpActions = { acknowledge: FormAction | null; appeal: FormAction | null };

/** The employee's acknowledgement and appeal, with the appeal deadline; the appeal's record. */
export function FollowUpCard({ view, actions }: { view: EvaluationView; actions: FollowUpActions }) {
  const evaluation = view.evaluation;
  if (!evaluation) return null;
  const annual = view.period.kind === "ANNUAL";
  const appealRefusal = view.viewer.isEmployee && annual && evaluation.status === "RELEASED" ? refusalText(view.actions.appeal) : null;
  const lines = [
    evaluation.releasedAt && annual ? t("evaluations.page.releasedAt", { at: formatDateTime(evaluation.releasedAt) }) : null,
    evaluation.acknowledgedAt ? t("evaluations.page.acknowledgedAt", { at: formatDateTime(evaluation.acknowledgedAt) }) : null,
  ].filter(Boolean);
  if (!actions.acknowledge && !actions.appeal && !evaluation.appeal && lines.length === 0 && !appealRefusal) return null;
  return (
    <Card title={evaluation.appeal ? t("evaluations.appeal.title") : t("evaluations.page.followUp")}>
      <div className="space-y-4">
        {lines.map((line) => (
          <p key={line} className="text-sm text-slate-700">
            {line}
          </p>
        ))}
        {evaluation.appeal ? <AppealRecord appeal={evaluation.appeal} /> : null}
        {actions.acknowledge ? <AcknowledgeForm save={actions.acknowledge} version={evaluation.version} annual={annual} /> : null}
        {actions.appeal && view.appealDeadline ? (
          <div className="space-y-3 border-t border-slate-200 pt-4">
            <p className="text-sm text-slate-700">{t("evaluations.appeal.intro", { decider: view.appraisal.raterRater?.name ?? "", deadline: formatDate(view.appealDeadline) })}</p>
            <p className="text-sm font-semibold text-slate-900">{t("evaluations.appeal.deadline", { date: formatDate(view.appealDeadline) })}</p>
            <AppealForm save={actions.appeal} version={evaluation.version} />
          </div>
        ) : appealRefusal ? (
          <p className="text-sm text-slate-700">{appealRefusal}</p>
        ) : null}
      </div>
    </Card>
  );
}
