// Who sees whom, and the directory's filters, against a real PostgreSQL: the scope is part of the
// query, so a guessed id outside it finds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { createEmployee, createPosition, createUnit } from "../../prisma/seed/factories";
import { findEmployees, getEmployeeProfile } from "../../lib/employees/queries";
import { ZDirectoryFilters } from "../../lib/employees/schemas";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, RUN, seed } from "./support/context";

let admin: SessionUser;
let boss: SessionUser;
let staff: SessionUser;
let ids: { boss: number; report: number; grandReport: number; outsider: number };
let opd: number;
let subUnit: number;

const filters = (query: Record<string, string>) => ZDirectoryFilters.parse(query);

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  const parent = await createUnit(seed, { name: `Dinas Uji ${RUN}` });
  const child = await createUnit(seed, { name: `Bidang Uji ${RUN}`, parentId: parent.id });
  opd = parent.id;
  subUnit = child.id;
  const bossPosition = await createPosition(seed, { unitId: parent.id, type: "ADMINISTRATOR" });
  const staffPosition = await createPosition(seed, { unitId: child.id, type: "PELAKSANA" });
  const bossRow = await createEmployee(seed, { positionId: bossPosition.id, roles: ["PEGAWAI", "ATASAN"], name: `Hendra Kurniawan ${RUN}` });
  const report = await createEmployee(seed, { positionId: staffPosition.id, supervisorId: bossRow.id, name: `Siti Nur'aini ${RUN}` });
  const grandReport = await createEmployee(seed, { positionId: staffPosition.id, supervisorId: report.id, name: `Ahmad Zulkarnain ${RUN}` });
  const outsider = await createEmployee(seed, { name: `Dewi Lestari ${RUN}` });
  boss = asSessionUser(bossRow, ["PEGAWAI", "ATASAN"]);
  staff = asSessionUser(report, ["PEGAWAI"]);
  ids = { boss: bossRow.id, report: report.id, grandReport: grandReport.id, outsider: outsider.id };
});

describe("getEmployeeProfile scope", () => {
  it.each([
    ["staff → self", () => staff, () => ids.report, true],
    ["staff → own report", () => staff, () => ids.grandReport, false],
    ["staff → supervisor", () => staff, () => ids.boss, false],
    ["supervisor → direct report", () => boss, () => ids.report, true],
    ["supervisor → report's report", () => boss, () => ids.grandReport, true],
    ["supervisor → someone outside the chain", () => boss, () => ids.outsider, false],
    ["admin → anyone", () => admin, () => ids.outsider, true],
  ])("%s", async (_label, who, target, visible) => {
    const profile = await getEmployeeProfile(who(), target());
    expect(profile !== null).toBe(visible);
  });

  it("computes masa kerja and BUP from the stored dates and position", async () => {
    const profile = await getEmployeeProfile(admin, ids.boss);
    expect(profile?.retirement?.age).toBe(58);
    expect(profile?.retirement?.date.getUTCDate()).toBe(1);
    expect(profile?.serviceLength.years).toBeGreaterThanOrEqual(0);
  });

  it("gives account details only when asked for by the page that manages accounts", async () => {
    expect((await getEmployeeProfile(admin, ids.report))?.account).toBeNull();
    expect((await getEmployeeProfile(admin, ids.report, { withAccount: true }))?.account?.roles).toContain("PEGAWAI");
  });
});

describe("findEmployees", () => {
  it("refuses the directory to plain staff", async () => {
    await expect(findEmployees(staff, filters({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("shows a supervisor their whole chain and nobody else", async () => {
    const result = await findEmployees(boss, filters({ q: RUN }));
    expect(result.rows.map((r) => r.id).sort()).toEqual([ids.report, ids.grandReport].sort());
  });

  it.each([
    ["accent- and case-insensitive name words", { q: `SITI NUR'AÍNI ${RUN}` }, () => [ids.report]],
    ["words in any order", { q: `${RUN} zulkarnain` }, () => [ids.grandReport]],
    ["a unit with its sub-units", { unit: "OPD", q: RUN }, () => [ids.boss, ids.report, ids.grandReport]],
    ["only the sub-unit", { unit: "SUB", q: RUN }, () => [ids.report, ids.grandReport]],
    ["position type", { type: "ADMINISTRATOR", q: RUN }, () => [ids.boss]],
  ])("filters by %s", async (_label, query, expected) => {
    const resolved = Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === "OPD" ? String(opd) : v === "SUB" ? String(subUnit) : v]));
    const result = await findEmployees(admin, filters(resolved));
    expect(result.rows.map((r) => r.id).sort()).toEqual(expected().sort());
    expect(result.total).toBe(expected().length);
  });

  it("finds by NIP prefix through the unique index range", async () => {
    const person = await seed.employee.findUniqueOrThrow({ where: { id: ids.outsider }, select: { nip: true } });
    const result = await findEmployees(admin, filters({ q: person.nip.slice(0, 14) }));
    expect(result.rows.map((r) => r.nip)).toContain(person.nip);
    expect(result.rows.every((r) => r.nip.startsWith(person.nip.slice(0, 14)))).toBe(true);
  });

  it("pages in SQL: 25 rows a page and the total of all matches", async () => {
    const marker = `Paging${RUN}`;
    const unit = await createUnit(seed);
    const position = await createPosition(seed, { unitId: unit.id });
    for (let i = 0; i < 27; i++) await createEmployee(seed, { positionId: position.id, name: `${marker} Pegawai ${String(i).padStart(2, "0")}` });
    const first = await findEmployees(admin, filters({ q: marker }));
    const second = await findEmployees(admin, filters({ q: marker, page: "2" }));
    expect(first.total).toBe(27);
    expect(first.rows).toHaveLength(25);
    expect(second.rows.map((r) => r.name)).toEqual([`${marker} Pegawai 25`, `${marker} Pegawai 26`]);
  });
});
