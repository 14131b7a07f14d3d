import { describe, expect, it } from "vitest";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import { COMPETENCIES } from "@/prisma/seed/reference";
import type { TrainingKind, TrainingType } from "@/lib/domain/career/enums";
import {
  CORE_VALUE_COMPETENCIES,
  MINUTES_PER_JP,
  REQUIRED_JP_PER_YEAR,
  TRAINING_KIND_TYPE,
  jpProgress,
  minutesToJp,
} from "@/lib/domain/career/development";

describe("JP (jam pelajaran)", () => {
  it("20 JP a year, 45 minutes each", () => {
    expect(REQUIRED_JP_PER_YEAR).toBe(20);
    expect(MINUTES_PER_JP).toBe(45);
  });

  it.each([
    [0, 0],
    [1, 0.02],
    [20, 0.44],
    [30, 0.67],
    [45, 1],
    [60, 1.33],
    [90, 2],
    [100, 2.22],
    [135, 3],
    [900, 20],
    [899, 19.98],
  ])("%i minutes = %d JP", (minutes, jp) => {
    expect(minutesToJp(minutes)).toBe(jp);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d minutes", (minutes) => {
    expect(() => minutesToJp(minutes)).toThrow(RangeError);
  });

  it.each([
    [0, 20, false],
    [7.1, 12.9, false],
    [12.33, 7.67, false],
    [19.99, 0.01, false],
    [20, 0, true],
    [32.5, 0, true],
  ])("%d JP: %d to go, met %s", (hours, remaining, met) => {
    expect(jpProgress(hours)).toEqual({ hours, required: 20, remaining, met });
  });

  it("rejects negative hours", () => {
    expect(() => jpProgress(-0.5)).toThrow(RangeError);
  });
});

describe("TRAINING_KIND_TYPE (domain.md: klasikal and non-klasikal)", () => {
  const ROWS: [TrainingKind, TrainingType][] = [
    ["KEPEMIMPINAN", "KLASIKAL"],
    ["MANAJERIAL", "KLASIKAL"],
    ["TEKNIS", "KLASIKAL"],
    ["FUNGSIONAL", "KLASIKAL"],
    ["SEMINAR", "KLASIKAL"],
    ["KURSUS", "KLASIKAL"],
    ["E_LEARNING", "NON_KLASIKAL"],
    ["COACHING", "NON_KLASIKAL"],
    ["MENTORING", "NON_KLASIKAL"],
    ["MAGANG", "NON_KLASIKAL"],
    ["DETASERING", "NON_KLASIKAL"],
    ["KOMUNITAS_BELAJAR", "NON_KLASIKAL"],
  ];

  it.each(ROWS)("%s is %s", (kind, type) => {
    expect(TRAINING_KIND_TYPE[kind]).toBe(type);
  });

  it("has exactly the twelve kinds", () => {
    expect(Object.keys(TRAINING_KIND_TYPE)).toEqual(ROWS.map(([kind]) => kind));
  });
});

describe("CORE_VALUE_COMPETENCIES", () => {
  const ROWS: [CoreValue, string[]][] = [
    ["BERORIENTASI_PELAYANAN", ["MNJ.PELAYANAN_PUBLIK"]],
    ["AKUNTABEL", ["MNJ.INTEGRITAS", "MNJ.ORIENTASI_HASIL"]],
    ["KOMPETEN", ["MNJ.PENGEMBANGAN_DIRI"]],
    ["HARMONIS", ["SOS.PEREKAT_BANGSA", "MNJ.KOMUNIKASI"]],
    ["LOYAL", ["MNJ.INTEGRITAS", "SOS.PEREKAT_BANGSA"]],
    ["ADAPTIF", ["MNJ.MENGELOLA_PERUBAHAN"]],
    ["KOLABORATIF", ["MNJ.KERJA_SAMA"]],
  ];

  it.each(ROWS)("%s -> %j", (value, codes) => {
    expect(CORE_VALUE_COMPETENCIES[value]).toEqual(codes);
  });

  it("covers every BerAKHLAK value with codes of the competency dictionary", () => {
    expect(Object.keys(CORE_VALUE_COMPETENCIES).sort()).toEqual(CORE_VALUES.map((row) => row.value).sort());
    const dictionary = new Set<string>(COMPETENCIES.map((row) => row.code));
    for (const codes of Object.values(CORE_VALUE_COMPETENCIES)) {
      for (const code of codes) expect(dictionary.has(code), code).toBe(true);
    }
  });
});
