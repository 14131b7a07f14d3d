// SKP (performance plan) life cycle: the employee drafts and submits, the rater agrees or returns it;
// a change of rater or position mid-year closes it (a new SKP opens and both count for the year).

export type PlanStatus = "DRAFT" | "SUBMITTED" | "AGREED" | "CLOSED";

export const PLAN_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "AGREED",
  "CLOSED",
] as const satisfies readonly PlanStatus[];

export type PlanAction = "EDIT" | "SUBMIT" | "AGREE" | "RETURN" | "CLOSE";

export const PLAN_ACTIONS = [
  "EDIT",
  "SUBMIT",
  "AGREE",
  "RETURN",
  "CLOSE",
] as const satisfies readonly PlanAction[];

export type PlanCompletenessError = "NO_RESULTS" | "RESULT_WITHOUT_INDICATOR";

export type PlanError =
  | "NOT_EDITABLE"
  | "NOT_DRAFT"
  | "NOT_SUBMITTED"
  | "ALREADY_CLOSED"
  | PlanCompletenessError;

export type PlanTransition = { ok: true; next: PlanStatus } | { ok: false; error: PlanError };

/** Only a draft is edited; a returned plan is a draft again. */
export function isPlanEditable(status: PlanStatus): boolean {
  return status === "DRAFT";
}

/**
 * The state machine on status alone. A CLOSED plan is final: every action on it answers
 * ALREADY_CLOSED, which tells the user more than "not a draft" would. SUBMIT also needs a complete
 * plan: use `checkPlanSubmission`, which runs both checks.
 */
export function planTransition(status: PlanStatus, action: PlanAction): PlanTransition {
  if (status === "CLOSED") return { ok: false, error: "ALREADY_CLOSED" };
  switch (action) {
    case "EDIT":
      return status === "DRAFT" ? { ok: true, next: "DRAFT" } : { ok: false, error: "NOT_EDITABLE" };
    case "SUBMIT":
      return status === "DRAFT" ? { ok: true, next: "SUBMITTED" } : { ok: false, error: "NOT_DRAFT" };
    case "AGREE":
      return status === "SUBMITTED"
        ? { ok: true, next: "AGREED" }
        : { ok: false, error: "NOT_SUBMITTED" };
    case "RETURN":
      return status === "SUBMITTED"
        ? { ok: true, next: "DRAFT" }
        : { ok: false, error: "NOT_SUBMITTED" };
    case "CLOSE":
      return { ok: true, next: "CLOSED" };
  }
}

/** What a plan must hold before it is submitted: at least one RHK, each with an indicator. */
export function planCompleteness(plan: {
  results: readonly { indicators: number }[];
}): PlanCompletenessError | null {
  if (plan.results.length === 0) return "NO_RESULTS";
  if (plan.results.some((result) => result.indicators < 1)) return "RESULT_WITHOUT_INDICATOR";
  return null;
}

/** SUBMIT with both checks: the status first (a submitted plan is not re-checked), then content. */
export function checkPlanSubmission(
  status: PlanStatus,
  plan: { results: readonly { indicators: number }[] },
): PlanTransition {
  const transition = planTransition(status, "SUBMIT");
  if (!transition.ok) return transition;
  const incomplete = planCompleteness(plan);
  return incomplete ? { ok: false, error: incomplete } : transition;
}
