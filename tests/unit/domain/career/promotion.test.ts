import { describe, expect, it } from "vitest";
import { EDUCATION_RANK_RULES, type EducationLevel } from "@/lib/domain/education";
import type { PositionType } from "@/lib/domain/positions";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { assessPromotion, type KpAssessment, type KpConditionCode } from "@/lib/domain/career/promotion";
import { d, iso, rankId } from "./fixtures";
import { baikFrom, kpInput } from "./promotion-fixture";

const condition = (result: KpAssessment, code: KpConditionCode) => {
  const found = result.conditions.find((c) => c.code === code);
  if (!found) throw new Error(`no ${code} in ${result.conditions.map((c) => c.code).join(",")}`);
  return found;
};

describe("assessPromotion: who is assessed at all", () => {
  it("PPPK have no pangkat: NOT_PNS and nothing else", () => {
    const result = assessPromotion(kpInput({ status: "PPPK", rankId: null, rankTmt: null }));
    expect(result).toMatchObject({ route: null, nextRankId: null, eligibleOn: null, eligibleNow: false });
    expect(result.conditions).toEqual([{ code: "NOT_PNS", met: false, metOn: null, detail: { status: "PPPK" } }]);
  });

  it("PPPK stays NOT_PNS even when a rank is filled in by mistake", () => {
    expect(assessPromotion(kpInput({ status: "PPPK" })).conditions.map((c) => c.code)).toEqual(["NOT_PNS"]);
  });

  it.each<[string, number | null, Date | null]>([
    ["no pangkat", null, d("2022-02-01")],
    ["no TMT", rankId("III/b"), null],
    ["a rank id off the ladder", 99, d("2022-02-01")],
  ])("a PNS with %s: RANK_UNKNOWN and nothing else", (_, id, tmt) => {
    const result = assessPromotion(kpInput({ rankId: id, rankTmt: tmt }));
    expect(result).toMatchObject({ route: "REGULER", nextRankId: null, eligibleOn: null, eligibleNow: false });
    expect(result.conditions.map((c) => c.code)).toEqual(["RANK_UNKNOWN"]);
  });

  it.each<PositionType>(["PELAKSANA", "FUNGSIONAL", "JPT_PRATAMA"])("IV/e (%s) is the top: TOP_RANK", (positionType) => {
    const result = assessPromotion(kpInput({ rankId: rankId("IV/e"), positionType, functionalLevel: null }));
    expect(result.nextRankId).toBeNull();
    expect(result.eligibleOn).toBeNull();
    expect(result.conditions).toEqual([{ code: "TOP_RANK", met: false, metOn: null, detail: { rankId: 17 } }]);
  });

  it.each<[PositionType, string]>([
    ["JPT_UTAMA", "REGULER"],
    ["JPT_MADYA", "REGULER"],
    ["JPT_PRATAMA", "REGULER"],
    ["ADMINISTRATOR", "REGULER"],
    ["PENGAWAS", "REGULER"],
    ["PELAKSANA", "REGULER"],
    ["FUNGSIONAL", "PILIHAN_FUNGSIONAL"],
  ])("%s uses route %s", (positionType, route) => {
    expect(assessPromotion(kpInput({ positionType, functionalLevel: "AHLI_PERTAMA" })).route).toBe(route);
  });
});

