import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FeedbackAnswerForm } from "@/components/evaluations/feedback-forms";
import { RatingBadge } from "@/components/evaluations/ratings-view";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { CORE_VALUE_LABELS, CORE_VALUES } from "@/lib/domain/appraisal/core-values";
import { answerFeedbackAction } from "@/lib/evaluations/feedback-actions";
import { getFeedbackRequest } from "@/lib/evaluations/feedback-queries";
import { COMMENT_MAX } from "@/lib/evaluations/feedback-schemas";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.inbox.title") };

export default async function FeedbackAnswerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idParam(params);
  // Only the respondent's own requests exist here.
  const request = await getFeedbackRequest(user, id);
  if (!request) notFound();
  return (
    <>
      <PageHeader
        title={t("evaluations.answer.title", { name: request.rateeName })}
        description={t("evaluations.answer.description", { position: request.positionName, period: request.period })}
        actions={
          <LinkButton variant="secondary" href="/feedback">
            {t("common.back")}
          </LinkButton>
        }
      />
      <Card>
        {request.answeredAt ? (
          <div className="space-y-3">
            <p className="text-sm font-medium text-slate-900">{t("evaluations.answer.yours", { at: formatDateTime(request.answeredAt) })}</p>
            <ul className="divide-y divide-slate-100">
              {request.answers.map((a) => (
                <li key={a.value} className="py-2 text-sm">
                  <span className="font-medium">{CORE_VALUE_LABELS[a.value]}</span> <RatingBadge rating={a.rating} />
                  {a.comment ? <p className="mt-1 text-slate-700">{a.comment}</p> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : request.state === "OVERDUE" ? (
          <p className="text-sm text-slate-700">{t("evaluations.answer.closed", { date: formatDate(request.deadline) })}</p>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-600">{t("evaluations.answer.intro", { max: COMMENT_MAX })}</p>
            <p className="text-sm font-semibold text-slate-900">{t("evaluations.answer.deadline", { date: formatDate(request.deadline) })}</p>
            <FeedbackAnswerForm
              save={answerFeedbackAction.bind(null, id)}
              values={CORE_VALUES.map((v) => ({ value: v.value, label: v.label, description: v.description }))}
              commentMax={COMMENT_MAX}
            />
          </div>
        )}
      </Card>
    </>
  );
}
