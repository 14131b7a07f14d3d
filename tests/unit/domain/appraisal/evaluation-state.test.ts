import { describe, expect, it } from "vitest";
import {
  EVALUATION_ACTIONS,
  EVALUATION_STATUSES,
  evaluationTransition,
  type EvaluationAction,
  type EvaluationKind,
  type EvaluationStatus,
} from "@/lib/domain/appraisal/evaluation-state";
import type { PlanStatus } from "@/lib/domain/appraisal/plan-state";
import { input, outcome, type Outcome } from "./evaluation-fixture";

type Status = EvaluationStatus | null;
// Columns: SELF_ASSESS, RATE, ACKNOWLEDGE, RELEASE, APPEAL, DECIDE_APPEAL.
type Row = [Status, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

const NA = "!NOT_ANNUAL";
const PERIODIC: Row[] = [
  [null, "SELF_ASSESSED", "RATED", "!NOT_RATED", NA, NA, NA],
  ["OPEN", "SELF_ASSESSED", "RATED", "!NOT_RATED", NA, NA, NA],
  ["SELF_ASSESSED", "!ALREADY_SELF_ASSESSED", "RATED", "!NOT_RATED", NA, NA, NA],
  ["RATED", "!ALREADY_RATED", "RATED", "ACKNOWLEDGED", NA, NA, NA],
  ["ACKNOWLEDGED", "!ALREADY_RATED", "!ALREADY_ACKNOWLEDGED", "!ALREADY_ACKNOWLEDGED", NA, NA, NA],
  // states only an annual evaluation has
  ["RELEASED", "!INVALID_STATE", "!INVALID_STATE", "!INVALID_STATE", NA, NA, NA],
  ["APPEALED", "!INVALID_STATE", "!INVALID_STATE", "!INVALID_STATE", NA, NA, NA],
  ["FINAL", "!INVALID_STATE", "!INVALID_STATE", "!INVALID_STATE", NA, NA, NA],
];

const ANNUAL: Row[] = [
  [null, "SELF_ASSESSED", "RATED", "!NOT_RELEASED", "!NOT_RATED", "!NOT_RELEASED", "!NOT_APPEALED"],
  ["OPEN", "SELF_ASSESSED", "RATED", "!NOT_RELEASED", "!NOT_RATED", "!NOT_RELEASED", "!NOT_APPEALED"],
  [
    "SELF_ASSESSED",
    "!ALREADY_SELF_ASSESSED",
    "RATED",
    "!NOT_RELEASED",
    "!NOT_RATED",
    "!NOT_RELEASED",
    "!NOT_APPEALED",
  ],
  ["RATED", "!ALREADY_RATED", "RATED", "!NOT_RELEASED", "RELEASED", "!NOT_RELEASED", "!NOT_APPEALED"],
  [
    "RELEASED",
    "!ALREADY_RATED",
    "!ALREADY_RELEASED",
    "ACKNOWLEDGED",
    "!ALREADY_RELEASED",
    "APPEALED",
    "!NOT_APPEALED",
  ],
  [
    "ACKNOWLEDGED",
    "!ALREADY_RATED",
    "!ALREADY_RELEASED",
    "!ALREADY_ACKNOWLEDGED",
    "!ALREADY_RELEASED",
    "!ALREADY_ACKNOWLEDGED",
    "!NOT_APPEALED",
  ],
  [
    "APPEALED",
    "!ALREADY_RATED",
    "!ALREADY_RELEASED",
    "!ALREADY_APPEALED",
    "!ALREADY_RELEASED",
    "!ALREADY_APPEALED",
    "FINAL",
  ],
  [
    "FINAL",
    "!ALREADY_RATED",
    "!ALREADY_RELEASED",
    "!ALREADY_FINAL",
    "!ALREADY_RELEASED",
    "!ALREADY_FINAL",
    "!ALREADY_FINAL",
  ],
];

const ACTIONS: EvaluationAction[] = ["SELF_ASSESS", "RATE", "ACKNOWLEDGE", "RELEASE", "APPEAL", "DECIDE_APPEAL"];

const CELLS: [EvaluationKind, Status, EvaluationAction, Outcome][] = (
  [
    ["PERIODIC", PERIODIC],
    ["ANNUAL", ANNUAL],
  ] as const
).flatMap(([kind, rows]) =>
  rows.flatMap(([status, ...outcomes]) =>
    ACTIONS.map((action, i): [EvaluationKind, Status, EvaluationAction, Outcome] => {
      const result = outcomes[i];
      if (result === undefined) throw new Error("short row");
      return [kind, status, action, result];
    }),
  ),
);

describe("evaluationTransition: every kind × status × action", () => {
  it.each(CELLS)("%s %s + %s -> %s", (kind, status, action, result) => {
    expect(evaluationTransition(input(kind, status, action))).toEqual(outcome(result));
  });

  it("the table covers every cell exactly once (null = no row yet = OPEN)", () => {
    expect(ACTIONS).toEqual([...EVALUATION_ACTIONS]);
    const keys = CELLS.map(([k, s, a]) => `${k}/${s}/${a}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(2 * (EVALUATION_STATUSES.length + 1) * EVALUATION_ACTIONS.length);
  });
});

describe("the plan must be AGREED to self-assess or rate", () => {
  const notAgreed: PlanStatus[] = ["DRAFT", "SUBMITTED", "CLOSED"];
  const cases = notAgreed.flatMap((planStatus) =>
    (["PERIODIC", "ANNUAL"] as const).flatMap((kind) =>
      (["SELF_ASSESS", "RATE"] as const).flatMap((action) =>
        ([null, "SELF_ASSESSED", "RATED"] as const).map(
          (status) => [planStatus, kind, action, status] as const,
        ),
      ),
    ),
  );

  it.each(cases)("plan %s, %s %s from %s -> PLAN_NOT_AGREED", (planStatus, kind, action, status) => {
    expect(evaluationTransition(input(kind, status, action, { planStatus }))).toEqual({
      ok: false,
      error: "PLAN_NOT_AGREED",
    });
  });

  it.each(["PERIODIC", "ANNUAL"] as const)("a %s evaluation of an SKP closed mid-year after agreement can still be rated", (kind) => {
    expect(evaluationTransition(input(kind, "SELF_ASSESSED", "RATE", { planStatus: "CLOSED", planWasAgreed: true }))).toMatchObject({ ok: true, next: "RATED" });
    expect(evaluationTransition(input(kind, "SELF_ASSESSED", "RATE", { planStatus: "CLOSED", planWasAgreed: false }))).toEqual({ ok: false, error: "PLAN_NOT_AGREED" });
  });

  it.each<[EvaluationKind, EvaluationStatus, EvaluationAction, EvaluationStatus]>([
    ["PERIODIC", "RATED", "ACKNOWLEDGE", "ACKNOWLEDGED"],
    ["ANNUAL", "RATED", "RELEASE", "RELEASED"],
    ["ANNUAL", "RELEASED", "ACKNOWLEDGE", "ACKNOWLEDGED"],
    ["ANNUAL", "RELEASED", "APPEAL", "APPEALED"],
    ["ANNUAL", "APPEALED", "DECIDE_APPEAL", "FINAL"],
  ])("a CLOSED plan does not stop %s %s + %s", (kind, status, action, next) => {
    expect(evaluationTransition(input(kind, status, action, { planStatus: "CLOSED" }))).toEqual({
      ok: true,
      next,
    });
  });

  it("an impossible periodic state is reported before the plan", () => {
    const result = evaluationTransition(input("PERIODIC", "RELEASED", "RATE", { planStatus: "DRAFT" }));
    expect(result).toEqual({ ok: false, error: "INVALID_STATE" });
  });
});
