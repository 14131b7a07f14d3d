import { describe, expect, it } from "vitest";
import {
  buildNip,
  parseNip,
  validateNip,
  validatePppkNumber,
  type NipError,
  type NipRecord,
} from "@/lib/domain/nip";
import type { Gender } from "@/lib/domain/people";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const TODAY = utc("2026-05-20");

describe("parseNip: real NIPs", () => {
  it.each<[string, string, string, Gender, number]>([
    ["197803152005011002", "1978-03-15", "2005-01-01", "MALE", 2],
    ["198205102008012003", "1982-05-10", "2008-01-01", "FEMALE", 3],
    ["199107212019031004", "1991-07-21", "2019-03-01", "MALE", 4],
    ["199304122020122005", "1993-04-12", "2020-12-01", "FEMALE", 5],
  ])("%s: born %s, TMT %s, %s, sequence %i", (nip, birth, service, gender, sequence) => {
    expect(parseNip(nip)).toEqual({
      ok: true,
      value: { birthDate: utc(birth), serviceStartMonth: utc(service), gender, sequence },
    });
  });
});

describe("parseNip: errors", () => {
  it.each<[string, string, NipError]>([
    ["17 digits", "19780315200501100", "FORMAT"],
    ["19 digits", "1978031520050110021", "FORMAT"],
    ["letters", "19780315200501100A", "FORMAT"],
    ["spaces", "19780315 200501 1 002", "FORMAT"],
    ["surrounding space", " 197803152005011002", "FORMAT"],
    ["Arabic-Indic digits", "١٩٧٨٠٣١٥٢٠٠٥٠١١٠٠٢", "FORMAT"],
    ["empty", "", "FORMAT"],
    ["30 February", "197802302005011002", "BIRTH_DATE"],
    ["29 February of a common year", "197902292005011002", "BIRTH_DATE"],
    ["month 13 in birth date", "197813152005011002", "BIRTH_DATE"],
    ["day 00", "197803002005011002", "BIRTH_DATE"],
    ["birth year before 1900", "189903152005011002", "BIRTH_DATE"],
    ["TMT month 13", "197803152005131002", "SERVICE_START"],
    ["TMT month 00", "197803152005001002", "SERVICE_START"],
    ["TMT year before 1945", "197803151944011002", "SERVICE_START"],
    ["gender digit 3", "197803152005013002", "GENDER_DIGIT"],
    ["gender digit 0", "197803152005010002", "GENDER_DIGIT"],
    ["sequence 000", "197803152005011000", "SEQUENCE"],
    ["bad birth date and gender: the first field wins", "197802302005013002", "BIRTH_DATE"],
  ])("%s -> %s", (_case, nip, error) => {
    expect(parseNip(nip)).toEqual({ ok: false, error });
  });

  it("accepts a leap-day birth date", () => {
    const parsed = parseNip("198002292005011001");
    expect(parsed.ok && parsed.value.birthDate).toEqual(utc("1980-02-29"));
  });
});