describe("assessPromotion: regular route", () => {
  it("due on the coming period: every condition met, eligible now", () => {
    const result = assessPromotion(kpInput());
    expect(iso(result.period)).toBe("2026-02-01");
    expect(result).toMatchObject({ route: "REGULER", nextRankId: rankId("III/c"), eligibleNow: true });
    expect(iso(result.eligibleOn)).toBe("2026-02-01");
    expect(result.conditions).toEqual([
      { code: "YEARS_IN_RANK", met: true, metOn: d("2026-02-01"), detail: { requiredYears: 4, rankTmt: "2022-02-01" } },
      {
        code: "PERFORMANCE",
        met: true,
        metOn: null,
        detail: { earlierYear: 2024, earlierPredikat: "BAIK", laterYear: 2025, laterPredikat: "BAIK" },
      },
      { code: "EDUCATION_CAP", met: true, metOn: null, detail: { education: "S1", capRankId: 12, nextRankId: 11 } },
      { code: "NO_SANCTION", met: true, metOn: null, detail: { active: 0 } },
    ]);
  });

  it("a TMT in the middle of the year: four years later, then the next period", () => {
    const result = assessPromotion(kpInput({ rankTmt: d("2022-07-15") }));
    expect(condition(result, "YEARS_IN_RANK")).toMatchObject({ met: false, metOn: d("2026-07-15") });
    expect(iso(result.eligibleOn)).toBe("2026-08-01");
    expect(result.eligibleNow).toBe(false);
  });

  it("a pangkat from 29 February counts four years to the next 29 February", () => {
    const input = kpInput({ rankTmt: d("2020-02-29"), asOf: d("2024-01-10"), predikats: baikFrom(2022, 2023) });
    const result = assessPromotion(input);
    expect(iso(result.period)).toBe("2024-02-01");
    expect(condition(result, "YEARS_IN_RANK")).toMatchObject({ met: false, metOn: d("2024-02-29") });
    // 2024 has six periods: after 1 February the next is 1 April.
    expect(iso(result.eligibleOn)).toBe("2024-04-01");
  });

  it("a rank gained mid-year: predikats from the previous pangkat still count", () => {
    const input = kpInput({ rankTmt: d("2022-10-01"), asOf: d("2026-09-15") });
    const result = assessPromotion(input);
    expect(iso(result.eligibleOn)).toBe("2026-10-01");
    expect(result.eligibleNow).toBe(true);
  });

  it("two SKPs in one year (a change of position): the worse predikat decides, in any order", () => {
    for (const predikats of [
      [...baikFrom(2024, 2025), { year: 2025, predikat: "BUTUH_PERBAIKAN" as const }],
      [{ year: 2025, predikat: "BUTUH_PERBAIKAN" as const }, ...baikFrom(2024, 2025)],
    ]) {
      const result = assessPromotion(kpInput({ predikats }));
      expect(condition(result, "PERFORMANCE")).toMatchObject({ met: false, detail: { laterPredikat: "BUTUH_PERBAIKAN" } });
    }
  });

  it("old eras: April and October until 2023", () => {
    const input = kpInput({ rankTmt: d("2015-10-01"), asOf: d("2019-05-10"), predikats: baikFrom(2017, 2018) });
    const result = assessPromotion(input);
    expect(iso(result.period)).toBe("2019-10-01");
    expect(result.eligibleNow).toBe(true);
  });

  it.each<[string, string, number, number]>([
    // The KP period's year decides which two years count, not the screening date's year.
    ["2025-12-15", "2026-01-01", 2024, 2025],
    ["2023-10-02", "2024-02-01", 2022, 2023],
    ["2025-03-10", "2025-04-01", 2023, 2024],
  ])("screened on %s for %s: predikats of %i and %i", (asOf, period, earlier, later) => {
    const result = assessPromotion(kpInput({ rankTmt: d("2010-01-01"), asOf: d(asOf), predikats: [] }));
    expect(iso(result.period)).toBe(period);
    expect(condition(result, "PERFORMANCE").detail).toEqual({
      earlierYear: earlier,
      earlierPredikat: null,
      laterYear: later,
      laterPredikat: null,
    });
  });
});

