// The input of evaluationTransition where every date rule holds, and a readable expected outcome.
import type {
  EvaluationAction,
  EvaluationError,
  EvaluationKind,
  EvaluationStatus,
  EvaluationTransitionInput,
} from "@/lib/domain/appraisal/evaluation-state";

export const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// Every date rule holds here: periodic period (December) and annual rating both open on 1 December,
// today 10 December, released 5 December 10:00 WIB with 14 days, so the appeal window is open.
export function input(
  kind: EvaluationKind,
  status: EvaluationStatus | null,
  action: EvaluationAction,
  overrides: Partial<EvaluationTransitionInput> = {},
): EvaluationTransitionInput {
  return {
    action,
    kind,
    status,
    planStatus: "AGREED",
    today: utc("2024-12-10"),
    periodStart: kind === "PERIODIC" ? utc("2024-12-01") : utc("2024-01-01"),
    annualOpens: utc("2024-12-01"),
    releasedAt: new Date("2024-12-05T03:00:00.000Z"),
    appealDays: 14,
    ...overrides,
  };
}

export type Outcome = EvaluationStatus | `!${EvaluationError}`;
export const outcome = (o: Outcome) =>
  o.startsWith("!") ? { ok: false, error: o.slice(1) } : { ok: true, next: o };
