import { describe, expect, it } from "vitest";
import { parsePeriodSlug, periodName, periodSlug, periodicKeys } from "@/lib/evaluations/period-slug";

describe("parsePeriodSlug", () => {
  it.each([
    ["q1", "QUARTERLY", { kind: "PERIODIC", periodNo: 1 }],
    ["q4", "QUARTERLY", { kind: "PERIODIC", periodNo: 4 }],
    ["m1", "MONTHLY", { kind: "PERIODIC", periodNo: 1 }],
    ["m12", "MONTHLY", { kind: "PERIODIC", periodNo: 12 }],
    ["annual", "QUARTERLY", { kind: "ANNUAL", periodNo: 0 }],
    ["annual", "MONTHLY", { kind: "ANNUAL", periodNo: 0 }],
  ] as const)("%s under %s", (slug, frequency, expected) => {
    expect(parsePeriodSlug(slug, frequency)).toEqual(expected);
  });

  it.each([
    ["q5", "QUARTERLY"],
    ["q0", "QUARTERLY"],
    ["q01", "QUARTERLY"],
    ["Q1", "QUARTERLY"],
    ["m3", "QUARTERLY"],
    ["q2", "MONTHLY"],
    ["m13", "MONTHLY"],
    ["m0", "MONTHLY"],
    ["m07", "MONTHLY"],
    ["tahunan", "MONTHLY"],
    ["", "QUARTERLY"],
    ["q1 ", "QUARTERLY"],
  ] as const)("refuses %j under %s", (slug, frequency) => {
    expect(parsePeriodSlug(slug, frequency)).toBeNull();
  });
});

describe("periodSlug", () => {
  it("round-trips every key of both frequencies", () => {
    for (const frequency of ["QUARTERLY", "MONTHLY"] as const) {
      for (const key of [...periodicKeys(frequency), { kind: "ANNUAL" as const, periodNo: 0 }]) {
        expect(parsePeriodSlug(periodSlug(key, frequency), frequency)).toEqual(key);
      }
    }
    expect(periodicKeys("QUARTERLY")).toHaveLength(4);
    expect(periodicKeys("MONTHLY")).toHaveLength(12);
  });

  it("names periods in Indonesian", () => {
    expect(periodName({ kind: "PERIODIC", periodNo: 3 }, "QUARTERLY")).toBe("Triwulan 3");
    expect(periodName({ kind: "PERIODIC", periodNo: 11 }, "MONTHLY")).toBe("Bulan 11");
    expect(periodName({ kind: "ANNUAL", periodNo: 0 }, "MONTHLY")).toBe("Tahunan");
  });
});
