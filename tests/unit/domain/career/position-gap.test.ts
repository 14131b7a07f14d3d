import { describe, expect, it } from "vitest";
import type { EducationLevel } from "@/lib/domain/education";
import { positionGap, type GapPerson, type GapTarget } from "@/lib/domain/career/position-gap";
import { rankId } from "./fixtures";

const person = (overrides: Partial<GapPerson> = {}): GapPerson => ({
  status: "PNS",
  rankId: rankId("III/c"),
  educationLevel: "S1",
  competencies: new Map(),
  ...overrides,
});
const target = (overrides: Partial<GapTarget> = {}): GapTarget => ({
  minRankId: null,
  minEducation: null,
  competencies: [],
  ...overrides,
});

describe("positionGap: pangkat", () => {
  it.each<[string, GapPerson["status"], number | null, number | null, boolean, number | null]>([
    ["PNS above the minimum", "PNS", rankId("III/d"), rankId("III/c"), true, rankId("III/d")],
    ["PNS at the minimum", "PNS", rankId("III/c"), rankId("III/c"), true, rankId("III/c")],
    ["PNS below the minimum", "PNS", rankId("III/b"), rankId("III/c"), false, rankId("III/b")],
    ["PNS without a recorded pangkat", "PNS", null, rankId("III/c"), false, null],
    ["PPPK, a minimum pangkat", "PPPK", null, rankId("II/a"), false, null],
    ["PPPK, even with a stray rank id", "PPPK", rankId("IV/a"), rankId("II/a"), false, null],
    ["PPPK, no minimum", "PPPK", null, null, true, null],
    ["PNS, no minimum", "PNS", rankId("I/a"), null, true, rankId("I/a")],
  ])("%s", (_, status, actual, required, met, shownActual) => {
    const gap = positionGap({ person: person({ status, rankId: actual }), target: target({ minRankId: required }) });
    expect(gap.rank).toEqual({ met, required, actual: shownActual });
    expect(gap.met).toBe(met);
  });
});

describe("positionGap: education (by level, lib/domain/education.ts)", () => {
  it.each<[EducationLevel, EducationLevel | null, boolean]>([
    ["S1", "S1", true],
    ["D4", "S1", true],
    ["S1", "D4", true],
    ["S2", "S1", true],
    ["D3", "S1", false],
    ["S1", "S2", false],
    ["DOKTER", "S2", true],
    ["S2", "APOTEKER", true],
    ["SMK", "SMA", true],
    ["SMP_KEJURUAN", "SMA", false],
    ["SD", null, true],
    ["S3", "S3", true],
  ])("%s against a minimum of %s: %s", (actual, required, met) => {
    const gap = positionGap({ person: person({ educationLevel: actual }), target: target({ minEducation: required }) });
    expect(gap.education).toEqual({ met, required, actual });
  });
});

describe("positionGap: competencies", () => {
  it("gap = required - assessed, never negative; unassessed = the whole requirement", () => {
    const gap = positionGap({
      person: person({ competencies: new Map([[1, 4], [2, 2], [3, 3]]) }),
      target: target({
        competencies: [
          { competencyId: 1, requiredLevel: 3 },
          { competencyId: 2, requiredLevel: 4 },
          { competencyId: 3, requiredLevel: 3 },
          { competencyId: 4, requiredLevel: 2 },
        ],
      }),
    });
    expect(gap.competencies).toEqual([
      { competencyId: 1, required: 3, actual: 4, gap: 0 },
      { competencyId: 2, required: 4, actual: 2, gap: 2 },
      { competencyId: 3, required: 3, actual: 3, gap: 0 },
      { competencyId: 4, required: 2, actual: null, gap: 2 },
    ]);
    expect(gap.met).toBe(false);
  });

  it("met only when pangkat, education and every competency are", () => {
    const full = {
      person: person({ competencies: new Map([[1, 3]]) }),
      target: target({ minRankId: rankId("III/c"), minEducation: "S1", competencies: [{ competencyId: 1, requiredLevel: 3 }] }),
    };
    expect(positionGap(full).met).toBe(true);
    expect(positionGap({ ...full, person: { ...full.person, competencies: new Map() } }).met).toBe(false);
    expect(positionGap({ ...full, person: { ...full.person, educationLevel: "D3" } }).met).toBe(false);
    expect(positionGap({ ...full, person: { ...full.person, rankId: rankId("III/b") } }).met).toBe(false);
  });

  it("a position without requirements is met by anyone, PPPK included", () => {
    const gap = positionGap({ person: person({ status: "PPPK", rankId: null, educationLevel: "SD" }), target: target() });
    expect(gap).toEqual({
      rank: { met: true, required: null, actual: null },
      education: { met: true, required: null, actual: "SD" },
      competencies: [],
      met: true,
    });
  });
});
