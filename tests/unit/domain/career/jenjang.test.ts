import { describe, expect, it } from "vitest";
import { CREDIT_TABLE } from "@/lib/domain/appraisal/credit";
import { FUNCTIONAL_LEVELS, functionalCategory, type FunctionalLevel } from "@/lib/domain/positions";
import {
  FUNCTIONAL_LADDERS,
  assessNextLevel,
  isWithinJenjang,
  jenjangRankIds,
  nextFunctionalLevel,
} from "@/lib/domain/career/jenjang";
import { d, rankId } from "./fixtures";

const NEXT: [FunctionalLevel, FunctionalLevel | null][] = [
  ["AHLI_PERTAMA", "AHLI_MUDA"],
  ["AHLI_MUDA", "AHLI_MADYA"],
  ["AHLI_MADYA", "AHLI_UTAMA"],
  ["AHLI_UTAMA", null],
  ["PEMULA", "TERAMPIL"],
  ["TERAMPIL", "MAHIR"],
  ["MAHIR", "PENYELIA"],
  ["PENYELIA", null],
];

describe("nextFunctionalLevel", () => {
  it.each(NEXT)("%s -> %s", (level, next) => {
    expect(nextFunctionalLevel(level)).toBe(next);
    if (next !== null) expect(functionalCategory(next)).toBe(functionalCategory(level));
  });

  it("covers every jenjang, and the ladders list them in order", () => {
    expect(NEXT.map(([level]) => level).sort()).toEqual(FUNCTIONAL_LEVELS.map((row) => row.level).sort());
    expect(FUNCTIONAL_LADDERS).toEqual({
      KEAHLIAN: ["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA"],
      KETERAMPILAN: ["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"],
    });
  });
});

describe("jenjang pangkat range", () => {
  it.each<[FunctionalLevel, string, string]>([
    ["AHLI_PERTAMA", "III/a", "III/b"],
    ["AHLI_MUDA", "III/c", "III/d"],
    ["AHLI_MADYA", "IV/a", "IV/c"],
    ["AHLI_UTAMA", "IV/d", "IV/e"],
    ["PEMULA", "II/a", "II/a"],
    ["TERAMPIL", "II/b", "II/d"],
    ["MAHIR", "III/a", "III/b"],
    ["PENYELIA", "III/c", "III/d"],
  ])("%s spans %s .. %s", (level, min, max) => {
    expect(jenjangRankIds(level)).toEqual({ minRankId: rankId(min), maxRankId: rankId(max) });
    expect(isWithinJenjang(rankId(min), level)).toBe(true);
    expect(isWithinJenjang(rankId(max), level)).toBe(true);
    expect(isWithinJenjang(rankId(min) - 1, level)).toBe(false);
    expect(isWithinJenjang(rankId(max) + 1, level)).toBe(false);
  });
});

describe("assessNextLevel (credit for the next jenjang, uji kompetensi, formation)", () => {
  const ROWS: [FunctionalLevel, number][] = [
    ["AHLI_PERTAMA", 100],
    ["AHLI_MUDA", 200],
    ["AHLI_MADYA", 450],
    ["PEMULA", 15],
    ["TERAMPIL", 60],
    ["MAHIR", 100],
  ];

  it.each(ROWS)("%s needs %d credit", (level, required) => {
    expect(CREDIT_TABLE[level].forNextLevel).toBe(required);
    const input = { level, creditInLevel: required, competencyTestPassedOn: d("2025-11-03"), vacancy: true };
    expect(assessNextLevel(input)).toEqual({
      next: nextFunctionalLevel(level),
      conditions: [
        { code: "CREDIT", met: true, detail: { credit: required, required } },
        { code: "COMPETENCY_TEST", met: true, detail: { passedOn: "2025-11-03" } },
        { code: "VACANCY", met: true, detail: { level: nextFunctionalLevel(level) } },
      ],
    });
    const short = assessNextLevel({ ...input, creditInLevel: required - 0.001 });
    expect(short.conditions[0]).toMatchObject({ code: "CREDIT", met: false });
  });

  it.each<FunctionalLevel>(["AHLI_UTAMA", "PENYELIA"])("%s is the top: no next jenjang, nothing to check", (level) => {
    expect(assessNextLevel({ level, creditInLevel: 999, competencyTestPassedOn: null, vacancy: true })).toEqual({
      next: null,
      conditions: [],
    });
  });

  it("no recorded test pass is not met; an unknown formation is unknown (null)", () => {
    const result = assessNextLevel({
      level: "AHLI_MUDA",
      creditInLevel: 0,
      competencyTestPassedOn: null,
      vacancy: null,
    });
    expect(result.conditions.map((c) => [c.code, c.met])).toEqual([
      ["CREDIT", false],
      ["COMPETENCY_TEST", false],
      ["VACANCY", null],
    ]);
    const noVacancy = assessNextLevel({ level: "AHLI_MUDA", creditInLevel: 0, competencyTestPassedOn: null, vacancy: false });
    expect(noVacancy.conditions[2]).toMatchObject({ code: "VACANCY", met: false });
  });
});
