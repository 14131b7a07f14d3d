import { describe, expect, it } from "vitest";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { isAtLeastBaik, worstPredikatByYear } from "@/lib/domain/career/kp-performance";

describe("isAtLeastBaik", () => {
  it.each<[Predikat | null | undefined, boolean]>([
    ["SANGAT_BAIK", true],
    ["BAIK", true],
    ["BUTUH_PERBAIKAN", false],
    ["KURANG", false],
    ["SANGAT_KURANG", false],
    [null, false],
    [undefined, false],
  ])("%s: %s", (predikat, good) => {
    expect(isAtLeastBaik(predikat)).toBe(good);
  });
});

describe("worstPredikatByYear", () => {
  it("keeps the worse of two SKPs in a year, whatever their order", () => {
    for (const a of PREDIKATS) {
      for (const b of PREDIKATS) {
        const worse = PREDIKATS.indexOf(a) > PREDIKATS.indexOf(b) ? a : b;
        const rows = [
          { year: 2024, predikat: a },
          { year: 2025, predikat: "BAIK" as const },
          { year: 2024, predikat: b },
        ];
        expect(worstPredikatByYear(rows).get(2024)).toBe(worse);
        expect(worstPredikatByYear([...rows].reverse()).get(2024)).toBe(worse);
      }
    }
  });

  it("leaves a year without an SKP out", () => {
    const byYear = worstPredikatByYear([{ year: 2024, predikat: "BAIK" }]);
    expect(byYear.has(2023)).toBe(false);
    expect([...byYear.keys()]).toEqual([2024]);
  });
});
