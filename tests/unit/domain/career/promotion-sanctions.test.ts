import { describe, expect, it } from "vitest";
import { assessPromotion, type KpAssessment, type KpInput } from "@/lib/domain/career/promotion";
import { d, iso } from "./fixtures";
import { baikFrom, kpInput } from "./promotion-fixture";

type Sanction = KpInput["sanctions"][number];
const blocking = (start: string, end: string | null): Sanction => ({
  startDate: d(start),
  endDate: end === null ? null : d(end),
  blocksPromotion: true,
});

const noSanction = (result: KpAssessment) => {
  const found = result.conditions.find((c) => c.code === "NO_SANCTION");
  if (!found) throw new Error("no NO_SANCTION");
  return found;
};

// The base person is otherwise due on 1 Feb 2026 (screened 15 Jan 2026).
describe("assessPromotion: NO_SANCTION", () => {
  it.each<[string, Sanction[], boolean, string | null, string | null, number]>([
    ["none", [], true, null, "2026-02-01", 0],
    ["one that ended long ago", [blocking("2019-01-01", "2020-12-31")], true, "2021-01-01", "2026-02-01", 0],
    ["one that ended the day before the period", [blocking("2025-02-01", "2026-01-31")], true, "2026-02-01", "2026-02-01", 0],
    // The end day is still served: a sanction ending on the period date blocks that period.
    ["one that ends on the period date", [blocking("2025-02-01", "2026-02-01")], false, "2026-02-02", "2026-03-01", 1],
    ["one that runs until May", [blocking("2025-06-01", "2026-05-31")], false, "2026-06-01", "2026-06-01", 1],
    ["one that starts on the period date", [blocking("2026-02-01", "2026-07-31")], false, "2026-08-01", "2026-08-01", 1],
    ["an open-ended one", [blocking("2025-06-01", null)], false, null, null, 1],
    [
      "overlapping ones: clear after the last",
      [blocking("2025-01-01", "2026-03-31"), blocking("2026-03-15", "2026-08-31")],
      false,
      "2026-09-01",
      "2026-09-01",
      1,
    ],
    [
      "adjoining ones: clear after the second",
      [blocking("2025-01-01", "2026-03-31"), blocking("2026-04-01", "2026-04-30")],
      false,
      "2026-05-01",
      "2026-05-01",
      1,
    ],
    [
      "a running one followed later by an open-ended one",
      [blocking("2025-01-01", "2026-03-31"), blocking("2026-04-01", null)],
      false,
      null,
      null,
      1,
    ],
  ])("%s", (_, sanctions, met, metOn, eligibleOn, active) => {
    const result = assessPromotion(kpInput({ sanctions, predikats: baikFrom(2024, 2026) }));
    expect(noSanction(result)).toMatchObject({ met, detail: { active } });
    expect(iso(noSanction(result).metOn)).toBe(metOn);
    expect(iso(result.eligibleOn)).toBe(eligibleOn);
    expect(result.eligibleNow).toBe(eligibleOn === "2026-02-01");
  });

  it("a sanction that does not block (e.g. ringan) is ignored however long it runs", () => {
    const sanctions = [{ startDate: d("2025-01-01"), endDate: null, blocksPromotion: false }];
    const result = assessPromotion(kpInput({ sanctions }));
    expect(noSanction(result)).toMatchObject({ met: true, metOn: null, detail: { active: 0 } });
    expect(result.eligibleNow).toBe(true);
  });

  it("a sanction starting after the coming period does not block it, but blocks the periods it covers", () => {
    const sanctions = [blocking("2026-03-01", "2026-12-31")];
    expect(assessPromotion(kpInput({ sanctions })).eligibleNow).toBe(true);
    // Due only from mid-April: the next period the sanction leaves free is 1 Jan 2027.
    const later = kpInput({ sanctions, rankTmt: d("2022-04-15"), predikats: baikFrom(2024, 2026) });
    expect(iso(assessPromotion(later).eligibleOn)).toBe("2027-01-01");
  });

  it("in the six-period era a sanction ending on 1 April moves the KP to 1 June", () => {
    const input = kpInput({
      rankTmt: d("2019-01-01"),
      asOf: d("2024-03-01"),
      predikats: baikFrom(2022, 2023),
      sanctions: [blocking("2023-04-01", "2024-04-01")],
    });
    const result = assessPromotion(input);
    expect(iso(result.period)).toBe("2024-04-01");
    expect(iso(result.eligibleOn)).toBe("2024-06-01");
  });
});
