import { describe, expect, it } from "vitest";
import {
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  EDUCATION_RANK_RULES,
  educationOrder,
  isWithinRegularCap,
  meetsMinimumEducation,
  regularRankCap,
  startingRank,
  type EducationLevel,
} from "@/lib/domain/education";
import { rankByCode } from "@/lib/domain/ranks";

// domain.md "education (ijazah) | starting | highest by regular KP", one row per enum value.
const TABLE: [EducationLevel, string, string][] = [
  ["SD", "I/a", "II/a"],
  ["SMP", "I/c", "II/c"],
  ["SMP_KEJURUAN", "I/c", "II/d"],
  ["SMA", "II/a", "III/b"],
  ["SMK", "II/a", "III/b"],
  ["D1", "II/a", "III/b"],
  ["D2", "II/b", "III/b"],
  ["D3", "II/c", "III/c"],
  ["S1", "III/a", "III/d"],
  ["D4", "III/a", "III/d"],
  ["S2", "III/b", "IV/a"],
  ["DOKTER", "III/b", "IV/a"],
  ["APOTEKER", "III/b", "IV/a"],
  ["S3", "III/c", "IV/b"],
];

const idOf = (code: string) => {
  const rank = rankByCode(code);
  if (!rank) throw new Error(`unknown rank ${code}`);
  return rank.id;
};

describe("EDUCATION_RANK_RULES", () => {
  it("covers every education level", () => {
    expect(Object.keys(EDUCATION_RANK_RULES).sort()).toEqual(TABLE.map(([level]) => level).sort());
  });

  it.each(TABLE)("%s starts at %s and caps at %s", (level, start, cap) => {
    expect(EDUCATION_RANK_RULES[level]).toEqual({ startRankCode: start, regularCapRankCode: cap });
    expect(startingRank(level).code).toBe(start);
    expect(regularRankCap(level).code).toBe(cap);
  });

  it.each(TABLE)("%s: the cap is within, the rank above it is not", (level, start, cap) => {
    expect(isWithinRegularCap(idOf(start), level)).toBe(true);
    expect(isWithinRegularCap(idOf(cap), level)).toBe(true);
    expect(isWithinRegularCap(idOf(cap) + 1, level)).toBe(false);
  });

  it("S1 at III/d may not rise to IV/a by regular promotion", () => {
    expect(isWithinRegularCap(idOf("III/d"), "S1")).toBe(true);
    expect(isWithinRegularCap(idOf("IV/a"), "S1")).toBe(false);
  });
});

describe("EDUCATION_LEVELS", () => {
  it("lists every level once, lowest first", () => {
    expect(EDUCATION_LEVELS.map((row) => row.level)).toEqual([
      "SD",
      "SMP",
      "SMP_KEJURUAN",
      "SMA",
      "SMK",
      "D1",
      "D2",
      "D3",
      "D4",
      "S1",
      "S2",
      "DOKTER",
      "APOTEKER",
      "S3",
    ]);
  });

  it.each([
    ["SD", "SD"],
    ["SMP", "SMP / SLTP"],
    ["SMP_KEJURUAN", "SMP Kejuruan"],
    ["SMA", "SMA / SLTA"],
    ["SMK", "SMK"],
    ["D1", "D-I"],
    ["D2", "D-II"],
    ["D3", "D-III"],
    ["D4", "D-IV"],
    ["S1", "S1"],
    ["S2", "S2"],
    ["DOKTER", "Dokter"],
    ["APOTEKER", "Apoteker"],
    ["S3", "S3"],
  ] as const)("%s is labelled %s", (level, label) => {
    expect(EDUCATION_LABELS[level]).toBe(label);
  });

  it("never orders a level below one listed before it", () => {
    const orders = EDUCATION_LEVELS.map((row) => educationOrder(row.level));
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});

describe("meetsMinimumEducation", () => {
  it.each<[EducationLevel, EducationLevel, boolean]>([
    ["S1", "S1", true],
    ["S2", "S1", true],
    ["S1", "S2", false],
    ["D4", "S1", true],
    ["S1", "D4", true],
    ["D3", "S1", false],
    ["D3", "D4", false],
    ["D2", "D3", false],
    ["D1", "D2", false],
    ["D1", "SMA", true],
    ["SMA", "D1", false],
    ["SMK", "SMA", true],
    ["SMA", "SMK", true],
    ["SMP_KEJURUAN", "SMP", true],
    ["SMP", "SMP_KEJURUAN", true],
    ["SMP", "SMA", false],
    ["SD", "SMP", false],
    ["SMP", "SD", true],
    ["DOKTER", "S2", true],
    ["APOTEKER", "S2", true],
    ["S2", "DOKTER", true],
    ["DOKTER", "S1", true],
    ["DOKTER", "S3", false],
    ["S3", "S2", true],
    ["S3", "SD", true],
    ["SD", "S3", false],
  ])("%s meets a minimum of %s: %s", (actual, required, expected) => {
    expect(meetsMinimumEducation(actual, required)).toBe(expected);
  });
});
