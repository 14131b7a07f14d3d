import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZCreateEmployee, ZDirectoryFilters, ZRankChange } from "@/lib/employees/schemas";

// A valid new PNS: NIP 199107212019031004 = born 1991-07-21, TMT CPNS 2019-03, male, seq 004.
const valid = {
  status: "PNS",
  nip: "199107212019031004",
  name: "Rizky Pratama",
  frontTitle: "",
  backTitle: "S.Kom.",
  gender: "MALE",
  birthPlace: "Jambi",
  birthDate: "1991-07-21",
  serviceStart: "2019-03-01",
  email: "rizky@example.go.id",
  phone: "0812-7400-1122",
  supervisorNip: "",
  educationLevel: "S1",
  educationInstitution: "Universitas Jambi",
  educationMajor: "Sistem Informasi",
  educationGraduationDate: "2014-09-20",
  rankId: "9",
  rankTmt: "2020-03-01",
  rankSkNumber: "800/123/BKD/2020",
  rankSkDate: "2020-02-20",
  positionId: "12",
  positionTmt: "2019-03-01",
  positionSkNumber: "821/45/BKD/2019",
  positionSkDate: "2019-02-25",
  password: "rahasia-kuat-1",
};

function errorsOf(input: Record<string, string>) {
  const result = ZCreateEmployee.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
}

describe("ZCreateEmployee", () => {
  it("accepts a consistent PNS and types its fields", () => {
    const result = ZCreateEmployee.parse(valid);
    expect(result.rankId).toBe(9);
    expect(result.birthDate.toISOString()).toBe("1991-07-21T00:00:00.000Z");
    expect(result.frontTitle).toBeNull();
    expect(result.supervisorNip).toBeNull();
  });

  it.each([
    ["nip", { nip: "19910721201903100" }, "NIP harus 18 digit angka."],
    ["nip", { nip: "1991072120190310ab" }, "NIP harus 18 digit angka."],
    ["birthDate", { birthDate: "1991-07-22" }, "Tanggal lahir tidak sesuai dengan NIP."],
    ["serviceStart", { serviceStart: "2019-04-01" }, "Bulan TMT CPNS tidak sesuai dengan NIP."],
    ["gender", { gender: "FEMALE" }, "Jenis kelamin tidak sesuai dengan digit ke-15 NIP."],
    ["birthDate", { birthDate: "1991-02-30" }, "Tanggal tidak valid (format HH/BB/TTTT)."],
    ["name", { name: "   " }, "Wajib diisi."],
    ["name", { name: "x".repeat(151) }, "Maksimal 150 karakter."],
    ["email", { email: "bukan-email" }, "Alamat email tidak valid."],
    ["rankId", { rankId: "13" }, "Pangkat melebihi batas kenaikan pangkat reguler untuk pendidikan ini (Penata Tingkat I (III/d)). Pangkat di atas batas hanya lewat kenaikan pangkat pilihan."],
    ["rankTmt", { rankTmt: "2018-01-01" }, "Tanggal tidak boleh sebelum TMT CPNS."],
    ["rankSkNumber", { rankSkNumber: "" }, "Wajib diisi untuk PNS."],
    ["positionId", { positionId: "abc" }, "Pilihan tidak valid."],
    ["password", { password: "pendek" }, "Kata sandi minimal 8 karakter."],
  ])("refuses %s: %j", (field, change, message) => {
    expect(errorsOf({ ...valid, ...change })[field]).toContain(message);
  });

  it("lets a PPPK have no pangkat and any 18-digit number", () => {
    const pppk = { ...valid, status: "PPPK", nip: "202301012023210001", rankId: "", rankTmt: "", rankSkNumber: "", rankSkDate: "" };
    expect(errorsOf(pppk)).toEqual({});
  });

  it("refuses a pangkat for a PPPK", () => {
    expect(errorsOf({ ...valid, status: "PPPK", nip: "202301012023210001" }).rankId).toContain("PPPK tidak memiliki pangkat/golongan.");
  });
});

describe("ZRankChange", () => {
  it("refuses a TMT in the future", () => {
    const result = ZRankChange.safeParse({ rankId: "10", kind: "REGULER", tmt: "2999-04-01", skNumber: "X", skDate: "2020-01-01", version: "1" });
    expect(result.success).toBe(false);
  });
});

describe("ZDirectoryFilters", () => {
  it("falls back to no filter for malformed query values", () => {
    expect(ZDirectoryFilters.parse({ unit: "abc", rank: "99", type: "KING", status: "X", sort: "evil", page: "-3" })).toEqual({
      q: undefined,
      unit: undefined,
      rank: undefined,
      type: undefined,
      status: undefined,
      sort: undefined,
      page: 1,
    });
  });
});
