import { describe, expect, it } from "vitest";
import { CORE_VALUE_COMPETENCIES, recommend, type RecommendInput } from "@/lib/domain/career/development";

// A small dictionary: the managerial and socio-cultural codes get ids 1..9, technical ones 50+.
const CODES = [
  "MNJ.INTEGRITAS",
  "MNJ.KERJA_SAMA",
  "MNJ.KOMUNIKASI",
  "MNJ.ORIENTASI_HASIL",
  "MNJ.PELAYANAN_PUBLIK",
  "MNJ.PENGEMBANGAN_DIRI",
  "MNJ.MENGELOLA_PERUBAHAN",
  "MNJ.PENGAMBILAN_KEPUTUSAN",
  "SOS.PEREKAT_BANGSA",
];
const codeToId = new Map(CODES.map((code, i) => [code, i + 1]));
const id = (code: string) => codeToId.get(code) ?? -1;
const TECH_ASN = 50;
const TECH_ANGGARAN = 51;

const input = (overrides: Partial<RecommendInput>): RecommendInput => ({
  belowValues: [],
  resultBelow: false,
  gaps: [],
  technicalCompetencyIds: [TECH_ASN, TECH_ANGGARAN],
  codeToId,
  trainings: [],
  ...overrides,
});

describe("recommend: what makes a training relevant", () => {
  it.each(Object.entries(CORE_VALUE_COMPETENCIES))("behaviour %s below expectation", (value, codes) => {
    const trainings = [
      ...codes.map((code, i) => ({ id: 10 + i, competencyIds: [id(code)] })),
      { id: 99, competencyIds: [id("MNJ.PENGAMBILAN_KEPUTUSAN")] },
    ];
    const result = recommend(input({ belowValues: [value as keyof typeof CORE_VALUE_COMPETENCIES], trainings }));
    expect(result.map((r) => r.trainingId)).toEqual(codes.map((_, i) => 10 + i));
    for (const row of result) expect(row.reasons).toEqual([{ kind: "BEHAVIOUR", value }]);
  });

  it("low Kompeten also points at the position's technical competencies", () => {
    const trainings = [{ id: 1, competencyIds: [TECH_ANGGARAN] }];
    expect(recommend(input({ belowValues: ["KOMPETEN"], trainings }))).toEqual([
      { trainingId: 1, reasons: [{ kind: "BEHAVIOUR", value: "KOMPETEN" }] },
    ]);
    expect(recommend(input({ belowValues: ["ADAPTIF"], trainings }))).toEqual([]);
  });

  it("results below expectation point at the technical competencies", () => {
    const trainings = [{ id: 1, competencyIds: [TECH_ASN] }, { id: 2, competencyIds: [77] }];
    expect(recommend(input({ resultBelow: true, trainings }))).toEqual([{ trainingId: 1, reasons: [{ kind: "RESULT" }] }]);
    expect(recommend(input({ resultBelow: false, trainings }))).toEqual([]);
  });

  it("a competency gap above zero points at that competency, per position", () => {
    const trainings = [{ id: 1, competencyIds: [TECH_ASN] }, { id: 2, competencyIds: [id("MNJ.KOMUNIKASI")] }];
    const gaps = [
      { competencyId: TECH_ASN, gap: 2, target: "CURRENT" as const },
      { competencyId: TECH_ASN, gap: 1, target: "TARGET" as const },
      { competencyId: id("MNJ.KOMUNIKASI"), gap: 0, target: "TARGET" as const },
    ];
    expect(recommend(input({ gaps, trainings }))).toEqual([
      {
        trainingId: 1,
        reasons: [
          { kind: "GAP", competencyId: TECH_ASN, gap: 2, target: "CURRENT" },
          { kind: "GAP", competencyId: TECH_ASN, gap: 1, target: "TARGET" },
        ],
      },
    ]);
  });

  it("a repeated gap row counts once, with its biggest gap", () => {
    const gaps = [
      { competencyId: TECH_ASN, gap: 1, target: "CURRENT" as const },
      { competencyId: TECH_ASN, gap: 3, target: "CURRENT" as const },
    ];
    const result = recommend(input({ gaps, trainings: [{ id: 1, competencyIds: [TECH_ASN] }] }));
    expect(result[0]?.reasons).toEqual([{ kind: "GAP", competencyId: TECH_ASN, gap: 3, target: "CURRENT" }]);
  });

  it("a dictionary without a mapped code, or nothing below expectation, suggests nothing", () => {
    const trainings = [{ id: 1, competencyIds: [id("MNJ.KERJA_SAMA")] }];
    expect(recommend(input({ belowValues: ["KOLABORATIF"], codeToId: new Map(), trainings }))).toEqual([]);
    expect(recommend(input({ trainings }))).toEqual([]);
  });
});

describe("recommend: order and limit", () => {
  it("most reasons first, then the biggest gap, then id", () => {
    const integritas = id("MNJ.INTEGRITAS");
    const trainings = [
      { id: 7, competencyIds: [TECH_ANGGARAN] }, // GAP 1
      { id: 3, competencyIds: [TECH_ASN] }, // RESULT + GAP 3
      { id: 5, competencyIds: [integritas, TECH_ASN] }, // AKUNTABEL + LOYAL + RESULT + GAP 3
      { id: 4, competencyIds: [TECH_ANGGARAN, 77] }, // GAP 1
      { id: 2, competencyIds: [id("MNJ.ORIENTASI_HASIL")] }, // AKUNTABEL
      { id: 1, competencyIds: [TECH_ASN, TECH_ANGGARAN] }, // RESULT + GAP 3 + GAP 1
    ];
    const result = recommend(
      input({
        belowValues: ["AKUNTABEL", "LOYAL"],
        resultBelow: true,
        technicalCompetencyIds: [TECH_ASN],
        gaps: [
          { competencyId: TECH_ANGGARAN, gap: 1, target: "TARGET" },
          { competencyId: TECH_ASN, gap: 3, target: "CURRENT" },
        ],
        trainings,
      }),
    );
    expect(result.map((r) => r.trainingId)).toEqual([5, 1, 3, 4, 7, 2]);
    expect(result[0]?.reasons).toEqual([
      { kind: "BEHAVIOUR", value: "AKUNTABEL" },
      { kind: "BEHAVIOUR", value: "LOYAL" },
      { kind: "RESULT" },
      { kind: "GAP", competencyId: TECH_ASN, gap: 3, target: "CURRENT" },
    ]);
  });

  it("at most 10, and a value named twice is one reason", () => {
    const trainings = Array.from({ length: 15 }, (_, i) => ({ id: 15 - i, competencyIds: [id("MNJ.KERJA_SAMA")] }));
    const result = recommend(input({ belowValues: ["KOLABORATIF", "KOLABORATIF"], trainings }));
    expect(result.map((r) => r.trainingId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result[0]?.reasons).toHaveLength(1);
  });
});
