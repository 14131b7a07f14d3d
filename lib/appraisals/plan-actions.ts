"use server";

import { z } from "zod";
import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { createYearAppraisal, savePlan } from "./plan-mutations";
import { changeRater } from "./plan-rater-mutations";
import { ZChangeRater, ZExpectations, ZPlan, ZReturnPlan, ZVersionOnly } from "./plan-schemas";
import { agreePlan, returnPlan, saveExpectations, submitPlan } from "./plan-transition-mutations";

// The SKP's id is bound by the page (`action.bind(null, id)`); the mutations check it against the
// user's scope whatever the browser sends.

const toSkp = (id: number, saved: string) => ({ revalidate: ["/skp", `/skp/${id}`, "/team"], redirectTo: `/skp/${id}?saved=${saved}` });

export async function createAppraisalAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, z.object({}), (user) => createYearAppraisal(user), (id) => ({ revalidate: ["/skp"], redirectTo: `/skp/${id}/edit` }));
}

export async function savePlanAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZPlan, (user, plan) => savePlan(user, id, plan), () => toSkp(id, "plan"));
}

export async function submitPlanAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZVersionOnly, (user, { version }) => submitPlan(user, id, version), () => toSkp(id, "submitted"));
}

export async function agreePlanAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZVersionOnly, (user, { version }) => agreePlan(user, id, version), () => toSkp(id, "agreed"));
}

export async function returnPlanAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZReturnPlan, (user, input) => returnPlan(user, id, input), () => toSkp(id, "returned"));
}

export async function saveExpectationsAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZExpectations, (user, input) => saveExpectations(user, id, input), () => toSkp(id, "expectations"));
}

/** HR: the new SKP (or the same one, retargeted) is where the page goes next. */
export async function changeRaterAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZChangeRater, (user, input) => changeRater(user, id, input), (result) => ({
    revalidate: ["/skp", `/skp/${id}`, `/skp/${result.openedId}`, "/team"],
    redirectTo: `/skp/${result.openedId}?saved=rater`,
  }));
}
