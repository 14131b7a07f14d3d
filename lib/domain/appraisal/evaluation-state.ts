// Life cycle of one evaluation (periodic or annual) of an SKP, the appeal window, and when the rater
// must write feedback. Schema: OPEN → SELF_ASSESSED → RATED → ACKNOWLEDGED; an annual evaluation is
// RELEASED when its unit's results are finalised, then ACKNOWLEDGED, or APPEALED and FINAL.

import type { Rating } from "../predikat";
import { isBefore } from "../dates";
import { addDays, assertDateOnly, wibDate } from "./calendar";
import type { PlanStatus } from "./plan-state";

export type EvaluationKind = "PERIODIC" | "ANNUAL";

/** In life-cycle order; equal to the Prisma enum EvaluationStatus. */
export const EVALUATION_STATUSES = [
  "OPEN",
  "SELF_ASSESSED",
  "RATED",
  "RELEASED",
  "ACKNOWLEDGED",
  "APPEALED",
  "FINAL",
] as const;

export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_ACTIONS = [
  "SELF_ASSESS",
  "RATE",
  "ACKNOWLEDGE",
  "RELEASE",
  "APPEAL",
  "DECIDE_APPEAL",
] as const;

export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/** INVALID_STATE: a row no transition produces (a RELEASED periodic one, RELEASED without a date). */
export type EvaluationError =
  | "PLAN_NOT_AGREED"
  | "TOO_EARLY"
  | "APPEAL_CLOSED"
  | "INVALID_STATE"
  | "NOT_ANNUAL"
  | "NOT_RATED"
  | "NOT_RELEASED"
  | "NOT_APPEALED"
  | "ALREADY_SELF_ASSESSED"
  | "ALREADY_RATED"
  | "ALREADY_RELEASED"
  | "ALREADY_ACKNOWLEDGED"
  | "ALREADY_APPEALED"
  | "ALREADY_FINAL";

export type EvaluationTransitionInput = {
  action: EvaluationAction;
  kind: EvaluationKind;
  /** null: no row yet, which is OPEN (rows are created at first touch). */
  status: EvaluationStatus | null;
  planStatus: PlanStatus;
  /**
   * Whether the plan was ever agreed. An SKP closed mid-year (change of rater or position) still
   * counts for the year, so its evaluations stay open to self-assessment and rating if it had been
   * agreed before it closed.
   */
  planWasAgreed?: boolean;
  /** The WIB calendar date of now, date-only (`wibDate(new Date())`). */
  today: Date;
  periodStart: Date;
  /** annualRatingOpens() of the SKP. */
  annualOpens: Date;
  releasedAt: Date | null;
  appealDays: number;
};

export type EvaluationTransition = { ok: true; next: EvaluationStatus } | { ok: false; error: EvaluationError };

const ok = (next: EvaluationStatus): EvaluationTransition => ({ ok: true, next });
const fail = (error: EvaluationError): EvaluationTransition => ({ ok: false, error });

/** The last day (WIB, date-only) an appeal may be filed: `days` calendar days after the release day. */
export function appealDeadline(releasedAt: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`appealDeadline: bad days ${days}`);
  return addDays(wibDate(releasedAt), days);
}

/** `today` is a WIB date-only value; the deadline day itself is still open. */
export function isAppealOpen(today: Date, releasedAt: Date, days: number): boolean {
  assertDateOnly(today, "today");
  return !isBefore(appealDeadline(releasedAt, days), today);
}

/** Anything below expectation obliges the rater to explain it (umpan balik). */
export function feedbackRequired(parts: {
  workRating: Rating;
  behaviourRating: Rating;
  resultRatings: readonly Rating[];
  behaviourRatings: readonly Rating[];
}): boolean {
  const all = [parts.workRating, parts.behaviourRating, ...parts.resultRatings, ...parts.behaviourRatings];
  return all.includes("DI_BAWAH");
}

const ANNUAL_ONLY_ACTIONS: readonly EvaluationAction[] = ["RELEASE", "APPEAL", "DECIDE_APPEAL"];
const ANNUAL_ONLY_STATUSES: readonly EvaluationStatus[] = ["RELEASED", "APPEALED", "FINAL"];

function selfAssess(input: EvaluationTransitionInput, status: EvaluationStatus): EvaluationTransition {
  if (status === "SELF_ASSESSED") return fail("ALREADY_SELF_ASSESSED");
  if (status !== "OPEN") return fail("ALREADY_RATED");
  if (isBefore(input.today, input.periodStart)) return fail("TOO_EARLY");
  return ok("SELF_ASSESSED");
}

