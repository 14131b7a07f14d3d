import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/dates";
import type { FunctionalLevel, PositionType } from "@/lib/domain/positions";
import { RETIREMENT_AGE_RULES, retirementAge, retirementDate } from "@/lib/domain/retirement";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("retirementAge (BUP, domain.md)", () => {
  it.each<[PositionType, FunctionalLevel | null, number]>([
    ["ADMINISTRATOR", null, 58],
    ["PENGAWAS", null, 58],
    ["PELAKSANA", null, 58],
    ["FUNGSIONAL", "AHLI_PERTAMA", 58],
    ["FUNGSIONAL", "AHLI_MUDA", 58],
    ["FUNGSIONAL", "PEMULA", 58],
    ["FUNGSIONAL", "TERAMPIL", 58],
    ["FUNGSIONAL", "MAHIR", 58],
    ["FUNGSIONAL", "PENYELIA", 58],
    ["JPT_UTAMA", null, 60],
    ["JPT_MADYA", null, 60],
    ["JPT_PRATAMA", null, 60],
    ["FUNGSIONAL", "AHLI_MADYA", 60],
    ["FUNGSIONAL", "AHLI_UTAMA", 65],
  ])("%s %s retires at %i", (type, level, age) => {
    expect(retirementAge(type, level)).toBe(age);
  });

  it("has a rule for every non-functional type and every jenjang", () => {
    expect(Object.keys(RETIREMENT_AGE_RULES)).toHaveLength(6 + 8);
  });

  it("cannot tell the age of a functional position without a jenjang", () => {
    expect(retirementAge("FUNGSIONAL", null)).toBeNull();
  });
});

describe("retirementDate (TMT pensiun: 1st of the month after reaching the age)", () => {
  it.each<[string, number, string]>([
    ["1970-03-15", 58, "2028-04-01"],
    ["1970-03-01", 58, "2028-04-01"],
    ["1970-03-31", 58, "2028-04-01"],
    ["1968-12-31", 58, "2027-01-01"],
    ["1968-12-01", 60, "2029-01-01"],
    ["1965-07-20", 65, "2030-08-01"],
    // leap-day births: the age is reached in February (28 Feb in a common year), pension 1 March
    ["1972-02-29", 58, "2030-03-01"],
    ["1972-02-29", 60, "2032-03-01"],
    ["1960-02-29", 65, "2025-03-01"],
  ])("born %s, BUP %i -> %s", (birth, age, expected) => {
    expect(toIsoDate(retirementDate(utc(birth), age))).toBe(expected);
  });
});
