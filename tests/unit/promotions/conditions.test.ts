// The stored form of a screened person's KP conditions (lib/promotions/conditions.ts): whatever the
// screening computed reads back the same, on every route and every stop, from the short form the
// screening writes and from the keyed form older rounds hold.
import { describe, expect, it } from "vitest";
import { assessPromotion, type KpCondition, type KpConditionCode, type KpInput } from "@/lib/domain/career/promotion";
import { readConditions, storeConditions } from "@/lib/promotions/conditions";
import { d, rankId } from "../domain/career/fixtures";
import { kpInput } from "../domain/career/promotion-fixture";

const roundTrip = (conditions: readonly KpCondition[]) => readConditions(JSON.parse(storeConditions(conditions)));

/** One person per condition the rule can report: every route, every stop, met and unmet. */
const PEOPLE: Record<string, Partial<KpInput>> = {
  "regular, due": {},
  "regular, too soon, low predikat, at the cap": { rankTmt: d("2024-02-01"), educationLevel: "SMA", rankId: rankId("III/a"), predikats: [{ year: 2025, predikat: "KURANG" }] },
  "regular, under a running sanction": { sanctions: [{ startDate: d("2025-09-01"), endDate: d("2026-08-31"), blocksPromotion: true }] },
  "regular, a sanction that ended": { sanctions: [{ startDate: d("2024-01-01"), endDate: d("2024-12-31"), blocksPromotion: true }] },
  "functional, short of credit": { positionType: "FUNGSIONAL", functionalLevel: "AHLI_MUDA", rankId: rankId("III/c"), creditInRank: 12.345 },
  "functional without a jenjang": { positionType: "FUNGSIONAL", functionalLevel: null },
  PPPK: { status: "PPPK", rankId: null, rankTmt: null },
  "pangkat unknown": { rankId: null },
  "top pangkat": { rankId: rankId("IV/e") },
};

describe("storeConditions / readConditions", () => {
  it.each(Object.entries(PEOPLE))("%s: every condition reads back as the screening computed it", (_, overrides) => {
    const { conditions } = assessPromotion(kpInput(overrides));
    expect(roundTrip(conditions)).toEqual(conditions);
  });

  it("covers every condition code", () => {
    const codes = new Set(Object.values(PEOPLE).flatMap((overrides) => assessPromotion(kpInput(overrides)).conditions.map((c) => c.code)));
    const all: KpConditionCode[] = ["NOT_PNS", "RANK_UNKNOWN", "TOP_RANK", "YEARS_IN_RANK", "PERFORMANCE", "EDUCATION_CAP", "JENJANG_RANGE", "CREDIT", "NO_SANCTION"];
    expect([...codes].sort()).toEqual([...all].sort());
  });

  it("stores each condition as [code, met, metOn, …detail] and the same conditions as the same text", () => {
    const { conditions } = assessPromotion(kpInput());
    expect(JSON.parse(storeConditions(conditions))[0]).toEqual(["YEARS_IN_RANK", true, "2026-02-01", 4, "2022-02-01"]);
    // A re-screen compares the stored text to skip unchanged rows: equal results must give equal text.
    expect(storeConditions(assessPromotion(kpInput()).conditions)).toBe(storeConditions(conditions));
  });

  it("keeps a condition whose detail has another shape whole, in the keyed form", () => {
    const odd: KpCondition = { code: "NO_SANCTION", met: false, metOn: d("2027-01-01"), detail: { active: 1, reason: "SEDANG" } };
    expect(JSON.parse(storeConditions([odd]))).toEqual([{ code: "NO_SANCTION", met: false, metOn: "2027-01-01", detail: { active: 1, reason: "SEDANG" } }]);
    expect(roundTrip([odd])).toEqual([odd]);
  });

  it("reads the keyed form rounds screened before the short one hold, and nothing from a non-list", () => {
    const keyed = [
      { code: "YEARS_IN_RANK", met: true, metOn: "2026-02-01", detail: { requiredYears: 4, rankTmt: "2022-02-01" } },
      { code: "EDUCATION_CAP", met: false, metOn: null, detail: { education: "SMA", capRankId: 8, nextRankId: 9 } },
    ];
    expect(readConditions(keyed)).toEqual([
      { code: "YEARS_IN_RANK", met: true, metOn: d("2026-02-01"), detail: { requiredYears: 4, rankTmt: "2022-02-01" } },
      { code: "EDUCATION_CAP", met: false, metOn: null, detail: { education: "SMA", capRankId: 8, nextRankId: 9 } },
    ]);
    expect(readConditions(null)).toEqual([]);
    expect(readConditions({ code: "TOP_RANK" })).toEqual([]);
  });
});
