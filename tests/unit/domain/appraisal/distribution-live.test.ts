import { describe, expect, it } from "vitest";
import type { Predikat } from "@/lib/domain/predikat";
import {
  DEFAULT_DISTRIBUTION_RULES,
  emptyCounts,
  maxViolationsAfter,
  rulesFor,
  type Counts,
  type OrgResult,
} from "@/lib/domain/appraisal/distribution";

const counts = (partial: Partial<Counts>): Counts => ({ ...emptyCounts(), ...partial });
const defaults = (orgResult: OrgResult) => rulesFor(orgResult, DEFAULT_DISTRIBUTION_RULES);

// [name, orgResult, counts before, add, remove, expected [predikats, actualPercent, limit]]
type Row = [string, OrgResult, Partial<Counts>, Predikat, Predikat | null, [Predikat[], number, number][]];

describe("maxViolationsAfter (live warning while rating)", () => {
  it.each<Row>([
    ["a Sangat Baik that tips 7/10 over 70%", "ISTIMEWA", { SANGAT_BAIK: 7, BAIK: 3 }, "SANGAT_BAIK", null, [
      [["SANGAT_BAIK"], 72.7, 70],
    ]],
    ["a Baik lowers the share", "ISTIMEWA", { SANGAT_BAIK: 7, BAIK: 3 }, "BAIK", null, []],
    ["changing a Baik to Sangat Baik", "ISTIMEWA", { SANGAT_BAIK: 7, BAIK: 3 }, "SANGAT_BAIK", "BAIK", [
      [["SANGAT_BAIK"], 80, 70],
    ]],
    ["already over: another Sangat Baik makes it worse", "ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 2 }, "SANGAT_BAIK", null, [
      [["SANGAT_BAIK"], 81.8, 70],
    ]],
    ["already over: a Baik improves it, no warning", "ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 2 }, "BAIK", null, []],
    ["already over: a change that keeps the share", "ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 2 }, "KURANG", "BAIK", []],
    ["already over: Sangat Baik to Baik", "ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 2 }, "BAIK", "SANGAT_BAIK", []],
    ["the first rating in an empty unit counts as 100%", "ISTIMEWA", {}, "SANGAT_BAIK", null, [
      [["SANGAT_BAIK"], 100, 70],
    ]],
    ["Sangat Kurang unit: any Sangat Baik", "SANGAT_KURANG", { SANGAT_KURANG: 9, KURANG: 1 }, "SANGAT_BAIK", null, [
      [["SANGAT_BAIK"], 9.1, 0],
    ]],
    // MIN and ANY rules wait for finalisation, even when the change breaks them
    ["Sangat Kurang unit: a Baik breaks only a MIN rule", "SANGAT_KURANG", {}, "BAIK", null, []],
    ["Baik unit: Baik over 70%, the ANY rule is not reported", "BAIK", { SANGAT_BAIK: 3, BAIK: 7 }, "BAIK", null, [
      [["BAIK"], 72.7, 70],
    ]],
    ["Kurang unit: a Sangat Baik over 10%", "KURANG", { KURANG: 8, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1 }, "SANGAT_BAIK", "KURANG", [
      [["SANGAT_BAIK"], 20, 10],
    ]],
    ["Butuh Perbaikan unit: Sangat Baik 1 of 10 is still fine", "BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 9 }, "SANGAT_BAIK", null, []],
    ["no change (same predikat)", "ISTIMEWA", { SANGAT_BAIK: 9, BAIK: 1 }, "SANGAT_BAIK", "SANGAT_BAIK", []],
  ])("%s", (_name, orgResult, before, add, remove, expected) => {
    const violations = maxViolationsAfter(counts(before), { add, remove }, defaults(orgResult));
    expect(violations.map((v) => [v.rule.predikats, v.actualPercent, v.limitPercent])).toEqual(expected);
    expect(violations.every((v) => v.kind === "MAX")).toBe(true);
  });

  it("treats an omitted remove as a first rating", () => {
    const result = maxViolationsAfter(counts({ SANGAT_BAIK: 7, BAIK: 3 }), { add: "SANGAT_BAIK" }, defaults("ISTIMEWA"));
    expect(result.map((v) => v.actualPercent)).toEqual([72.7]);
  });

  it("does not change the counts it is given", () => {
    const before = counts({ SANGAT_BAIK: 7, BAIK: 3 });
    maxViolationsAfter(before, { add: "SANGAT_BAIK", remove: "BAIK" }, defaults("ISTIMEWA"));
    expect(before).toEqual(counts({ SANGAT_BAIK: 7, BAIK: 3 }));
  });

  it("refuses to remove a predikat nobody has", () => {
    expect(() =>
      maxViolationsAfter(counts({ BAIK: 3 }), { add: "BAIK", remove: "KURANG" }, defaults("ISTIMEWA")),
    ).toThrow(RangeError);
  });
});
