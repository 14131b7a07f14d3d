import { describe, expect, it } from "vitest";
import {
  competencyComponent,
  compareRanked,
  DEFAULT_MERIT_WEIGHTS,
  educationComponent,
  MERIT_KEYS,
  meritScore,
  performanceComponent,
  poolFloor,
  PREDIKAT_MERIT_VALUE,
  rankComponent,
  talentComponent,
  trainingComponent,
  weightsProblems,
  type MeritPerson,
  type MeritPosition,
  type MeritWeights,
} from "@/lib/domain/talent/merit";
import { meritDetail } from "@/lib/placements/merit-text";

const person: MeritPerson = {
  status: "PNS",
  rankId: 11,
  educationLevel: "S1",
  competencies: new Map([
    [1, 3],
    [2, 4],
  ]),
  latestPredikat: { year: 2025, predikat: "SANGAT_BAIK" },
  potentialScore: 85,
  box: 9,
  trainingJp: 20,
};
const position: MeritPosition = {
  minRankId: 11,
  minEducation: "S1",
  competencies: [
    { competencyId: 1, requiredLevel: 3 },
    { competencyId: 2, requiredLevel: 4 },
  ],
};

describe("pangkat component", () => {
  it.each([
    [null, 5, 1, "NO_REQUIREMENT"],
    [11, 11, 1, "MEETS"],
    [11, 14, 1, "MEETS"],
    [11, 10, 0.5, "ONE_BELOW"],
    [11, 9, 0, "FAR_BELOW"],
    [11, 1, 0, "FAR_BELOW"],
  ] as const)("minimum %s, pangkat %s → %s (%s)", (min, rankId, value, code) => {
    const result = rankComponent({ status: "PNS", rankId }, min);
    expect(result.value).toBe(value);
    expect(result.facts.code).toBe(code);
  });

  it("a PPPK has no pangkat: 0 when a minimum applies, 1 when none does", () => {
    expect(rankComponent({ status: "PPPK", rankId: 11 }, 11)).toMatchObject({ value: 0, facts: { code: "NO_RANK" } });
    expect(rankComponent({ status: "PPPK", rankId: null }, null)).toMatchObject({ value: 1, facts: { code: "NO_REQUIREMENT" } });
  });
});

describe("education component", () => {
  it.each([
    ["S1", null, 1, "NO_REQUIREMENT"],
    ["S1", "S1", 1, "MEETS"],
    ["D4", "S1", 1, "MEETS"],
    ["S2", "S1", 1, "MEETS"],
    ["D3", "S1", 0, "BELOW"],
    ["S1", "S2", 0, "BELOW"],
    ["DOKTER", "S2", 1, "MEETS"],
  ] as const)("%s against minimum %s → %s", (education, min, value, code) => {
    expect(educationComponent(education, min)).toMatchObject({ value, facts: { code } });
  });
});

describe("competency component", () => {
  const standard = [
    { competencyId: 1, requiredLevel: 4 },
    { competencyId: 2, requiredLevel: 2 },
  ];
  it("is the mean of min(1, assessed / required)", () => {
    expect(competencyComponent(new Map([[1, 2], [2, 2]]), standard).value).toBeCloseTo((0.5 + 1) / 2);
  });
  it("caps a level above the requirement at 1", () => {
    expect(competencyComponent(new Map([[1, 5], [2, 5]]), standard).value).toBe(1);
  });
  it("counts an unassessed competency as 0 and reports how many were assessed", () => {
    const result = competencyComponent(new Map([[2, 2]]), standard);
    expect(result.value).toBe(0.5);
    expect(result.facts).toMatchObject({ code: "SCORED", assessed: 1, total: 2 });
    expect(result.facts.lines[0]).toEqual({ competencyId: 1, required: 4, actual: null });
  });
  it("ignores assessed competencies outside the standard", () => {
    expect(competencyComponent(new Map([[99, 5]]), standard).value).toBe(0);
  });
  it("gives everyone 1 when the position has no standard", () => {
    expect(competencyComponent(new Map(), [])).toMatchObject({ value: 1, facts: { code: "NO_STANDARD" } });
  });
});

describe("performance component", () => {
  it.each(Object.entries(PREDIKAT_MERIT_VALUE))("%s → %s", (predikat, value) => {
    expect(performanceComponent({ year: 2025, predikat: predikat as keyof typeof PREDIKAT_MERIT_VALUE }).value).toBe(value);
  });
  it("is the table from the brief", () => {
    expect(PREDIKAT_MERIT_VALUE).toEqual({ SANGAT_BAIK: 1, BAIK: 0.75, BUTUH_PERBAIKAN: 0.4, KURANG: 0.2, SANGAT_KURANG: 0 });
  });
  it("is 0 without any predikat", () => {
    expect(performanceComponent(null)).toMatchObject({ value: 0, facts: { code: "NONE" } });
  });
});

describe("talent component", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9])("box %s → box / 9", (box) => {
    expect(talentComponent({ box, latestPredikat: null, potentialScore: null }).value).toBeCloseTo(box / 9);
  });
  it("is 0 without a box, or with a value that is not a box", () => {
    for (const box of [null, 0, 10, 2.5]) expect(talentComponent({ box, latestPredikat: null, potentialScore: 50 })).toMatchObject({ value: 0, facts: { code: "NO_BOX" } });
  });
});

describe("training component", () => {
  it.each([
    [0, 0],
    [10, 0.5],
    [20, 1],
    [45, 1],
    [-3, 0],
    [Number.NaN, 0],
  ])("%s JP → %s", (hours, value) => {
    expect(trainingComponent(hours).value).toBe(value);
  });
});

