import { describe, expect, it } from "vitest";
import { assessCareer, jenjangStart, type CareerFacts } from "@/lib/career/assess-career";
import { functionalFamily } from "@/lib/career/functional-family";
import { parseIsoDate } from "@/lib/domain/dates";

const d = (iso: string) => parseIsoDate(iso)!;
const ASOF = d("2026-11-23");

describe("jenjangStart", () => {
  const row = (tmt: string, type: "FUNGSIONAL" | "PELAKSANA", level: "AHLI_PERTAMA" | "AHLI_MUDA" | null) => ({ tmt: d(tmt), type, functionalLevel: level });
  it.each([
    ["no history: the position's TMT", [], "2024-02-01"],
    ["a move to another unit in the same jenjang does not restart it", [row("2025-01-01", "FUNGSIONAL", "AHLI_MUDA"), row("2022-04-01", "FUNGSIONAL", "AHLI_MUDA"), row("2018-01-01", "FUNGSIONAL", "AHLI_PERTAMA")], "2022-04-01"],
    ["a non-functional post in between restarts it", [row("2025-01-01", "FUNGSIONAL", "AHLI_MUDA"), row("2023-01-01", "PELAKSANA", null), row("2021-01-01", "FUNGSIONAL", "AHLI_MUDA")], "2025-01-01"],
    ["a future row is ignored", [row("2027-01-01", "FUNGSIONAL", "AHLI_PERTAMA"), row("2020-01-01", "FUNGSIONAL", "AHLI_MUDA")], "2020-01-01"],
  ] as const)("%s", (_label, history, expected) => {
    expect(jenjangStart("AHLI_MUDA", d("2024-02-01"), history, ASOF)).toEqual(d(expected));
  });
});

describe("assessCareer", () => {
  const base: CareerFacts = {
    asOf: ASOF,
    status: "PNS",
    rankId: 9,
    rankTmt: d("2024-10-01"),
    educationLevel: "S1",
    positionType: "FUNGSIONAL",
    functionalLevel: "AHLI_PERTAMA",
    positionTmt: d("2023-01-01"),
    serviceStart: d("2019-03-01"),
    predikats: [
      { year: 2024, predikat: "BAIK" },
      { year: 2025, predikat: "BAIK" },
    ],
    sanctions: [],
    credits: [
      { year: 2023, credit: 12.5, functionalLevel: "AHLI_PERTAMA", periodStart: null, periodEnd: null },
      { year: 2024, credit: 12.5, functionalLevel: "AHLI_PERTAMA", periodStart: null, periodEnd: null },
      { year: 2025, credit: 12.5, functionalLevel: "AHLI_PERTAMA", periodStart: null, periodEnd: null },
      { year: 2021, credit: 40, functionalLevel: "TERAMPIL", periodStart: null, periodEnd: null },
    ],
    positions: [],
    competencyTests: [d("2022-06-01"), d("2025-06-01")],
    vacancy: null,
  };

  it("feeds the pro-rated credit since the pangkat's TMT into the KP rule", () => {
    const result = assessCareer(base);
    expect(result.creditInRank).toBe(15.625);
    expect(result.promotion.conditions.find((c) => c.code === "CREDIT")?.detail.credit).toBe(15.625);
  });

  it("counts only the current jenjang's credit since it started, and a test taken in it", () => {
    const jenjang = assessCareer(base).jenjang!;
    expect(jenjang.creditInLevel).toBe(37.5);
    expect(jenjang.conditions.find((c) => c.code === "COMPETENCY_TEST")?.detail.passedOn).toBe("2025-06-01");
    const before = assessCareer({ ...base, competencyTests: [d("2022-06-01")] }).jenjang!;
    expect(before.conditions.find((c) => c.code === "COMPETENCY_TEST")?.met).toBe(false);
  });

  it("has no credit or jenjang outside a functional position, and the next KGB", () => {
    const result = assessCareer({ ...base, positionType: "PELAKSANA", functionalLevel: null });
    expect(result.creditInRank).toBeNull();
    expect(result.jenjang).toBeNull();
    expect(result.salaryStep).toEqual(d("2027-03-01"));
  });
});

describe("functionalFamily", () => {
  it.each([
    ["Analis SDM Aparatur Ahli Muda", "AHLI_MUDA", "Analis SDM Aparatur"],
    ["Pranata Komputer Terampil", "TERAMPIL", "Pranata Komputer"],
    ["Auditor ahli pertama", "AHLI_PERTAMA", "Auditor"],
    ["Auditor", "AHLI_PERTAMA", null],
    ["Ahli Muda", "AHLI_MUDA", null],
  ] as const)("%s", (name, level, family) => {
    expect(functionalFamily(name, level)).toBe(family);
  });
});
