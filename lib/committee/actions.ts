"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { failureState, parseForm } from "@/lib/server/action";
import { requireUser } from "@/lib/server/session";
import { closeCase, correctDecision, decideCandidate } from "./decision-mutations";
import { ZCloseCase, ZConflict, ZCorrectDecision, ZDecide, ZVote } from "./schemas";
import { castVote, declareConflict } from "./vote-mutations";
import { casePath, type CandidateRef, type CaseRef } from "./types";
import type { z } from "zod";

// The committee answers in place (the panel sits beside each candidate on the case page), so these
// actions revalidate and return a success message instead of redirecting. Every mutation
// authorizes itself; the refs are bound by the page and are not trusted.

async function run<S extends z.ZodType>(formData: FormData, schema: S, mutate: (user: Awaited<ReturnType<typeof requireUser>>, data: z.infer<S>) => Promise<unknown>, success: string): Promise<FormState> {
  const user = await requireUser();
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) return parsed.state;
  try {
    await mutate(user, parsed.data);
  } catch (error) {
    return failureState(error, parsed.values);
  }
  // Committee pages, HR's round and the candidate's own career page all show the outcome.
  revalidatePath("/committee", "layout");
  revalidatePath("/promotions", "layout");
  revalidatePath("/placements", "layout");
  revalidatePath("/career");
  return { ok: true, message: success };
}

export async function declareConflictAction(ref: CandidateRef, _state: FormState, formData: FormData): Promise<FormState> {
  return run(formData, ZConflict, (user, data) => declareConflict(user, ref, data), t("committee.saved.conflict"));
}

export async function voteAction(ref: CandidateRef, _state: FormState, formData: FormData): Promise<FormState> {
  return run(formData, ZVote, (user, data) => castVote(user, ref, data), t("committee.saved.vote"));
}

export async function decideAction(ref: CandidateRef, _state: FormState, formData: FormData): Promise<FormState> {
  return run(formData, ZDecide, (user, data) => decideCandidate(user, ref, data), t("committee.saved.decision"));
}

/** Closing ends the review and with it the close form: the case page says so (?saved=closed). */
export async function closeCaseAction(ref: CaseRef, _state: FormState, formData: FormData): Promise<FormState> {
  const state = await run(formData, ZCloseCase, (user) => closeCase(user, ref), t("committee.saved.closed"));
  if (state.ok) redirect(`${casePath(ref)}?saved=closed`);
  return state;
}

export async function correctDecisionAction(ref: CandidateRef, _state: FormState, formData: FormData): Promise<FormState> {
  return run(formData, ZCorrectDecision, (user, data) => correctDecision(user, ref, data), t("committee.saved.correction"));
}
