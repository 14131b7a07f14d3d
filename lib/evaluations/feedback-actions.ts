"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { checkBound, evaluationDone } from "./action-helpers";
import { answerFeedback, requestFeedback } from "./feedback-mutations";
import { ZFeedbackAnswer, ZFeedbackRequest } from "./feedback-schemas";

export async function requestFeedbackAction(appraisalId: number, period: string, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZFeedbackRequest, (user, data) => requestFeedback(user, checkBound(appraisalId), String(period), data), () => evaluationDone(appraisalId, period, "feedbackRequested"));
}

export async function answerFeedbackAction(requestId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZFeedbackAnswer, (user, data) => answerFeedback(user, checkBound(requestId), data), () => ({ revalidate: ["/feedback"], redirectTo: "/feedback?saved=answered" }));
}
