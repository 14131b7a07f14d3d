// Pure rules of the SKP screens that are not transitions of the plan state machine (those live in
// lib/domain/appraisal/plan-state.ts): who may write what while the plan is in a given state, how a
// mid-year change applies to an open SKP, and the period slugs of the evaluation pages.

import type { PlanStatus } from "@/lib/domain/appraisal/plan-state";
import type { EvaluationFrequency } from "@/lib/domain/appraisal/periods";
import { isAfter, isBefore } from "@/lib/domain/dates";

/** The rater writes expectations while the plan waits for their agreement, so they agree to what they wrote. */
export function canSetExpectations(status: PlanStatus): boolean {
  return status === "SUBMITTED";
}

/** Realisation is recorded against agreed targets only; a closed SKP is history. */
export function canRecordRealization(status: PlanStatus): boolean {
  return status === "AGREED";
}

/**
 * Dialog kinerja happens through the whole year, also before the plan is agreed (that is when the
 * targets are discussed); a closed SKP is kept as it was when it ended.
 */
export function canWriteNote(status: PlanStatus): boolean {
  return status !== "CLOSED";
}

export type SplitDecision = "SPLIT" | "RETARGET" | "OUTSIDE";

/**
 * How a change effective on `effective` applies to an open SKP over [start, end]: a change on or
 * before its first day leaves no day to the old arrangement, so the SKP is retargeted in place;
 * a later change inside the period closes it the day before and opens a new one.
 */
export function splitDecision(start: Date, end: Date, effective: Date): SplitDecision {
  if (isAfter(effective, end)) return "OUTSIDE";
  return isBefore(start, effective) ? "SPLIT" : "RETARGET";
}

/** The slug of an evaluation page: q1..q4, m1..m12 or annual. */
export function periodSlug(frequency: EvaluationFrequency, kind: "PERIODIC" | "ANNUAL", periodNo: number): string {
  if (kind === "ANNUAL") return "annual";
  return `${frequency === "MONTHLY" ? "m" : "q"}${periodNo}`;
}
