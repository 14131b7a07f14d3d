import { describe, expect, it } from "vitest";
import type { Predikat } from "@/lib/domain/predikat";
import {
  DEFAULT_DISTRIBUTION_RULES,
  checkDistribution,
  countPredikats,
  emptyCounts,
  rulesFor,
  type Counts,
  type DistributionRule,
  type OrgResult,
} from "@/lib/domain/appraisal/distribution";

const counts = (partial: Partial<Counts>): Counts => ({ ...emptyCounts(), ...partial });
const defaults = (orgResult: OrgResult) => rulesFor(orgResult, DEFAULT_DISTRIBUTION_RULES);

// [orgResult, predikats, min, max, requireAny], from PermenPANRB 6/2022 as the brief states it.
const DEFAULTS: [OrgResult, Predikat[], number | null, number | null, boolean][] = [
  ["ISTIMEWA", ["SANGAT_BAIK"], null, 70, false],
  ["BAIK", ["BAIK"], null, 70, false],
  ["BAIK", ["BUTUH_PERBAIKAN", "KURANG"], null, null, true],
  ["BUTUH_PERBAIKAN", ["BUTUH_PERBAIKAN"], 60, null, false],
  ["BUTUH_PERBAIKAN", ["SANGAT_BAIK"], null, 10, false],
  ["KURANG", ["KURANG"], 60, null, false],
  ["KURANG", ["BUTUH_PERBAIKAN"], 10, null, false],
  ["KURANG", ["SANGAT_BAIK"], null, 10, false],
  ["SANGAT_KURANG", ["SANGAT_KURANG"], 60, null, false],
  ["SANGAT_KURANG", ["BUTUH_PERBAIKAN", "KURANG"], 10, null, true],
  ["SANGAT_KURANG", ["SANGAT_BAIK"], null, 0, false],
];

describe("DEFAULT_DISTRIBUTION_RULES", () => {
  it("holds exactly the default rows", () => {
    expect(DEFAULT_DISTRIBUTION_RULES).toEqual(
      DEFAULTS.map(([orgResult, predikats, minPercent, maxPercent, requireAny]) => ({
        orgResult,
        predikats,
        minPercent,
        maxPercent,
        requireAny,
      })),
    );
  });

  it.each<[OrgResult, number]>([
    ["ISTIMEWA", 1],
    ["BAIK", 2],
    ["BUTUH_PERBAIKAN", 2],
    ["KURANG", 3],
    ["SANGAT_KURANG", 3],
  ])("rulesFor(%s) finds %i rules", (orgResult, n) => {
    const rules = defaults(orgResult);
    expect(rules).toHaveLength(n);
    expect(rules.every((r) => r.orgResult === orgResult)).toBe(true);
  });
});

