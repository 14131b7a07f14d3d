import { describe, expect, it } from "vitest";
import type { Predikat } from "@/lib/domain/predikat";
import { LEGACY_BANDS, legacyPredikat, legacyScore } from "@/lib/domain/appraisal/legacy";

describe("LEGACY_BANDS (PP 30/2019)", () => {
  it("maps the old names onto predikat, best first", () => {
    expect(LEGACY_BANDS.map((b) => [b.legacyLabel, b.predikat, b.minScore, b.needsInnovation])).toEqual([
      ["Sangat Baik", "SANGAT_BAIK", 110, true],
      ["Baik", "BAIK", 90, false],
      ["Cukup", "BUTUH_PERBAIKAN", 70, false],
      ["Kurang", "KURANG", 50, false],
      ["Sangat Kurang", "SANGAT_KURANG", 0, false],
    ]);
  });
});

describe("legacyPredikat", () => {
  it.each<[number, boolean, Predikat]>([
    // Sangat Baik 110-120 with an innovation; without one, Baik
    [120, true, "SANGAT_BAIK"],
    [110, true, "SANGAT_BAIK"],
    [120, false, "BAIK"],
    [110, false, "BAIK"],
    [109.99, true, "BAIK"],
    // Baik 90-120
    [100, false, "BAIK"],
    [90, false, "BAIK"],
    [90, true, "BAIK"],
    // Cukup 70-<90
    [89.99, false, "BUTUH_PERBAIKAN"],
    [80, true, "BUTUH_PERBAIKAN"],
    [70, false, "BUTUH_PERBAIKAN"],
    // Kurang 50-<70
    [69.99, false, "KURANG"],
    [50, false, "KURANG"],
    // Sangat Kurang <50
    [49.99, false, "SANGAT_KURANG"],
    [0, true, "SANGAT_KURANG"],
  ])("%d (innovation %s) -> %s", (score, innovation, predikat) => {
    expect(legacyPredikat(score, innovation)).toBe(predikat);
  });

  it.each([120.01, -0.01, Number.NaN, Number.POSITIVE_INFINITY])("rejects %s", (score) => {
    expect(() => legacyPredikat(score, false)).toThrow(RangeError);
  });
});

describe("legacyScore (70/30, or 60/40 with peer input)", () => {
  it.each<[number, number, boolean, number]>([
    [100, 100, false, 100],
    [100, 80, false, 94],
    [100, 80, true, 92],
    [110, 90, false, 104],
    [90, 95, true, 92],
    [120, 120, true, 120],
    [0, 0, false, 0],
    [76.5, 88.25, false, 80.03], // 80.025 rounds half up
    [76.5, 88.25, true, 81.2],
    [80, 80.75, false, 80.23], // 80.225: naive floating point gives 80.22
    [85.45, 0, false, 59.82], // 59.815
    [0, 120, false, 36],
  ])("SKP %d, perilaku %d, peers %s -> %d", (skp, behaviour, peers, score) => {
    expect(legacyScore(skp, behaviour, peers)).toBe(score);
  });

  it.each<[number, number]>([
    [121, 80],
    [80, -1],
    [Number.NaN, 80],
  ])("rejects SKP %d with perilaku %d", (skp, behaviour) => {
    expect(() => legacyScore(skp, behaviour, false)).toThrow(RangeError);
  });

  it("feeds legacyPredikat: SKP 100 and perilaku 80 make a Baik year", () => {
    expect(legacyPredikat(legacyScore(100, 80, false), false)).toBe("BAIK");
  });
});
