"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { addCandidate, rerankSelection, updateWeights } from "./ranking-mutations";
import { ZAddCandidate, ZOpenSelection, ZSendSelection, ZVersion, ZWeights } from "./schemas";
import { openSelection, sendSelection } from "./selection-mutations";

// Each action checks the session (handleForm); the mutation authorizes itself, since the bound
// selection id reaches the browser in plain text.

const selectionPage = (id: number, saved: string) => ({
  revalidate: [`/placements/${id}`, "/placements"],
  redirectTo: `/placements/${id}?saved=${saved}`,
});

export async function openSelectionAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZOpenSelection, openSelection, (id) => selectionPage(id, "opened"));
}

export async function updateWeightsAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZWeights, (user, data) => updateWeights(user, id, data), () => selectionPage(id, "weights"));
}

export async function rerankSelectionAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZVersion, (user, data) => rerankSelection(user, id, data), () => selectionPage(id, "reranked"));
}

export async function addCandidateAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAddCandidate, (user, data) => addCandidate(user, id, data), () => selectionPage(id, "added"));
}

export async function sendSelectionAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZSendSelection, (user, data) => sendSelection(user, id, data), () => ({
    revalidate: [`/placements/${id}`, "/placements", `/committee/placements/${id}`],
    redirectTo: `/placements/${id}?saved=sent`,
  }));
}