describe("validateNip", () => {
  const record = (overrides: Partial<NipRecord> = {}): NipRecord => ({
    birthDate: utc("1978-03-15"),
    gender: "MALE",
    serviceStart: utc("2005-01-01"),
    today: TODAY,
    ...overrides,
  });

  it.each<[string, NipRecord]>([
    ["197803152005011002", record()],
    ["198205102008012003", record({ birthDate: utc("1982-05-10"), gender: "FEMALE", serviceStart: utc("2008-01-01") })],
    ["199107212019031004", record({ birthDate: utc("1991-07-21"), serviceStart: utc("2019-03-01") })],
    ["199304122020122005", record({ birthDate: utc("1993-04-12"), gender: "FEMALE", serviceStart: utc("2020-12-01") })],
  ])("%s matches its record", (nip, rec) => {
    expect(validateNip(nip, rec)).toEqual([]);
  });

  it("accepts a TMT day other than the 1st inside the NIP's month", () => {
    expect(validateNip("197803152005011002", record({ serviceStart: utc("2005-01-31") }))).toEqual([]);
  });

  describe("18 years after birth, by month", () => {
    const born = { birthDate: utc("2000-05-20"), serviceStart: utc("2018-05-01") };
    it("TMT exactly in the month of the 18th birthday is valid", () => {
      expect(validateNip("200005202018051001", record(born))).toEqual([]);
    });
    it("one month earlier is too early", () => {
      expect(validateNip("200005202018041001", record({ ...born, serviceStart: utc("2018-04-01") }))).toEqual([
        "SERVICE_TOO_EARLY",
      ]);
    });
    it("a TMT before birth is too early", () => {
      expect(validateNip("200005201999011001", record({ ...born, serviceStart: utc("1999-01-01") }))).toEqual([
        "SERVICE_TOO_EARLY",
      ]);
    });
  });

  describe("TMT in the future, by month", () => {
    const rec = (service: string) =>
      record({ birthDate: utc("1990-01-01"), serviceStart: utc(service), today: utc("2026-05-20") });
    it("this month is allowed", () => {
      expect(validateNip("199001012026051001", rec("2026-05-01"))).toEqual([]);
    });
    it("next month is in the future", () => {
      expect(validateNip("199001012026061001", rec("2026-06-01"))).toEqual(["SERVICE_IN_FUTURE"]);
    });
    it("next year is in the future", () => {
      expect(validateNip("199001012027011001", rec("2027-01-01"))).toEqual(["SERVICE_IN_FUTURE"]);
    });
  });

  it.each<[string, Partial<NipRecord>, NipError[]]>([
    ["birth date differs", { birthDate: utc("1978-03-16") }, ["BIRTH_DATE_MISMATCH"]],
    ["TMT month differs", { serviceStart: utc("2005-02-01") }, ["SERVICE_START_MISMATCH"]],
    ["TMT year differs", { serviceStart: utc("2006-01-01") }, ["SERVICE_START_MISMATCH"]],
    ["gender differs", { gender: "FEMALE" }, ["GENDER_MISMATCH"]],
    [
      "everything differs",
      { birthDate: utc("1979-03-15"), serviceStart: utc("2004-12-01"), gender: "FEMALE" },
      ["BIRTH_DATE_MISMATCH", "SERVICE_START_MISMATCH", "GENDER_MISMATCH"],
    ],
  ])("197803152005011002 vs a record where %s", (_case, overrides, errors) => {
    expect(validateNip("197803152005011002", record(overrides))).toEqual(errors);
  });

  it.each<[string, string, NipError[]]>([
    ["17 chars: only FORMAT", "19780315200501100", ["FORMAT"]],
    ["letters: only FORMAT", "1978031520050110AB", ["FORMAT"]],
    ["30 Feb: no birth-based checks", "197802302005011002", ["BIRTH_DATE"]],
    ["month 13: no TMT-based checks", "197803152005131002", ["SERVICE_START"]],
    ["gender 3: no gender mismatch", "197803152005013002", ["GENDER_DIGIT"]],
    ["sequence 000", "197803152005011000", ["SEQUENCE"]],
    [
      "all field errors in order",
      "197802302005133000",
      ["BIRTH_DATE", "SERVICE_START", "GENDER_DIGIT", "SEQUENCE"],
    ],
    [
      "field errors before record errors",
      "197803152030013000",
      ["GENDER_DIGIT", "SEQUENCE", "SERVICE_IN_FUTURE", "SERVICE_START_MISMATCH"],
    ],
  ])("%s", (_case, nip, errors) => {
    expect(validateNip(nip, record())).toEqual(errors);
  });

  it("reports too early, future and mismatches together in the fixed order", () => {
    // NIP says born 2010-01-01, TMT 2027-01: under 18 and in the future; the record disagrees on all.
    expect(validateNip("201001012027011001", record())).toEqual([
      "SERVICE_TOO_EARLY",
      "SERVICE_IN_FUTURE",
      "BIRTH_DATE_MISMATCH",
      "SERVICE_START_MISMATCH",
    ]);
  });
});

describe("buildNip", () => {
  it.each<[string, string, Gender, number, string]>([
    ["1978-03-15", "2005-01-01", "MALE", 2, "197803152005011002"],
    ["1982-05-10", "2008-01-01", "FEMALE", 3, "198205102008012003"],
    ["1991-07-21", "2019-03-01", "MALE", 4, "199107212019031004"],
    ["1993-04-12", "2020-12-14", "FEMALE", 5, "199304122020122005"],
    ["1980-02-29", "2005-01-01", "MALE", 999, "198002292005011999"],
  ])("born %s, TMT %s, %s, #%i -> %s", (birth, service, gender, sequence, nip) => {
    const built = buildNip({ birthDate: utc(birth), serviceStart: utc(service), gender, sequence });
    expect(built).toBe(nip);
    expect(parseNip(built).ok).toBe(true);
  });

  it.each([0, 1000, -1, 1.5])("rejects sequence %s", (sequence) => {
    expect(() =>
      buildNip({ birthDate: utc("1978-03-15"), serviceStart: utc("2005-01-01"), gender: "MALE", sequence }),
    ).toThrow(RangeError);
  });
});

describe("validatePppkNumber", () => {
  it.each<[string, "FORMAT" | null]>([
    ["198501012022211001", null],
    ["000000000000000000", null],
    ["19850101202221100", "FORMAT"],
    ["1985010120222110012", "FORMAT"],
    ["19850101202221100X", "FORMAT"],
    ["1985 0101 2022 2110", "FORMAT"],
    ["", "FORMAT"],
  ])("%j -> %s", (value, expected) => {
    expect(validatePppkNumber(value)).toBe(expected);
  });
});