describe("weights", () => {
  it("accepts the defaults, which sum to 100", () => {
    expect(DEFAULT_MERIT_WEIGHTS).toEqual({ rank: 15, education: 10, competency: 30, performance: 25, talent: 10, training: 10 });
    expect(weightsProblems(DEFAULT_MERIT_WEIGHTS)).toEqual([]);
  });
  it("refuses a sum other than 100", () => {
    expect(weightsProblems({ ...DEFAULT_MERIT_WEIGHTS, rank: 16 })).toEqual([{ key: "total", code: "SUM" }]);
    expect(weightsProblems({ ...DEFAULT_MERIT_WEIGHTS, rank: 14 })).toEqual([{ key: "total", code: "SUM" }]);
  });
  it("refuses a weight outside 0..100 or not a whole percent", () => {
    expect(weightsProblems({ ...DEFAULT_MERIT_WEIGHTS, rank: -5, education: 30 })).toEqual([{ key: "rank", code: "RANGE" }]);
    expect(weightsProblems({ rank: 101, education: 0, competency: 0, performance: 0, talent: 0, training: -1 })).toEqual([
      { key: "rank", code: "RANGE" },
      { key: "training", code: "RANGE" },
    ]);
    expect(weightsProblems({ ...DEFAULT_MERIT_WEIGHTS, rank: 14.5, education: 10.5 })).toEqual([
      { key: "rank", code: "RANGE" },
      { key: "education", code: "RANGE" },
    ]);
  });
  it("allows a single component to carry all the weight", () => {
    expect(weightsProblems({ rank: 0, education: 0, competency: 100, performance: 0, talent: 0, training: 0 })).toEqual([]);
  });
  it("refuses to score with invalid weights", () => {
    expect(() => meritScore(person, position, { ...DEFAULT_MERIT_WEIGHTS, rank: 50 })).toThrow(RangeError);
  });
});

describe("merit score", () => {
  it("is 100 for a person who meets everything", () => {
    const result = meritScore(person, position, DEFAULT_MERIT_WEIGHTS);
    expect(result.score).toBe(100);
    expect(result.components.map((c) => c.key)).toEqual([...MERIT_KEYS]);
  });

  it("is Σ weight × value with points to 2 decimals that add up to the score", () => {
    const weaker: MeritPerson = { ...person, rankId: 10, competencies: new Map([[1, 2]]), latestPredikat: { year: 2025, predikat: "BAIK" }, box: 5, trainingJp: 7 };
    const result = meritScore(weaker, position, DEFAULT_MERIT_WEIGHTS);
    const byKey = Object.fromEntries(result.components.map((c) => [c.key, c]));
    expect(byKey.rank).toMatchObject({ value: 0.5, weight: 15, points: 7.5 });
    expect(byKey.education).toMatchObject({ value: 1, points: 10 });
    expect(byKey.competency).toMatchObject({ value: 0.3333, points: 10 });
    expect(byKey.performance).toMatchObject({ value: 0.75, points: 18.75 });
    expect(byKey.talent).toMatchObject({ value: 0.5556, points: 5.56 });
    expect(byKey.training).toMatchObject({ value: 0.35, points: 3.5 });
    expect(result.score).toBe(55.31);
    expect(result.score).toBe(Math.round(result.components.reduce((s, c) => s + c.points, 0) * 100) / 100);
  });

  it("follows the weights: all on performance makes the score the predikat value × 100", () => {
    const weights: MeritWeights = { rank: 0, education: 0, competency: 0, performance: 100, talent: 0, training: 0 };
    expect(meritScore({ ...person, latestPredikat: { year: 2025, predikat: "BUTUH_PERBAIKAN" } }, position, weights).score).toBe(40);
  });

  it("writes a plain-Indonesian sentence for every component", () => {
    const result = meritScore({ ...person, rankId: 10, latestPredikat: null, box: null, potentialScore: null, trainingJp: 4.5 }, position, DEFAULT_MERIT_WEIGHTS);
    const text = Object.fromEntries(result.components.map((c) => [c.key, meritDetail(c)]));
    expect(text.rank).toMatch(/satu tingkat di bawah syarat minimal Penata \(III\/c\)/);
    expect(text.education).toMatch(/S1 memenuhi syarat minimal S1/);
    expect(text.competency).toMatch(/100%.*2 kompetensi/);
    expect(text.performance).toBe("Belum ada predikat kinerja tahunan.");
    expect(text.talent).toMatch(/Belum dapat ditempatkan dalam 9-box/);
    expect(text.training).toMatch(/^4,5 JP .* 20 JP/);
  });
});

describe("ranking order and pool floor", () => {
  it("orders by score, then the senior pangkat, then the lower id", () => {
    const rows = [
      { employeeId: 3, score: 70, rankId: 10 },
      { employeeId: 2, score: 80, rankId: 9 },
      { employeeId: 5, score: 70, rankId: 12 },
      { employeeId: 1, score: 70, rankId: 12 },
      { employeeId: 4, score: 70, rankId: null },
    ];
    expect(rows.sort(compareRanked).map((r) => r.employeeId)).toEqual([2, 1, 5, 3, 4]);
  });
  it("lets in people at most one pangkat step below the minimum", () => {
    expect(poolFloor({ minRankId: 11 })).toBe(10);
    expect(poolFloor({ minRankId: 1 })).toBe(1);
    expect(poolFloor({ minRankId: null })).toBeNull();
  });
});
