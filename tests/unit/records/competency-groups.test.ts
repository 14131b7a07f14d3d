import { describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/domain/dates";
import { groupAssessments, latestLevels, type AssessmentRow, type CompetencyRef } from "@/lib/records/competency-groups";

const integrity: CompetencyRef = { id: 1, code: "MNJ.INTEGRITAS", name: "Integritas", kind: "MANAJERIAL", maxLevel: 5 };
const teamwork: CompetencyRef = { id: 2, code: "MNJ.KERJA_SAMA", name: "Kerja Sama", kind: "MANAJERIAL", maxLevel: 5 };
const nation: CompetencyRef = { id: 3, code: "SOS.PEREKAT_BANGSA", name: "Perekat Bangsa", kind: "SOSIAL_KULTURAL", maxLevel: 5 };
const analysis: CompetencyRef = { id: 4, code: "TKS.ANJAB", name: "Analisis Jabatan", kind: "TEKNIS", maxLevel: 4 };

const row = (id: number, competency: CompetencyRef, level: number, date: Date): AssessmentRow => ({ id, level, assessedOn: date, source: "Assessment Center BKD", notes: null, competency });

describe("groupAssessments", () => {
  const rows = [
    row(10, integrity, 2, dateOnly(2022, 5, 1)),
    row(11, integrity, 3, dateOnly(2024, 5, 1)),
    row(12, integrity, 4, dateOnly(2023, 5, 1)),
    row(13, analysis, 2, dateOnly(2024, 1, 1)),
    // Same day as 13 but entered later: the later entry is the latest.
    row(14, analysis, 3, dateOnly(2024, 1, 1)),
  ];
  const groups = groupAssessments(rows, [
    { competency: teamwork, requiredLevel: 3 },
    { competency: integrity, requiredLevel: 4 },
  ]);

  it("orders kinds manajerial, sosial kultural, teknis and leaves out kinds with nothing to show", () => {
    expect(groups.map((g) => g.kind)).toEqual(["MANAJERIAL", "TEKNIS"]);
    expect(groups[0]!.lines.map((l) => l.competency.code)).toEqual(["MNJ.INTEGRITAS", "MNJ.KERJA_SAMA"]);
  });

  it("puts the newest result first (by date, then by entry) with the rest newest first below it", () => {
    const integrityLine = groups[0]!.lines[0]!;
    expect(integrityLine.latest?.id).toBe(11);
    expect(integrityLine.history.map((e) => e.id)).toEqual([12, 10]);
    expect(integrityLine.requiredLevel).toBe(4);
    expect(groups[1]!.lines[0]).toMatchObject({ latest: { id: 14, level: 3 }, history: [{ id: 13 }], requiredLevel: null });
  });

  it("lists a competency the standard requires but nobody assessed, without a result", () => {
    expect(groups[0]!.lines[1]).toMatchObject({ competency: { id: teamwork.id }, requiredLevel: 3, latest: null, history: [] });
  });

  it("is empty without results and without a standard", () => {
    expect(groupAssessments([], [])).toEqual([]);
    expect(groupAssessments([row(1, nation, 2, dateOnly(2020, 1, 1))], [])[0]).toMatchObject({ kind: "SOSIAL_KULTURAL" });
  });
});

describe("latestLevels", () => {
  it("maps each competency to its newest level", () => {
    const levels = latestLevels([
      { id: 1, competencyId: 7, level: 2, assessedOn: dateOnly(2021, 1, 1) },
      { id: 2, competencyId: 7, level: 4, assessedOn: dateOnly(2025, 1, 1) },
      { id: 3, competencyId: 7, level: 3, assessedOn: dateOnly(2023, 1, 1) },
      { id: 4, competencyId: 8, level: 1, assessedOn: dateOnly(2023, 1, 1) },
    ]);
    expect([...levels.entries()].sort()).toEqual([
      [7, 4],
      [8, 1],
    ]);
  });
});
