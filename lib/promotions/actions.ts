"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { formatNumber, t } from "@/lib/i18n";
import { failureState, handleForm, parseForm } from "@/lib/server/action";
import { requireUser } from "@/lib/server/session";
import { addCandidate, removeCandidate } from "./candidate-mutations";
import { openRound, sendRound } from "./round-mutations";
import { ZAddCandidate, ZOpenRound, ZRemoveCandidate, ZRoundStep, ZSendRound } from "./schemas";
import { screenRound } from "./screen-mutations";

const roundPath = (id: number) => `/promotions/${id}`;

export async function openRoundAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZOpenRound, openRound, (id) => ({ revalidate: ["/promotions"], redirectTo: `${roundPath(id)}?saved=opened` }));
}

/** Screening answers in place with the counts, so the pending button's "Menyaring …" gives way to them. */
export async function screenRoundAction(roundId: number, _state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(ZRoundStep, formData);
  if (!parsed.ok) return parsed.state;
  let result;
  try {
    result = await screenRound(user, roundId, parsed.data);
  } catch (error) {
    return failureState(error, parsed.values);
  }
  revalidatePath(roundPath(roundId));
  revalidatePath("/promotions");
  return { ok: true, message: t("promotions.saved.screened", { screened: formatNumber(result.screened), eligible: formatNumber(result.eligible) }) };
}

export async function addCandidateAction(roundId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZAddCandidate, (user, data) => addCandidate(user, roundId, data), () => ({
    revalidate: [roundPath(roundId)],
    redirectTo: `${roundPath(roundId)}?saved=added`,
  }));
}

export async function removeCandidateAction(candidateId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZRemoveCandidate, (user, data) => removeCandidate(user, candidateId, data), (roundId) => ({
    revalidate: [roundPath(roundId)],
    redirectTo: `${roundPath(roundId)}?saved=removed`,
  }));
}

export async function sendRoundAction(roundId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZSendRound, (user, data) => sendRound(user, roundId, data), () => ({
    revalidate: [roundPath(roundId), "/promotions", "/committee"],
    redirectTo: `${roundPath(roundId)}?saved=sent`,
  }));
}