describe("emptyCounts / countPredikats", () => {
  it("counts each predikat", () => {
    expect(emptyCounts()).toEqual({ SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
    expect(countPredikats(["BAIK", "SANGAT_BAIK", "BAIK", "KURANG"])).toEqual(
      counts({ SANGAT_BAIK: 1, BAIK: 2, KURANG: 1 }),
    );
  });

  it("returns a fresh object each time", () => {
    const a = emptyCounts();
    a.BAIK = 5;
    expect(emptyCounts().BAIK).toBe(0);
  });
});

// A violation as [kind, predikats of the rule, actualPercent, limitPercent].
type V = ["MAX" | "MIN" | "ANY", Predikat[], number, number | null];
const SB: Predikat[] = ["SANGAT_BAIK"];

describe("checkDistribution (default rules)", () => {
  it.each<[OrgResult, Partial<Counts>, V[]]>([
    // Istimewa: Sangat Baik at most 70%
    ["ISTIMEWA", { SANGAT_BAIK: 7, BAIK: 3 }, []],
    ["ISTIMEWA", { SANGAT_BAIK: 8, BAIK: 3 }, [["MAX", SB, 72.7, 70]]],
    ["ISTIMEWA", { SANGAT_BAIK: 1 }, [["MAX", SB, 100, 70]]],
    ["ISTIMEWA", { BAIK: 10 }, []],
    // Baik: Baik at most 70%; someone must be Butuh Perbaikan or Kurang
    ["BAIK", { SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1 }, []],
    ["BAIK", { SANGAT_BAIK: 4, BAIK: 5, KURANG: 1 }, []],
    ["BAIK", { SANGAT_BAIK: 2, BAIK: 8 }, [["MAX", ["BAIK"], 80, 70], ["ANY", ["BUTUH_PERBAIKAN", "KURANG"], 0, null]]],
    ["BAIK", { SANGAT_BAIK: 5, BAIK: 4, SANGAT_KURANG: 1 }, [["ANY", ["BUTUH_PERBAIKAN", "KURANG"], 0, null]]],
    // Butuh Perbaikan: Butuh Perbaikan at least 60%; Sangat Baik at most 10%
    ["BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 }, []],
    ["BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 5, BAIK: 4, SANGAT_BAIK: 1 }, [["MIN", ["BUTUH_PERBAIKAN"], 50, 60]]],
    ["BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 6, BAIK: 2, SANGAT_BAIK: 2 }, [["MAX", SB, 20, 10]]],
    ["BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 1, BAIK: 2 }, [["MIN", ["BUTUH_PERBAIKAN"], 33.3, 60]]],
    ["BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 2, SANGAT_BAIK: 1 }, [["MAX", SB, 33.3, 10]]],
    // Kurang: Kurang at least 60%; Butuh Perbaikan at least 10%; Sangat Baik at most 10%
    ["KURANG", { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 }, []],
    ["KURANG", { KURANG: 6, BAIK: 4 }, [["MIN", ["BUTUH_PERBAIKAN"], 0, 10]]],
    ["KURANG", { KURANG: 5, BUTUH_PERBAIKAN: 1, BAIK: 3, SANGAT_BAIK: 1 }, [["MIN", ["KURANG"], 50, 60]]],
    ["KURANG", { KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 1, SANGAT_BAIK: 2 }, [["MAX", SB, 20, 10]]],
    [
      "KURANG",
      { KURANG: 1, SANGAT_BAIK: 2 },
      [["MIN", ["KURANG"], 33.3, 60], ["MIN", ["BUTUH_PERBAIKAN"], 0, 10], ["MAX", SB, 66.7, 10]],
    ],
    // Sangat Kurang: Sangat Kurang at least 60%; Kurang or Butuh Perbaikan at least 10% and present;
    // no Sangat Baik at all
    ["SANGAT_KURANG", { SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 }, []],
    ["SANGAT_KURANG", { SANGAT_KURANG: 9, BUTUH_PERBAIKAN: 1 }, []],
    [
      "SANGAT_KURANG",
      { SANGAT_KURANG: 6, BAIK: 4 },
      [["MIN", ["BUTUH_PERBAIKAN", "KURANG"], 0, 10], ["ANY", ["BUTUH_PERBAIKAN", "KURANG"], 0, null]],
    ],
    ["SANGAT_KURANG", { SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 }, [["MAX", SB, 10, 0]]],
    ["SANGAT_KURANG", { SANGAT_KURANG: 5, KURANG: 5 }, [["MIN", ["SANGAT_KURANG"], 50, 60]]],
    ["SANGAT_KURANG", { SANGAT_KURANG: 19, KURANG: 1 }, [["MIN", ["BUTUH_PERBAIKAN", "KURANG"], 5, 10]]],
  ])("%s with %j", (orgResult, partial, expected) => {
    const violations = checkDistribution(counts(partial), defaults(orgResult));
    expect(violations.map((v) => [v.kind, v.rule.predikats, v.actualPercent, v.limitPercent])).toEqual(expected);
    for (const v of violations) expect(v.rule.orgResult).toBe(orgResult);
  });

  it.each<OrgResult>(["ISTIMEWA", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"])(
    "an empty %s unit has no violations",
    (orgResult) => {
      expect(checkDistribution(emptyCounts(), defaults(orgResult))).toEqual([]);
    },
  );

  it("takes no rules to mean no limits", () => {
    expect(checkDistribution(counts({ SANGAT_BAIK: 10 }), [])).toEqual([]);
  });
});

describe("checkDistribution: percentages", () => {
  const maxRule: DistributionRule = {
    orgResult: "ISTIMEWA",
    predikats: ["SANGAT_BAIK"],
    minPercent: null,
    maxPercent: 70,
    requireAny: false,
  };
  const minRule: DistributionRule = { ...maxRule, maxPercent: null, minPercent: 60 };
  const pct = (c: Partial<Counts>, rule: DistributionRule) =>
    checkDistribution(counts(c), [rule]).map((v) => v.actualPercent);

  it.each<[string, Partial<Counts>, DistributionRule, number[]]>([
    ["exactly at the maximum is allowed", { SANGAT_BAIK: 7, BAIK: 3 }, maxRule, []],
    ["exactly at the minimum is allowed", { SANGAT_BAIK: 3, BAIK: 2 }, minRule, []],
    ["2 of 3 rounds to 66.7", { SANGAT_BAIK: 2, BAIK: 1 }, { ...maxRule, maxPercent: 50 }, [66.7]],
    ["1 of 8 is 12.5", { SANGAT_BAIK: 1, BAIK: 7 }, { ...maxRule, maxPercent: 10 }, [12.5]],
    ["1 of 16 (6.25) rounds half up to 6.3", { SANGAT_BAIK: 1, BAIK: 15 }, { ...maxRule, maxPercent: 5 }, [6.3]],
    ["70.04% over 70 reads 70.1, never 70.0", { SANGAT_BAIK: 1751, BAIK: 749 }, maxRule, [70.1]],
    ["59.96% under 60 reads 59.9, never 60.0", { SANGAT_BAIK: 1499, BAIK: 1001 }, minRule, [59.9]],
  ])("%s", (_name, c, rule, expected) => {
    expect(pct(c, rule)).toEqual(expected);
  });

  it.each<Partial<Counts>>([{ BAIK: -1 }, { BAIK: 1.5 }, { BAIK: Number.NaN }])("rejects counts %j", (c) => {
    expect(() => checkDistribution(counts(c), [maxRule])).toThrow(RangeError);
  });
});
