import { describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/domain/dates";
import { cellStatus, isEvaluationOverdue, isPlanOverdue, planDeadline, ratingDeadline } from "@/lib/evaluations/team-status";

const d = dateOnly;

describe("planDeadline", () => {
  it("is 31 January for an SKP that starts with the year", () => {
    expect(planDeadline(2026, d(2026, 1, 1))).toEqual(d(2026, 1, 31));
  });
  it("is 14 days after a mid-year start", () => {
    expect(planDeadline(2026, d(2026, 7, 1))).toEqual(d(2026, 7, 15));
  });
  it("stays 31 January when two weeks after the start fall earlier", () => {
    expect(planDeadline(2026, d(2026, 1, 10))).toEqual(d(2026, 1, 31));
  });
});

describe("isPlanOverdue", () => {
  const plan = (status: "DRAFT" | "SUBMITTED" | "AGREED" | "CLOSED") => ({ status, year: 2026, periodStart: d(2026, 1, 1) });
  it.each([
    ["DRAFT", d(2026, 1, 31), false],
    ["DRAFT", d(2026, 2, 1), true],
    ["SUBMITTED", d(2026, 2, 1), true],
    ["AGREED", d(2026, 6, 1), false],
    ["CLOSED", d(2026, 6, 1), false],
  ] as const)("%s on %s → %s", (status, today, late) => {
    expect(isPlanOverdue(plan(status), today)).toBe(late);
  });
});

describe("isEvaluationOverdue", () => {
  const end = d(2026, 3, 31);
  it("allows 14 days after the period", () => {
    expect(ratingDeadline(end)).toEqual(d(2026, 4, 14));
    expect(isEvaluationOverdue(null, end, d(2026, 4, 14))).toBe(false);
    expect(isEvaluationOverdue(null, end, d(2026, 4, 15))).toBe(true);
  });
  it.each([
    ["OPEN", true],
    ["SELF_ASSESSED", true],
    ["RATED", false],
    ["ACKNOWLEDGED", false],
    ["RELEASED", false],
    ["APPEALED", false],
    ["FINAL", false],
  ] as const)("%s late → %s", (status, late) => {
    expect(isEvaluationOverdue(status, end, d(2026, 5, 1))).toBe(late);
  });
});

describe("cellStatus", () => {
  it("shows the row's status when there is one", () => {
    expect(cellStatus("RATED", d(2026, 4, 1), d(2026, 1, 1))).toBe("RATED");
  });
  it("is not started before the period and open from its first day", () => {
    expect(cellStatus(null, d(2026, 4, 1), d(2026, 3, 31))).toBe("NOT_STARTED");
    expect(cellStatus(null, d(2026, 4, 1), d(2026, 4, 1))).toBe("OPEN");
  });
});