function rate(input: EvaluationTransitionInput, status: EvaluationStatus): EvaluationTransition {
  if (status === "OPEN" || status === "SELF_ASSESSED") {
    const opens = input.kind === "ANNUAL" ? input.annualOpens : input.periodStart;
    return isBefore(input.today, opens) ? fail("TOO_EARLY") : ok("RATED");
  }
  // A rating may be corrected until the employee acknowledges it (periodic) or until the unit's
  // results are released (annual): raters must be able to fit the distribution before release.
  if (status === "RATED") return ok("RATED");
  if (input.kind === "PERIODIC") return fail("ALREADY_ACKNOWLEDGED");
  return fail("ALREADY_RELEASED");
}

function acknowledge(input: EvaluationTransitionInput, status: EvaluationStatus): EvaluationTransition {
  const annual = input.kind === "ANNUAL";
  switch (status) {
    case "OPEN":
    case "SELF_ASSESSED":
      // Before release the employee must not learn whether an annual result exists yet.
      return fail(annual ? "NOT_RELEASED" : "NOT_RATED");
    case "RATED":
      return annual ? fail("NOT_RELEASED") : ok("ACKNOWLEDGED");
    case "RELEASED":
      return ok("ACKNOWLEDGED");
    case "ACKNOWLEDGED":
      return fail("ALREADY_ACKNOWLEDGED");
    case "APPEALED":
      return fail("ALREADY_APPEALED");
    case "FINAL":
      return fail("ALREADY_FINAL");
  }
}

function release(status: EvaluationStatus): EvaluationTransition {
  if (status === "OPEN" || status === "SELF_ASSESSED") return fail("NOT_RATED");
  return status === "RATED" ? ok("RELEASED") : fail("ALREADY_RELEASED");
}

function appeal(input: EvaluationTransitionInput, status: EvaluationStatus): EvaluationTransition {
  switch (status) {
    case "OPEN":
    case "SELF_ASSESSED":
    case "RATED":
      return fail("NOT_RELEASED");
    case "RELEASED":
      if (!input.releasedAt) return fail("INVALID_STATE");
      return isAppealOpen(input.today, input.releasedAt, input.appealDays)
        ? ok("APPEALED")
        : fail("APPEAL_CLOSED");
    case "ACKNOWLEDGED":
      // Acknowledging an annual result accepts it: there is nothing left to object to.
      return fail("ALREADY_ACKNOWLEDGED");
    case "APPEALED":
      return fail("ALREADY_APPEALED");
    case "FINAL":
      return fail("ALREADY_FINAL");
  }
}

function decideAppeal(status: EvaluationStatus): EvaluationTransition {
  if (status === "APPEALED") return ok("FINAL"); // the atasan pejabat penilai's decision is final
  return fail(status === "FINAL" ? "ALREADY_FINAL" : "NOT_APPEALED");
}

/**
 * Whether `action` may happen now, and the resulting status. Checks, in order: the action or the
 * status exists for this kind; the plan is AGREED (SELF_ASSESS and RATE only); the status; the date.
 */
export function evaluationTransition(input: EvaluationTransitionInput): EvaluationTransition {
  assertDateOnly(input.today, "today");
  assertDateOnly(input.periodStart, "periodStart");
  assertDateOnly(input.annualOpens, "annualOpens");
  const status = input.status ?? "OPEN";
  if (input.kind === "PERIODIC") {
    if (ANNUAL_ONLY_ACTIONS.includes(input.action)) return fail("NOT_ANNUAL");
    if (ANNUAL_ONLY_STATUSES.includes(status)) return fail("INVALID_STATE");
  }
  const planRatable = input.planStatus === "AGREED" || (input.planStatus === "CLOSED" && input.planWasAgreed === true);
  if ((input.action === "SELF_ASSESS" || input.action === "RATE") && !planRatable) {
    return fail("PLAN_NOT_AGREED");
  }
  switch (input.action) {
    case "SELF_ASSESS":
      return selfAssess(input, status);
    case "RATE":
      return rate(input, status);
    case "ACKNOWLEDGE":
      return acknowledge(input, status);
    case "RELEASE":
      return release(status);
    case "APPEAL":
      return appeal(input, status);
    case "DECIDE_APPEAL":
      return decideAppeal(status);
  }
}
