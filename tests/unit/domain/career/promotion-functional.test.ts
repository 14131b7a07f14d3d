import { describe, expect, it } from "vitest";
import { CREDIT_TABLE } from "@/lib/domain/appraisal/credit";
import type { FunctionalLevel } from "@/lib/domain/positions";
import { JENJANG_RANK_RANGE } from "@/lib/domain/career/jenjang";
import { assessPromotion, type KpAssessment, type KpConditionCode, type KpInput } from "@/lib/domain/career/promotion";
import { d, iso, rankId } from "./fixtures";
import { kpInput } from "./promotion-fixture";

const condition = (result: KpAssessment, code: KpConditionCode) => {
  const found = result.conditions.find((c) => c.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

/** A pejabat fungsional two years in rank on the coming period (1 Feb 2026), with enough credit. */
const functional = (level: FunctionalLevel | null, rank: string, overrides: Partial<KpInput> = {}) =>
  kpInput({
    positionType: "FUNGSIONAL",
    functionalLevel: level,
    rankId: rankId(rank),
    rankTmt: d("2024-02-01"),
    creditInRank: level === null ? 0 : CREDIT_TABLE[level].forNextRank,
    ...overrides,
  });

describe("assessPromotion: functional route (KP pilihan)", () => {
  it("Ahli Pertama III/a, two years in rank, 50 credit: due now", () => {
    const result = assessPromotion(functional("AHLI_PERTAMA", "III/a"));
    expect(result).toMatchObject({ route: "PILIHAN_FUNGSIONAL", nextRankId: rankId("III/b"), eligibleNow: true });
    expect(result.conditions.map((c) => [c.code, c.met])).toEqual([
      ["YEARS_IN_RANK", true],
      ["PERFORMANCE", true],
      ["JENJANG_RANGE", true],
      ["CREDIT", true],
      ["NO_SANCTION", true],
    ]);
    expect(condition(result, "YEARS_IN_RANK")).toMatchObject({ metOn: d("2026-02-01"), detail: { requiredYears: 2 } });
    expect(condition(result, "CREDIT").detail).toEqual({ level: "AHLI_PERTAMA", credit: 50, required: 50 });
  });

  it("two years, not four: a TMT of 1 Aug 2024 is due on 1 Aug 2026", () => {
    const result = assessPromotion(functional("AHLI_PERTAMA", "III/a", { rankTmt: d("2024-08-01") }));
    expect(condition(result, "YEARS_IN_RANK")).toMatchObject({ met: false, metOn: d("2026-08-01") });
    expect(iso(result.eligibleOn)).toBe("2026-08-01");
  });

  it("a pangkat from 29 February 2024: two years end on 28 February 2026", () => {
    const input = functional("AHLI_MUDA", "III/c", { rankTmt: d("2024-02-29"), asOf: d("2026-02-10") });
    const result = assessPromotion(input);
    expect(condition(result, "YEARS_IN_RANK")).toMatchObject({ met: true, metOn: d("2026-02-28") });
    expect(iso(result.eligibleOn)).toBe("2026-03-01");
    expect(result.eligibleNow).toBe(true);
  });

  it("the education cap does not apply: SMA at III/b may rise to III/c as Penyelia", () => {
    const result = assessPromotion(functional("PENYELIA", "III/b", { educationLevel: "SMA" }));
    expect(result.conditions.map((c) => c.code)).not.toContain("EDUCATION_CAP");
    expect(result.eligibleNow).toBe(true);
  });

  it("a functional position without a jenjang cannot be screened for range or credit", () => {
    const result = assessPromotion(functional(null, "III/a"));
    expect(condition(result, "JENJANG_RANGE")).toMatchObject({ met: false, detail: { level: null, minRankId: null } });
    expect(condition(result, "CREDIT")).toMatchObject({ met: false, detail: { level: null, required: null } });
    expect(result.eligibleOn).toBeNull();
  });
});

describe("JENJANG_RANGE: the next pangkat must lie in the jenjang (every row)", () => {
  const ROWS: [FunctionalLevel, string, string][] = [
    ["AHLI_PERTAMA", "III/a", "III/b"],
    ["AHLI_MUDA", "III/c", "III/d"],
    ["AHLI_MADYA", "IV/a", "IV/c"],
    ["AHLI_UTAMA", "IV/d", "IV/e"],
    ["PEMULA", "II/a", "II/a"],
    ["TERAMPIL", "II/b", "II/d"],
    ["MAHIR", "III/a", "III/b"],
    ["PENYELIA", "III/c", "III/d"],
  ];

  it.each(ROWS)("%s: from just below %s up to %s is in range, past it is not", (level, min, max) => {
    expect(JENJANG_RANK_RANGE[level]).toEqual({ min, max });
    const at = (id: number) => assessPromotion(functional(level, "I/a", { rankId: id }));
    // Rising into the jenjang's lowest pangkat and up to its highest are in range.
    for (let id = rankId(min) - 1; id < rankId(max); id += 1) {
      expect(condition(at(id), "JENJANG_RANGE")).toMatchObject({ met: true, detail: { nextRankId: id + 1 } });
    }
    if (max === "IV/e") {
      expect(at(rankId(max)).conditions.map((c) => c.code)).toEqual(["TOP_RANK"]);
    } else {
      const past = at(rankId(max));
      expect(condition(past, "JENJANG_RANGE")).toMatchObject({
        met: false,
        detail: { level, minRankId: rankId(min), maxRankId: rankId(max), nextRankId: rankId(max) + 1 },
      });
      expect(past.eligibleOn).toBeNull();
    }
    if (rankId(min) >= 2) {
      const far = at(rankId(min) - 2);
      expect(condition(far, "JENJANG_RANGE").met).toBe(false);
    }
  });
});

describe("CREDIT: angka kredit for the next pangkat (domain.md table, every row)", () => {
  const ROWS: [FunctionalLevel, string, number][] = [
    ["AHLI_PERTAMA", "III/a", 50],
    ["AHLI_MUDA", "III/c", 100],
    ["AHLI_MADYA", "IV/a", 150],
    ["AHLI_UTAMA", "IV/d", 200],
    ["PEMULA", "I/d", 15],
    ["TERAMPIL", "II/b", 20],
    ["MAHIR", "III/a", 50],
    ["PENYELIA", "III/c", 100],
  ];

  it.each(ROWS)("%s at %s needs %d", (level, rank, required) => {
    const exact = assessPromotion(functional(level, rank, { creditInRank: required }));
    expect(condition(exact, "CREDIT")).toMatchObject({ met: true, detail: { required } });
    expect(exact.eligibleNow).toBe(true);
    const short = assessPromotion(functional(level, rank, { creditInRank: required - 0.001 }));
    expect(condition(short, "CREDIT").met).toBe(false);
    // Credit is not projected: short of it there is no date to promise.
    expect(short).toMatchObject({ eligibleOn: null, eligibleNow: false });
  });
});
