import { Card } from "@/components/ui/layout";
import { MAX_RESPONDENTS } from "@/lib/evaluations/feedback-schemas";
import { requestFeedbackAction } from "@/lib/evaluations/feedback-actions";
import { getFeedbackForRater, MIN_ANSWERS_SHOWN } from "@/lib/evaluations/feedback-queries";
import type { EvaluationView } from "@/lib/evaluations/evaluation-view";
import { t } from "@/lib/i18n";
import type { SessionUser } from "@/lib/server/session";
import { FeedbackRequestForm } from "./feedback-forms";
import { FeedbackAggregate, FeedbackRequests } from "./feedback-panel";

/** 360 input on the evaluation page: the rater (and HR) only; the ratee never sees this card. */
export async function FeedbackCard({ user, view }: { user: SessionUser; view: EvaluationView }) {
  const data = view.evaluation ? await getFeedbackForRater(user, view.evaluation.id) : null;
  const requests = data?.requests ?? [];
  const left = MAX_RESPONDENTS - requests.length;
  const canAsk = view.viewer.isRater && view.actions.rate?.ok === true;
  return (
    <Card title={t("evaluations.feedback.title")}>
      <div className="space-y-4">
        <p className="text-sm text-slate-600">{t("evaluations.feedback.intro", { max: MAX_RESPONDENTS })}</p>
        <FeedbackRequests requests={requests} />
        {data ? <FeedbackAggregate aggregate={data.aggregate} answered={data.answered} minimum={MIN_ANSWERS_SHOWN} /> : null}
        {canAsk ? (
          left > 0 ? (
            <div className="space-y-2 border-t border-slate-200 pt-4">
              <p className="text-sm text-slate-700">{t("evaluations.feedback.slotsLeft", { left })}</p>
              <FeedbackRequestForm save={requestFeedbackAction.bind(null, view.appraisal.id, view.period.slug)} slots={left} />
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t("evaluations.feedback.full", { max: MAX_RESPONDENTS })}</p>
          )
        ) : null}
      </div>
    </Card>
  );
}
