import { describe, expect, it } from "vitest";
import {
  FUNCTIONAL_LEVEL_LABELS,
  FUNCTIONAL_LEVELS,
  POSITION_TYPE_LABELS,
  POSITION_TYPES,
  defaultRaterTypes,
  functionalCategory,
  isManagerial,
  requiresFunctionalLevel,
  type FunctionalLevel,
  type PositionType,
} from "@/lib/domain/positions";

describe("position types", () => {
  it.each<[PositionType, string, boolean]>([
    ["JPT_UTAMA", "Jabatan Pimpinan Tinggi Utama", true],
    ["JPT_MADYA", "Jabatan Pimpinan Tinggi Madya", true],
    ["JPT_PRATAMA", "Jabatan Pimpinan Tinggi Pratama", true],
    ["ADMINISTRATOR", "Administrator", true],
    ["PENGAWAS", "Pengawas", true],
    ["FUNGSIONAL", "Fungsional", false],
    ["PELAKSANA", "Pelaksana", false],
  ])("%s is %s, managerial: %s", (type, label, managerial) => {
    expect(POSITION_TYPE_LABELS[type]).toBe(label);
    expect(isManagerial(type)).toBe(managerial);
    expect(requiresFunctionalLevel(type)).toBe(type === "FUNGSIONAL");
  });

  it("lists all seven types, highest first", () => {
    expect(POSITION_TYPES.map((row) => row.type)).toEqual([
      "JPT_UTAMA",
      "JPT_MADYA",
      "JPT_PRATAMA",
      "ADMINISTRATOR",
      "PENGAWAS",
      "FUNGSIONAL",
      "PELAKSANA",
    ]);
  });
});

describe("functional levels", () => {
  it.each<[FunctionalLevel, string, "KEAHLIAN" | "KETERAMPILAN"]>([
    ["AHLI_PERTAMA", "Ahli Pertama", "KEAHLIAN"],
    ["AHLI_MUDA", "Ahli Muda", "KEAHLIAN"],
    ["AHLI_MADYA", "Ahli Madya", "KEAHLIAN"],
    ["AHLI_UTAMA", "Ahli Utama", "KEAHLIAN"],
    ["PEMULA", "Pemula", "KETERAMPILAN"],
    ["TERAMPIL", "Terampil", "KETERAMPILAN"],
    ["MAHIR", "Mahir", "KETERAMPILAN"],
    ["PENYELIA", "Penyelia", "KETERAMPILAN"],
  ])("%s is %s (%s)", (level, label, category) => {
    expect(FUNCTIONAL_LEVEL_LABELS[level]).toBe(label);
    expect(functionalCategory(level)).toBe(category);
    expect(FUNCTIONAL_LEVELS.find((row) => row.level === level)?.category).toBe(category);
  });

  it("lists all eight levels", () => {
    expect(FUNCTIONAL_LEVELS).toHaveLength(8);
  });
});

describe("defaultRaterTypes (domain.md: default pejabat penilai)", () => {
  it.each<[PositionType, FunctionalLevel | null, PositionType[]]>([
    ["PELAKSANA", null, ["PENGAWAS"]],
    ["PENGAWAS", null, ["ADMINISTRATOR"]],
    ["ADMINISTRATOR", null, ["JPT_PRATAMA"]],
    ["JPT_PRATAMA", null, ["JPT_MADYA"]],
    ["JPT_MADYA", null, ["JPT_UTAMA"]],
    ["JPT_UTAMA", null, []],
    ["FUNGSIONAL", "AHLI_UTAMA", ["JPT_MADYA"]],
    ["FUNGSIONAL", "AHLI_MADYA", ["JPT_PRATAMA"]],
    ["FUNGSIONAL", "AHLI_MUDA", ["ADMINISTRATOR", "JPT_PRATAMA"]],
    ["FUNGSIONAL", "AHLI_PERTAMA", ["PENGAWAS", "ADMINISTRATOR"]],
    ["FUNGSIONAL", "PEMULA", ["PENGAWAS", "ADMINISTRATOR"]],
    ["FUNGSIONAL", "TERAMPIL", ["PENGAWAS", "ADMINISTRATOR"]],
    ["FUNGSIONAL", "MAHIR", ["PENGAWAS", "ADMINISTRATOR"]],
    ["FUNGSIONAL", "PENYELIA", ["PENGAWAS", "ADMINISTRATOR"]],
    ["FUNGSIONAL", null, []],
  ])("%s %s is rated by %j", (type, level, raters) => {
    expect(defaultRaterTypes(type, level)).toEqual(raters);
  });

  it("ignores a stray jenjang on a non-functional position", () => {
    expect(defaultRaterTypes("PELAKSANA", "AHLI_MADYA")).toEqual(["PENGAWAS"]);
  });
});
