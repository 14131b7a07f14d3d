import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/appraisal/calendar";
import type { Predikat } from "@/lib/domain/predikat";
import type { FunctionalLevel } from "@/lib/domain/positions";
import {
  CREDIT_TABLE,
  PREDIKAT_PERCENT,
  annualCredit,
  creditProgress,
  monthsCovered,
} from "@/lib/domain/appraisal/credit";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// domain.md, Angka kredit: jenjang, annual coefficient, for next pangkat, for next jenjang.
const TABLE: [FunctionalLevel, number, number, number | null][] = [
  ["AHLI_PERTAMA", 12.5, 50, 100],
  ["AHLI_MUDA", 25, 100, 200],
  ["AHLI_MADYA", 37.5, 150, 450],
  ["AHLI_UTAMA", 50, 200, null],
  ["PEMULA", 3.75, 15, 15],
  ["TERAMPIL", 5, 20, 60],
  ["MAHIR", 12.5, 50, 100],
  ["PENYELIA", 25, 100, null],
];

describe("CREDIT_TABLE", () => {
  it.each(TABLE)("%s: coefficient %d, next pangkat %d, next jenjang %s", (level, coefficient, rank, next) => {
    expect(CREDIT_TABLE[level]).toEqual({ coefficient, forNextRank: rank, forNextLevel: next });
  });

  it("has exactly the eight jenjang", () => {
    expect(Object.keys(CREDIT_TABLE).sort()).toEqual(TABLE.map(([level]) => level).sort());
  });
});

describe("PREDIKAT_PERCENT", () => {
  it.each<[Predikat, number]>([
    ["SANGAT_BAIK", 150],
    ["BAIK", 100],
    ["BUTUH_PERBAIKAN", 75],
    ["KURANG", 50],
    ["SANGAT_KURANG", 25],
  ])("%s is %i%%", (predikat, percent) => {
    expect(PREDIKAT_PERCENT[predikat]).toBe(percent);
  });
});

describe("monthsCovered (months whose 15th lies in the SKP)", () => {
  it.each([
    ["2024-01-01", "2024-06-30", 6],
    ["2024-01-01", "2024-12-31", 12],
    ["2024-03-16", "2024-12-31", 9],
    ["2024-01-01", "2024-03-15", 3],
    ["2024-01-01", "2024-03-14", 2],
    ["2024-03-15", "2024-03-15", 1],
    ["2024-03-16", "2024-03-16", 0],
    ["2024-03-14", "2024-03-15", 1],
    ["2024-01-16", "2024-02-14", 0],
    ["2024-02-01", "2024-02-29", 1],
    ["2023-02-01", "2023-02-28", 1],
    ["2024-07-15", "2024-12-15", 6],
    ["2024-06-30", "2024-07-01", 0],
    ["2024-12-15", "2024-12-31", 1],
    ["2023-12-01", "2024-01-31", 2],
  ])("%s .. %s covers %i", (start, end, months) => {
    expect(monthsCovered(utc(start), utc(end))).toBe(months);
  });

  it.each([2023, 2024])("two consecutive SKPs split at any day of %i add up to 12", (year) => {
    const start = utc(`${year}-01-01`);
    const end = utc(`${year}-12-31`);
    for (let d = start; d < end; d = addDays(d, 1)) {
      expect(monthsCovered(start, d) + monthsCovered(addDays(d, 1), end)).toBe(12);
    }
  });

  it("rejects an end before the start and dates with a time", () => {
    expect(() => monthsCovered(utc("2024-03-16"), utc("2024-03-15"))).toThrow(RangeError);
    expect(() => monthsCovered(new Date("2024-03-16T08:00:00Z"), utc("2024-12-31"))).toThrow(RangeError);
  });
});

