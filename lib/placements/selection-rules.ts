// A placement selection's own rules, pure (unit-tested in tests/unit/placements): the vacancy, the
// TMT, which DRAFT step the case state machine allows (lib/domain/promotion-round.ts), the seats an
// approval may take. The mutations turn a refusal code into the Indonesian message.

import { isBefore } from "@/lib/domain/dates";
import { allowsAction, type CaseAction, type CaseStatus } from "@/lib/domain/promotion-round";

/** The ranked shortlist keeps the best 20 of the pool; candidates HR adds by hand come on top. */
export const SHORTLIST_SIZE = 20;
export const REASON_MIN_LENGTH = 20;

/** Formasi minus current holders; never negative (an over-filled post has no vacancy). */
export function vacancy(formation: number, holders: number): number {
  return Math.max(0, formation - holders);
}

export type OpenRefusal = "POSITION_INACTIVE" | "NO_VACANCY" | "ALREADY_OPEN";

/**
 * One open (DRAFT or IN_REVIEW) selection per position at a time: two selections would each rank
 * the same seats and could both approve someone.
 */
export function openRefusal(input: { active: boolean; vacancy: number; openSelections: number }): OpenRefusal | null {
  if (!input.active) return "POSITION_INACTIVE";
  if (input.vacancy <= 0) return "NO_VACANCY";
  if (input.openSelections > 0) return "ALREADY_OPEN";
  return null;
}

export type TmtProblem = "NOT_FIRST_OF_MONTH" | "IN_PAST";

/** A TMT is the 1st of a month, today or later (a selection decides a future placement). */
export function tmtProblem(tmt: Date, today: Date): TmtProblem | null {
  if (tmt.getUTCDate() !== 1) return "NOT_FIRST_OF_MONTH";
  if (isBefore(tmt, today)) return "IN_PAST";
  return null;
}

/**
 * DRAFT steps mapped onto the shared case actions: weights and re-ranking re-screen the pool
 * ("screen"), a hand-picked person is "add", sending freezes the ranking ("send").
 */
export type DraftStep = "weights" | "rerank" | "add" | "send";
const STEP_ACTION: Record<DraftStep, CaseAction> = { weights: "screen", rerank: "screen", add: "add", send: "send" };

export type DraftRefusal = "NOT_DRAFT";

export function draftRefusal(status: CaseStatus, step: DraftStep): DraftRefusal | null {
  return allowsAction(status, STEP_ACTION[step]) ? null : "NOT_DRAFT";
}

export type SendRefusal = DraftRefusal | "NO_CANDIDATES";

export function sendRefusal(status: CaseStatus, candidates: number): SendRefusal | null {
  return draftRefusal(status, "send") ?? (candidates === 0 ? "NO_CANDIDATES" : null);
}

/**
 * An approval takes a seat: the formation minus the holders who are not this selection's approved
 * candidates (those already placed by a close hold the post) minus the other approved candidates.
 * Refused when nothing is left, so one selection never approves more people than it has seats.
 */
export function approvalRefusal(input: { formation: number; otherHolders: number; otherApproved: number }): "NO_SEAT" | null {
  return input.formation - input.otherHolders - input.otherApproved > 0 ? null : "NO_SEAT";
}
