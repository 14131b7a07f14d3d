"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { completeAllApproved, recordCompletion } from "./completion-mutations";
import { ZBulkCompletion, ZCompletion } from "./registration-schemas";

// JP changes show on "Pelatihan saya", the team's standing and the career page.
const after = (trainingId: number, saved: string) => ({
  revalidate: [`/trainings/${trainingId}`, "/trainings/mine", "/development", "/career"],
  redirectTo: `/trainings/${trainingId}?saved=${saved}#participants`,
});

export async function recordCompletionAction(registrationId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZCompletion, (user, data) => recordCompletion(user, registrationId, data), (trainingId) => after(trainingId, "attendance"));
}

export async function completeAllAction(trainingId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZBulkCompletion, (user, data) => completeAllApproved(user, trainingId, data), () => after(trainingId, "bulk"));
}
