import { describe, expect, it } from "vitest";
import {
  PLAN_ACTIONS,
  PLAN_STATUSES,
  checkPlanSubmission,
  isPlanEditable,
  planCompleteness,
  planTransition,
  type PlanAction,
  type PlanError,
  type PlanStatus,
} from "@/lib/domain/appraisal/plan-state";

type Outcome = PlanStatus | `!${PlanError}`;

// Every status × action; "!CODE" is a refusal.
const TABLE: [PlanStatus, PlanAction, Outcome][] = [
  ["DRAFT", "EDIT", "DRAFT"],
  ["DRAFT", "SUBMIT", "SUBMITTED"],
  ["DRAFT", "AGREE", "!NOT_SUBMITTED"],
  ["DRAFT", "RETURN", "!NOT_SUBMITTED"],
  ["DRAFT", "CLOSE", "CLOSED"],
  ["SUBMITTED", "EDIT", "!NOT_EDITABLE"],
  ["SUBMITTED", "SUBMIT", "!NOT_DRAFT"],
  ["SUBMITTED", "AGREE", "AGREED"],
  ["SUBMITTED", "RETURN", "DRAFT"],
  ["SUBMITTED", "CLOSE", "CLOSED"],
  ["AGREED", "EDIT", "!NOT_EDITABLE"],
  ["AGREED", "SUBMIT", "!NOT_DRAFT"],
  ["AGREED", "AGREE", "!NOT_SUBMITTED"],
  ["AGREED", "RETURN", "!NOT_SUBMITTED"],
  ["AGREED", "CLOSE", "CLOSED"],
  ["CLOSED", "EDIT", "!ALREADY_CLOSED"],
  ["CLOSED", "SUBMIT", "!ALREADY_CLOSED"],
  ["CLOSED", "AGREE", "!ALREADY_CLOSED"],
  ["CLOSED", "RETURN", "!ALREADY_CLOSED"],
  ["CLOSED", "CLOSE", "!ALREADY_CLOSED"],
];

const outcome = (o: Outcome) =>
  o.startsWith("!") ? { ok: false, error: o.slice(1) } : { ok: true, next: o };

describe("planTransition", () => {
  it.each(TABLE)("%s + %s -> %s", (status, action, result) => {
    expect(planTransition(status, action)).toEqual(outcome(result));
  });

  it("the table covers every status × action exactly once", () => {
    const cells = TABLE.map(([s, a]) => `${s}/${a}`);
    expect(new Set(cells).size).toBe(cells.length);
    expect(cells).toHaveLength(PLAN_STATUSES.length * PLAN_ACTIONS.length);
  });

  it("a returned plan can be edited and submitted again", () => {
    const returned = planTransition("SUBMITTED", "RETURN");
    expect(returned).toEqual({ ok: true, next: "DRAFT" });
    expect(isPlanEditable("DRAFT")).toBe(true);
    expect(planTransition("DRAFT", "SUBMIT")).toEqual({ ok: true, next: "SUBMITTED" });
  });
});

describe("isPlanEditable", () => {
  it.each<[PlanStatus, boolean]>([
    ["DRAFT", true],
    ["SUBMITTED", false],
    ["AGREED", false],
    ["CLOSED", false],
  ])("%s -> %s", (status, editable) => {
    expect(isPlanEditable(status)).toBe(editable);
  });
});

describe("planCompleteness", () => {
  it.each<[string, number[], PlanError | null]>([
    ["no RHK", [], "NO_RESULTS"],
    ["one RHK with one indicator", [1], null],
    ["three RHK with indicators", [2, 1, 4], null],
    ["one RHK without an indicator", [0], "RESULT_WITHOUT_INDICATOR"],
    ["the last RHK without an indicator", [3, 1, 0], "RESULT_WITHOUT_INDICATOR"],
  ])("%s -> %s", (_name, indicators, error) => {
    expect(planCompleteness({ results: indicators.map((n) => ({ indicators: n })) })).toBe(error);
  });
});

describe("checkPlanSubmission (status, then content)", () => {
  const complete = { results: [{ indicators: 2 }] };
  const empty = { results: [] };
  it.each<[PlanStatus, { results: { indicators: number }[] }, Outcome]>([
    ["DRAFT", complete, "SUBMITTED"],
    ["DRAFT", empty, "!NO_RESULTS"],
    ["DRAFT", { results: [{ indicators: 1 }, { indicators: 0 }] }, "!RESULT_WITHOUT_INDICATOR"],
    ["SUBMITTED", empty, "!NOT_DRAFT"],
    ["AGREED", complete, "!NOT_DRAFT"],
    ["CLOSED", empty, "!ALREADY_CLOSED"],
  ])("%s with %j -> %s", (status, plan, result) => {
    expect(checkPlanSubmission(status, plan)).toEqual(outcome(result));
  });
});