describe("assessPromotion: performance", () => {
  const good = new Set<Predikat>(["SANGAT_BAIK", "BAIK"]);
  const pairs = PREDIKATS.flatMap((earlier) => PREDIKATS.map((later) => [earlier, later] as const));

  it.each(pairs)("2024 %s, 2025 %s", (earlier, later) => {
    const predikats = [
      { year: 2024, predikat: earlier },
      { year: 2025, predikat: later },
    ];
    const result = assessPromotion(kpInput({ predikats }));
    const met = good.has(earlier) && good.has(later);
    expect(condition(result, "PERFORMANCE").met).toBe(met);
    expect(result.eligibleNow).toBe(met);
  });

  it("a missing year is not met and, with no later data, blocks: eligibleOn null", () => {
    const result = assessPromotion(kpInput({ predikats: [{ year: 2024, predikat: "BAIK" }] }));
    expect(condition(result, "PERFORMANCE")).toMatchObject({
      met: false,
      detail: { earlierYear: 2024, earlierPredikat: "BAIK", laterYear: 2025, laterPredikat: null },
    });
    expect(result.eligibleOn).toBeNull();
  });

  it("a bad year is outgrown: the first period of the year whose two previous years are Baik", () => {
    const predikats = [{ year: 2024, predikat: "KURANG" as const }, ...baikFrom(2025, 2026)];
    const result = assessPromotion(kpInput({ predikats, asOf: d("2026-06-15") }));
    expect(iso(result.eligibleOn)).toBe("2027-01-01");
    expect(result.eligibleNow).toBe(false);
  });

  it("searches at most 24 periods ahead: the 24th is found, the 25th is not", () => {
    // 2025 Kurang closes every period of 2026 and 2027: 1 Feb 2026 is the 1st, 1 Jan 2028 the 24th.
    const predikats = [...baikFrom(2024, 2027), { year: 2025, predikat: "KURANG" as const }];
    const sanction = (end: string) => ({ startDate: d("2027-06-01"), endDate: d(end), blocksPromotion: true });
    const within = kpInput({ predikats, sanctions: [sanction("2027-12-31")] });
    expect(iso(assessPromotion(within).eligibleOn)).toBe("2028-01-01");
    // Still serving on 1 Jan 2028: the next chance, 1 Feb 2028, is the 25th period.
    const beyond = kpInput({ predikats, sanctions: [sanction("2028-01-01")] });
    expect(assessPromotion(beyond).eligibleOn).toBeNull();
  });

  it("the search starts after the years in rank, however far ahead", () => {
    const input = kpInput({ rankTmt: d("2025-06-01"), predikats: baikFrom(2024, 2028) });
    expect(iso(assessPromotion(input).eligibleOn)).toBe("2029-06-01");
  });
});

describe("assessPromotion: education cap (domain.md table, every row)", () => {
  const levels = Object.keys(EDUCATION_RANK_RULES) as EducationLevel[];

  it.each(levels)("%s: one below the cap may rise to it; at the cap the regular route is closed", (level) => {
    const cap = rankId(EDUCATION_RANK_RULES[level].regularCapRankCode);
    const below = assessPromotion(kpInput({ educationLevel: level, rankId: cap - 1 }));
    expect(condition(below, "EDUCATION_CAP")).toMatchObject({ met: true, detail: { capRankId: cap, nextRankId: cap } });
    expect(below.eligibleNow).toBe(true);
    const at = assessPromotion(kpInput({ educationLevel: level, rankId: cap }));
    expect(condition(at, "EDUCATION_CAP")).toMatchObject({ met: false, detail: { capRankId: cap, nextRankId: cap + 1 } });
    expect(at).toMatchObject({ eligibleOn: null, eligibleNow: false, nextRankId: cap + 1 });
  });
});

describe("assessPromotion: input checks", () => {
  it("rejects dates with a time of day", () => {
    expect(() => assessPromotion(kpInput({ asOf: new Date("2026-01-15T09:00:00Z") }))).toThrow(RangeError);
    expect(() => assessPromotion(kpInput({ rankTmt: new Date("2022-02-01T09:00:00Z") }))).toThrow(RangeError);
  });
});
