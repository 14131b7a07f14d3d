"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { decideRegistration } from "./approval-mutations";
import { cancelRegistration, registerForTraining } from "./registration-mutations";
import { ZDecision, ZRegister, ZRegistrationVersion } from "./registration-schemas";

const MINE = "/trainings/mine";

export async function registerAction(trainingId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZRegister, (user, data) => registerForTraining(user, trainingId, data), () => ({
    revalidate: [`/trainings/${trainingId}`, "/trainings", MINE, "/trainings/approvals"],
    redirectTo: `/trainings/${trainingId}?saved=registered`,
  }));
}

/** `back` only picks which page to return to; the mutation authorizes the registration itself. */
export async function cancelRegistrationAction(registrationId: number, back: "detail" | "mine", _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZRegistrationVersion, (user, data) => cancelRegistration(user, registrationId, data.version), (trainingId) => ({
    revalidate: [`/trainings/${trainingId}`, "/trainings", MINE, "/trainings/approvals"],
    redirectTo: back === "mine" ? `${MINE}?saved=cancelled` : `/trainings/${trainingId}?saved=cancelled`,
  }));
}

export async function decideRegistrationAction(registrationId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZDecision, async (user, data) => {
    await decideRegistration(user, registrationId, data);
    return data.decision;
  }, (decision) => ({
    revalidate: ["/trainings/approvals", "/trainings", MINE],
    redirectTo: `/trainings/approvals?saved=${decision === "APPROVE" ? "approved" : "declined"}`,
  }));
}
