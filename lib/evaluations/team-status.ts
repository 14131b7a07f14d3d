// What "Tim Saya" shows per SKP and period, and when something counts as late. The overdue rules are
// product decisions (PermenPANRB 6/2022 sets the January deadline for the plan; the grace period
// for ratings is ours), kept here as data so the page, the tests and the docs agree:
// - a plan is late when it is still DRAFT or SUBMITTED after the later of 31 January of its year
//   and 14 days after the SKP started (an SKP opened mid-year by a change of post gets two weeks);
// - an evaluation is late when it is not rated 14 days after its period ended (the annual one:
//   14 days after the SKP ended). Acknowledging is the employee's step and never marks the rater late.

import { addDays } from "@/lib/domain/appraisal/calendar";
import type { EvaluationStatus } from "@/lib/domain/appraisal/evaluation-state";
import type { PlanStatus } from "@/lib/domain/appraisal/plan-state";
import { dateOnly, isAfter, isBefore } from "@/lib/domain/dates";

export const OVERDUE_GRACE_DAYS = 14;

/** Statuses shown in a period cell: the evaluation's, or one of two for a period without a row. */
export type CellStatus = "NOT_STARTED" | EvaluationStatus;

const UNRATED: readonly (EvaluationStatus | null)[] = [null, "OPEN", "SELF_ASSESSED"];

/** The last day the plan may still be unagreed without being late. */
export function planDeadline(year: number, skpStart: Date): Date {
  const january = dateOnly(year, 1, 31);
  const twoWeeks = addDays(skpStart, OVERDUE_GRACE_DAYS);
  return isAfter(twoWeeks, january) ? twoWeeks : january;
}

export function isPlanOverdue(plan: { status: PlanStatus; year: number; periodStart: Date }, today: Date): boolean {
  if (plan.status !== "DRAFT" && plan.status !== "SUBMITTED") return false;
  return isAfter(today, planDeadline(plan.year, plan.periodStart));
}

/** The last day a period may stay unrated without being late. */
export function ratingDeadline(periodEnd: Date): Date {
  return addDays(periodEnd, OVERDUE_GRACE_DAYS);
}

export function isEvaluationOverdue(status: EvaluationStatus | null, periodEnd: Date, today: Date): boolean {
  return UNRATED.includes(status) && isAfter(today, ratingDeadline(periodEnd));
}

/** A period without an evaluation row is "not started" before its first day and OPEN from then on. */
export function cellStatus(status: EvaluationStatus | null, periodStart: Date, today: Date): CellStatus {
  if (status) return status;
  return isBefore(today, periodStart) ? "NOT_STARTED" : "OPEN";
}