describe("annualCredit", () => {
  // A full year: coefficient × predikat %, every jenjang × every predikat.
  const FULL_YEAR: Record<FunctionalLevel, [number, number, number, number, number]> = {
    AHLI_PERTAMA: [18.75, 12.5, 9.375, 6.25, 3.125],
    AHLI_MUDA: [37.5, 25, 18.75, 12.5, 6.25],
    AHLI_MADYA: [56.25, 37.5, 28.125, 18.75, 9.375],
    AHLI_UTAMA: [75, 50, 37.5, 25, 12.5],
    PEMULA: [5.625, 3.75, 2.813, 1.875, 0.938], // 2.8125 and 0.9375 round half up
    TERAMPIL: [7.5, 5, 3.75, 2.5, 1.25],
    MAHIR: [18.75, 12.5, 9.375, 6.25, 3.125],
    PENYELIA: [37.5, 25, 18.75, 12.5, 6.25],
  };
  const PREDIKATS: Predikat[] = ["SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"];
  const rows = Object.entries(FULL_YEAR).flatMap(([level, credits]) =>
    PREDIKATS.map((predikat, i) => [level as FunctionalLevel, predikat, credits[i]] as const),
  );

  it.each(rows)("12 months as %s rated %s earn %d", (level, predikat, credit) => {
    expect(annualCredit(12, predikat, level)).toBe(credit);
  });

  it.each<[number, Predikat, FunctionalLevel, number]>([
    [6, "BAIK", "AHLI_PERTAMA", 6.25],
    [9, "SANGAT_BAIK", "AHLI_MADYA", 42.188], // 42.1875
    [7, "BUTUH_PERBAIKAN", "PEMULA", 1.641], // 1.640625
    [5, "KURANG", "MAHIR", 2.604], // 2.6041666…
    [1, "SANGAT_KURANG", "TERAMPIL", 0.104], // 0.1041666…
    [1, "SANGAT_KURANG", "PEMULA", 0.078], // 0.078125
    [11, "BUTUH_PERBAIKAN", "AHLI_UTAMA", 34.375],
    [3, "BAIK", "AHLI_MUDA", 6.25],
    [0, "SANGAT_BAIK", "AHLI_UTAMA", 0],
  ])("%i months rated %s as %s earn %d", (months, predikat, level, credit) => {
    expect(annualCredit(months, predikat, level)).toBe(credit);
  });

  it.each([13, -1, 1.5, Number.NaN])("rejects %s months", (months) => {
    expect(() => annualCredit(months, "BAIK", "AHLI_MUDA")).toThrow(RangeError);
  });
});

describe("creditProgress", () => {
  it.each<[number, FunctionalLevel, [number, number], [number, number] | null]>([
    [0, "AHLI_PERTAMA", [50, 50], [100, 100]],
    [37.5, "AHLI_PERTAMA", [50, 12.5], [100, 62.5]],
    [50, "AHLI_PERTAMA", [50, 0], [100, 50]],
    [120, "AHLI_PERTAMA", [50, 0], [100, 0]],
    [75, "AHLI_UTAMA", [200, 125], null],
    [250, "PENYELIA", [100, 0], null],
    [5.625, "PEMULA", [15, 9.375], [15, 9.375]],
    [0.1 + 0.2, "PEMULA", [15, 14.7], [15, 14.7]],
    [449.999, "AHLI_MADYA", [150, 0], [450, 0.001]],
    [12.333, "TERAMPIL", [20, 7.667], [60, 47.667]],
  ])("%d as %s", (total, level, [rankNeeded, rankLeft], next) => {
    expect(creditProgress(total, level)).toEqual({
      nextRank: { needed: rankNeeded, remaining: rankLeft },
      nextLevel: next && { needed: next[0], remaining: next[1] },
    });
  });

  it.each([-0.001, Number.NaN, Number.POSITIVE_INFINITY])("rejects a total of %s", (total) => {
    expect(() => creditProgress(total, "AHLI_MUDA")).toThrow(RangeError);
  });
});
