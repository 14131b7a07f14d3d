"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { closePair, openPair } from "./pair-mutations";
import { ZClosePair, ZLogSession, ZNoFields, ZOpenPair } from "./schemas";
import { deleteSession, logSession } from "./session-mutations";

// Each action checks the session (handleForm); the mutation authorizes and scopes the pair itself,
// since the bound ids reach the browser in plain text.

const pairPage = (pairId: number, saved: string, anchor = "") => ({
  revalidate: [`/mentoring/${pairId}`, "/mentoring"],
  redirectTo: `/mentoring/${pairId}?saved=${saved}${anchor}`,
});

export async function openPairAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZOpenPair, openPair, (id) => pairPage(id, "opened"));
}

export async function logSessionAction(pairId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZLogSession, (user, data) => logSession(user, pairId, data), () => pairPage(pairId, "session", "#sessions"));
}

export async function deleteSessionAction(pairId: number, sessionId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZNoFields, (user) => deleteSession(user, pairId, sessionId), () => pairPage(pairId, "sessionDeleted", "#sessions"));
}

export async function closePairAction(pairId: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZClosePair, (user, data) => closePair(user, pairId, data), () => pairPage(pairId, "closed"));
}
