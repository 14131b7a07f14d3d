"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { checkBound, evaluationDone } from "./action-helpers";
import { decideAppeal, fileAppeal } from "./appeal-mutations";
import { ZAppeal, ZAppealDecision } from "./schemas";

export async function fileAppealAction(appraisalId: number, period: string, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAppeal, (user, data) => fileAppeal(user, checkBound(appraisalId), String(period), data), () => evaluationDone(appraisalId, period, "appealed"));
}

export async function decideAppealAction(appealId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAppealDecision, (user, data) => decideAppeal(user, checkBound(appealId), data), () => ({
    revalidate: ["/appeals", `/appeals/${appealId}`],
    redirectTo: `/appeals/${appealId}?saved=decided`,
  }));
}
