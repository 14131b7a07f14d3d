"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { addPotentialScore, deletePotentialScore } from "./potential-mutations";
import { ZAddPotential, ZAddSuccessor, ZNoFields } from "./schemas";
import { addSuccessor, removeSuccessor } from "./succession-mutations";

// Every action re-checks the session (handleForm) and the mutation authorizes by itself: the bound
// ids reach the browser in plain text. The 9-box pages read the scores, so they are refreshed too.

const GRID_PAGES = ["/talent", "/talent/pool", "/talent/people"];

const person = (employeeId: number, saved: string) => ({
  revalidate: [...GRID_PAGES, `/talent/people/${employeeId}`],
  redirectTo: `/talent/people/${employeeId}?saved=${saved}`,
});
const succession = (positionId: number, saved: string) => ({
  revalidate: ["/talent/succession", `/talent/succession/${positionId}`],
  redirectTo: `/talent/succession/${positionId}?saved=${saved}`,
});

export async function addPotentialAction(employeeId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAddPotential, (user, data) => addPotentialScore(user, employeeId, data), () => person(employeeId, "potential"));
}

export async function deletePotentialAction(employeeId: number, scoreId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZNoFields, (user) => deletePotentialScore(user, employeeId, scoreId), () => person(employeeId, "potentialDeleted"));
}

export async function addSuccessorAction(positionId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAddSuccessor, (user, data) => addSuccessor(user, positionId, data), () => succession(positionId, "successor"));
}

export async function removeSuccessorAction(positionId: number, successorId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZNoFields, (user) => removeSuccessor(user, positionId, successorId), () => succession(positionId, "successorRemoved"));
}
