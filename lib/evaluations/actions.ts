"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { failureState, handleForm, parseForm } from "@/lib/server/action";
import { requireUser } from "@/lib/server/session";
import { checkBound, evaluationDone } from "./action-helpers";
import { acknowledgeEvaluation, selfAssess } from "./mutations";
import { rateEvaluation, rateEvaluationBulk } from "./rating-mutations";
import { ZBulkRating, ZRating, ZSelfAssessment, ZVersionOnly } from "./schemas";

// Ids and the period segment are bound by the page (`action.bind(null, id, period)`); they reach the
// browser in plain text, so the mutations look everything up inside the user's scope again.

export async function selfAssessAction(appraisalId: number, period: string, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZSelfAssessment, (user, data) => selfAssess(user, checkBound(appraisalId), String(period), data), () => evaluationDone(appraisalId, period, "selfAssessed"));
}

export async function acknowledgeAction(appraisalId: number, period: string, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZVersionOnly, (user, data) => acknowledgeEvaluation(user, checkBound(appraisalId), String(period), data), () => evaluationDone(appraisalId, period, "acknowledged"));
}

export async function rateAction(appraisalId: number, period: string, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZRating, (user, data) => rateEvaluation(user, checkBound(appraisalId), String(period), data), () => evaluationDone(appraisalId, period, "rated"));
}

/** Bulk rows save in place: no redirect, the page's data is refreshed and the row says it saved. */
export async function rateBulkAction(appraisalId: number, period: string, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(ZBulkRating, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await rateEvaluationBulk(user, checkBound(appraisalId), String(period), parsed.data);
  } catch (error) {
    return failureState(error, parsed.values);
  }
  revalidatePath("/team", "layout");
  revalidatePath(`/skp/${appraisalId}`, "layout");
  return { ok: true, message: t("evaluations.bulk.saved"), values: parsed.values };
}
