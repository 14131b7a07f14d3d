import { describe, expect, it } from "vitest";
import { collectPlanRows } from "@/lib/appraisals/plan-draft";
import { periodRows } from "@/lib/appraisals/plan-periods";
import { canRecordRealization, canSetExpectations, canWriteNote, periodSlug, splitDecision } from "@/lib/appraisals/plan-rules";
import { PLAN_STATUSES } from "@/lib/domain/appraisal/plan-state";
import { dateOnly } from "@/lib/domain/dates";

describe("what may be written in each plan state", () => {
  it.each(PLAN_STATUSES.map((status) => [status]))("%s", (status) => {
    expect({ expectations: canSetExpectations(status), realization: canRecordRealization(status), note: canWriteNote(status) }).toEqual({
      expectations: status === "SUBMITTED",
      realization: status === "AGREED",
      note: status !== "CLOSED",
    });
  });
});

describe("splitDecision", () => {
  const start = dateOnly(2026, 1, 1);
  const end = dateOnly(2026, 12, 31);
  it.each([
    [dateOnly(2025, 12, 20), "RETARGET"],
    [start, "RETARGET"],
    [dateOnly(2026, 1, 2), "SPLIT"],
    [end, "SPLIT"],
    [dateOnly(2027, 1, 1), "OUTSIDE"],
  ])("a change effective %s → %s", (effective, decision) => {
    expect(splitDecision(start, end, effective)).toBe(decision);
  });
});

describe("periodSlug", () => {
  it.each([
    ["QUARTERLY", "PERIODIC", 3, "q3"],
    ["MONTHLY", "PERIODIC", 12, "m12"],
    ["MONTHLY", "ANNUAL", 0, "annual"],
  ] as const)("%s %s %i → %s", (frequency, kind, no, slug) => {
    expect(periodSlug(frequency, kind, no)).toBe(slug);
  });
});

describe("periodRows", () => {
  const skp = { periodStart: dateOnly(2026, 7, 1), periodEnd: dateOnly(2026, 12, 31) };
  const annual = { kind: "ANNUAL" as const, periodNo: 0, status: "RATED" as const, predikat: "BAIK" as const, selfAssessedAt: new Date() };
  const q3 = { kind: "PERIODIC" as const, periodNo: 3, status: "ACKNOWLEDGED" as const, predikat: "SANGAT_BAIK" as const, selfAssessedAt: null };

  it("lists the quarters the SKP covers and the annual evaluation, with each row's status", () => {
    const rows = periodRows("QUARTERLY", skp, [q3], false);
    expect(rows.map((r) => [r.slug, r.status, r.predikat])).toEqual([
      ["q3", "ACKNOWLEDGED", "SANGAT_BAIK"],
      ["q4", "NOT_STARTED", null],
      ["annual", "NOT_STARTED", null],
    ]);
  });

  it("hides an unreleased annual result from the employee but not from the rater", () => {
    expect(periodRows("QUARTERLY", skp, [annual], true).at(-1)).toMatchObject({ status: "SELF_ASSESSED", predikat: null });
    expect(periodRows("QUARTERLY", skp, [annual], false).at(-1)).toMatchObject({ status: "RATED", predikat: "BAIK" });
    expect(periodRows("QUARTERLY", skp, [{ ...annual, status: "RELEASED" }], true).at(-1)).toMatchObject({ status: "RELEASED", predikat: "BAIK" });
  });
});

describe("collectPlanRows", () => {
  it("orders RHK and indicators by their index, not by the order the fields arrive, and ignores strangers", () => {
    const rows = collectPlanRows({
      "results.10.text": "Kedua",
      "results.2.text": "Pertama",
      "results.2.indicators.1.text": "B",
      "results.2.indicators.0.text": "A",
      "results.2.hack": "x",
      other: "y",
    });
    expect(rows.map((r) => [r.row.text, r.indicators.map((i) => i.text)])).toEqual([
      ["Pertama", ["A", "B"]],
      ["Kedua", []],
    ]);
  });
});
