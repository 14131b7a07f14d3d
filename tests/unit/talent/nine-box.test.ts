import { describe, expect, it } from "vitest";
import type { Predikat } from "@/lib/domain/predikat";
import {
  BOXES,
  DEFAULT_POTENTIAL_THRESHOLDS,
  FOLLOW_UP,
  TALENT_POOL_BOXES,
  boxCriteria,
  boxOf,
  boxPosition,
  followUp,
  isBox,
  isTalentPool,
  kinerjaLevel,
  nineBox,
  potentialLevel,
  type Box,
  type FollowUp,
  type KinerjaLevel,
  type PotentialLevel,
} from "@/lib/domain/talent/nine-box";
import talent from "@/messages/id/talent.json";

// domain.md "Talent management": rows kinerja (di atas, sesuai, di bawah), columns potensial (rendah, menengah, tinggi).
const GRID: [KinerjaLevel, PotentialLevel, Box][] = [
  ["DI_ATAS", "RENDAH", 4],
  ["DI_ATAS", "MENENGAH", 7],
  ["DI_ATAS", "TINGGI", 9],
  ["SESUAI", "RENDAH", 2],
  ["SESUAI", "MENENGAH", 5],
  ["SESUAI", "TINGGI", 8],
  ["DI_BAWAH", "RENDAH", 1],
  ["DI_BAWAH", "MENENGAH", 3],
  ["DI_BAWAH", "TINGGI", 6],
];

const PREDIKAT_KINERJA: [Predikat | null, KinerjaLevel | null][] = [
  ["SANGAT_BAIK", "DI_ATAS"],
  ["BAIK", "SESUAI"],
  ["BUTUH_PERBAIKAN", "DI_BAWAH"],
  ["KURANG", "DI_BAWAH"],
  ["SANGAT_KURANG", "DI_BAWAH"],
  [null, null],
];

const SCORE_POTENTIAL: [number | null, PotentialLevel | null][] = [
  [0, "RENDAH"],
  [59.99, "RENDAH"],
  [60, "MENENGAH"],
  [79.99, "MENENGAH"],
  [80, "TINGGI"],
  [100, "TINGGI"],
  [null, null],
];

describe("kinerjaLevel", () => {
  it.each(PREDIKAT_KINERJA)("predikat %s → %s", (predikat, level) => expect(kinerjaLevel(predikat)).toBe(level));
});

describe("potentialLevel", () => {
  it.each(SCORE_POTENTIAL)("score %s → %s with the default thresholds", (score, level) => expect(potentialLevel(score)).toBe(level));

  it("follows thresholds an agency sets instead of the defaults", () => {
    const agency = { menengah: 50, tinggi: 70 };
    expect(potentialLevel(49.99, agency)).toBe("RENDAH");
    expect(potentialLevel(50, agency)).toBe("MENENGAH");
    expect(potentialLevel(69.99, agency)).toBe("MENENGAH");
    expect(potentialLevel(70, agency)).toBe("TINGGI");
    expect(DEFAULT_POTENTIAL_THRESHOLDS).toEqual({ menengah: 60, tinggi: 80 });
  });
});

describe("nineBox", () => {
  it.each(GRID)("kinerja %s, potensial %s → box %i", (kinerja, potential, box) => {
    expect(nineBox(kinerja, potential)).toBe(box);
    expect(boxPosition(box)).toEqual({ kinerja, potential });
  });

  it("uses every box exactly once", () => {
    expect(GRID.map(([, , box]) => box).sort()).toEqual([...BOXES]);
  });
});

describe("boxOf", () => {
  // Every predikat × every score edge: the box is the table's cell, or null when either input is missing.
  const cases = PREDIKAT_KINERJA.flatMap(([predikat, kinerja]) =>
    SCORE_POTENTIAL.map(([score, potential]) => [predikat, score, kinerja && potential ? nineBox(kinerja, potential) : null] as const),
  );
  it.each(cases)("predikat %s, score %s → box %s", (predikat, score, box) => expect(boxOf(predikat, score)).toBe(box));

  it("places the edges of the talent pool right", () => {
    expect(boxOf("SANGAT_BAIK", 59.99)).toBe(4);
    expect(boxOf("SANGAT_BAIK", 60)).toBe(7);
    expect(boxOf("BAIK", 79.99)).toBe(5);
    expect(boxOf("BAIK", 80)).toBe(8);
    expect(boxOf("BUTUH_PERBAIKAN", 100)).toBe(6);
  });
});

describe("boxCriteria", () => {
  it.each(BOXES.map((box) => [box]))("box %i selects exactly the predikat/score pairs boxOf puts there", (box) => {
    const { predikats, range } = boxCriteria(box);
    for (const [predikat] of PREDIKAT_KINERJA) {
      for (const [score] of SCORE_POTENTIAL) {
        if (predikat === null || score === null) continue;
        const inRange = (range.min === null || score >= range.min) && (range.max === null || score < range.max);
        expect(predikats.includes(predikat) && inRange, `${predikat} ${score}`).toBe(boxOf(predikat, score) === box);
      }
    }
  });
});

describe("talent pool and follow-up", () => {
  it("pools boxes 7, 8 and 9 only", () => {
    expect([...TALENT_POOL_BOXES]).toEqual([7, 8, 9]);
    expect(BOXES.filter((box) => isTalentPool(box))).toEqual([7, 8, 9]);
    expect(isTalentPool(null)).toBe(false);
  });

  const FOLLOW: [Box, FollowUp][] = [
    [9, "PROMOTE_RETAIN_SUCCESSION"],
    [8, "RETAIN_ROTATE_DEVELOP"],
    [7, "RETAIN_ROTATE_DEVELOP"],
    [6, "PLACEMENT_COACHING"],
    [5, "PLACEMENT_COACHING"],
    [3, "PLACEMENT_COACHING"],
    [2, "PLACEMENT_COACHING"],
    [4, "ROTATION"],
    [1, "BY_RULES"],
  ];
  it.each(FOLLOW)("box %i → %s, with an Indonesian text", (box, code) => {
    expect(followUp(box)).toBe(code);
    expect(talent.followUp[code]).toMatch(/\S/);
  });

  it("covers every box", () => expect(Object.keys(FOLLOW_UP).map(Number).sort()).toEqual([...BOXES]));

  it("recognises box numbers", () => {
    expect([0, 1, 9, 10, 4.5].map(isBox)).toEqual([false, true, true, false, false]);
  });
});
