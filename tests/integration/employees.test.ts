// Employee writes against a real PostgreSQL: what a create writes, that refused input writes nothing
// (no row, no audit), optimistic locking, the supervisor chain (cycle guard, subtree moves) and the
// history rules (cap, current vs. back-filled rows).
import { beforeAll, describe, expect, it } from "vitest";
import { createEmployee as factoryEmployee, createPosition, createUnit } from "../../prisma/seed/factories";
import { buildNip } from "../../lib/domain/nip";
import { dateOnly, firstDayOfNextMonth } from "../../lib/domain/dates";
import { addEducation, addPositionChange, addRankChange } from "../../lib/employees/history-mutations";
import { createEmployee, updateEmployee } from "../../lib/employees/mutations";
import { ZCreateEmployee, type TCreateEmployee, type TUpdateEmployee } from "../../lib/employees/schemas";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

let admin: SessionUser;
let unitId: number;
let positionId: number;
let sequence = 100 + Math.floor(Math.random() * 800);

function newPns(overrides: Record<string, string> = {}): TCreateEmployee {
  sequence += 1;
  const nip = buildNip({ birthDate: dateOnly(1990, 6, 15), serviceStart: dateOnly(2015, 3, 1), gender: "FEMALE", sequence });
  return ZCreateEmployee.parse({
    status: "PNS",
    nip,
    name: "Siti Nur'aini Ṣalihah",
    gender: "FEMALE",
    birthPlace: "Muara Bungo",
    birthDate: "1990-06-15",
    serviceStart: "2015-03-01",
    educationLevel: "S1",
    educationInstitution: "Universitas Jambi",
    educationGraduationDate: "2012-08-30",
    rankId: "10",
    rankTmt: "2019-04-01",
    rankSkNumber: "823/1/BKD/2019",
    rankSkDate: "2019-03-01",
    positionId: String(positionId),
    positionTmt: "2015-03-01",
    positionSkNumber: "821/9/BKD/2015",
    positionSkDate: "2015-02-20",
    password: "kata-sandi-awal",
    ...overrides,
  });
}

function identityOf(row: { nip: string; name: string; gender: "MALE" | "FEMALE"; birthPlace: string; birthDate: Date; serviceStart: Date }, version: number, changes: Partial<TUpdateEmployee> = {}): TUpdateEmployee {
  return { nip: row.nip, name: row.name, frontTitle: null, backTitle: null, gender: row.gender, birthPlace: row.birthPlace, birthDate: row.birthDate, serviceStart: row.serviceStart, email: null, phone: null, supervisorNip: null, version, ...changes };
}

async function load(id: number) {
  return seed.employee.findUniqueOrThrow({ where: { id }, include: { user: true, rankHistory: true, positionHistory: true, education: true } });
}

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  const unit = await createUnit(seed);
  unitId = unit.id;
  positionId = (await createPosition(seed, { unitId, type: "PELAKSANA" })).id;
});

describe("createEmployee", () => {
  it("writes the employee, histories, account and audit row together", async () => {
    const supervisor = await factoryEmployee(seed, { unitId, positionId });
    const input = newPns({ supervisorNip: supervisor.nip });
    const id = await createEmployee(admin, input);
    const row = await load(id);
    expect(row).toMatchObject({ nip: input.nip, searchName: "siti nuraini salihah", unitId, rankId: 10, supervisorId: supervisor.id });
    expect(row.supervisorPath).toEqual([...supervisor.supervisorPath, supervisor.id]);
    expect(row.user?.roles).toEqual(["PEGAWAI"]);
    expect(row.user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.rankHistory.map((h) => [h.rankId, h.kind])).toEqual([[10, "REGULER"]]);
    expect(row.positionHistory).toHaveLength(1);
    expect(row.education.map((e) => e.level)).toEqual(["S1"]);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { action: "employee.create", entityId: String(id) } });
    expect(audit.actorId).toBe(admin.userId);
    expect(JSON.stringify(audit.after)).not.toContain("kata-sandi-awal");
  });

  it.each([
    // The schema would already refuse a foreign NIP with these dates; the mutation must refuse it anyway.
    ["a duplicate NIP", async () => ({ ...newPns(), nip: (await factoryEmployee(seed, { unitId, positionId })).nip }), "nip"],
    ["an unknown supervisor NIP", async () => newPns({ supervisorNip: "199001012020011999" }), "supervisorNip"],
    ["an inactive position", async () => newPns({ positionId: String((await createPosition(seed, { unitId, active: false })).id) }), "positionId"],
  ])("refuses %s beside the field and writes nothing", async (_label, build, field) => {
    const input = await build();
    const [employees, audits] = [await seed.employee.count(), await auditCount({ action: "employee.create" })];
    await expect(createEmployee(admin, input)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    expect(await seed.employee.count()).toBe(employees);
    expect(await auditCount({ action: "employee.create" })).toBe(audits);
  });

  it("is refused for a supervisor and writes nothing", async () => {
    const supervisor = await actor(["PEGAWAI", "ATASAN"]);
    const employees = await seed.employee.count();
    await expect(createEmployee(supervisor, newPns())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await seed.employee.count()).toBe(employees);
  });
});

describe("updateEmployee", () => {
  it("refuses a stale version with CONFLICT and keeps the newer data", async () => {
    const person = await factoryEmployee(seed, { unitId, positionId });
    const before = await load(person.id);
    await updateEmployee(admin, person.id, identityOf(before, before.version, { phone: "0811-1111" }));
    await expect(updateEmployee(admin, person.id, identityOf(before, before.version, { phone: "0822-2222" }))).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await load(person.id);
    expect(after.phone).toBe("0811-1111");
    expect(after.version).toBe(before.version + 1);
    expect(await auditCount({ action: "employee.update", entityId: String(person.id) })).toBe(1);
  });

  it("checks the NIP against the stored status and shows mismatches beside their fields", async () => {
    const person = await load((await factoryEmployee(seed, { unitId, positionId })).id);
    const otherDay = dateOnly(person.birthDate.getUTCFullYear(), person.birthDate.getUTCMonth() + 1, person.birthDate.getUTCDate() === 1 ? 2 : 1);
    await expect(updateEmployee(admin, person.id, identityOf(person, person.version, { birthDate: otherDay }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { birthDate: ["Tanggal lahir tidak sesuai dengan NIP."] },
    });
    expect((await load(person.id)).version).toBe(person.version);
  });

  it("moves a whole subtree when a supervisor changes and refuses cycles", async () => {
    const top = await factoryEmployee(seed, { unitId, positionId });
    const middle = await factoryEmployee(seed, { unitId, positionId, supervisorId: top.id });
    const bottom = await factoryEmployee(seed, { unitId, positionId, supervisorId: middle.id });
    const newTop = await factoryEmployee(seed, { unitId, positionId });

    const m = await load(middle.id);
    expect((await load(newTop.id)).user?.roles).not.toContain("ATASAN");
    await updateEmployee(admin, middle.id, identityOf(m, m.version, { supervisorNip: newTop.nip }));
    // The new supervisor rates their report from now on, so their account gains the Atasan role.
    expect((await load(newTop.id)).user?.roles).toContain("ATASAN");
    expect((await load(middle.id)).supervisorPath).toEqual([...newTop.supervisorPath, newTop.id]);
    expect((await load(bottom.id)).supervisorPath).toEqual([...newTop.supervisorPath, newTop.id, middle.id]);

    const n = await load(newTop.id);
    await expect(updateEmployee(admin, newTop.id, identityOf(n, n.version, { supervisorNip: bottom.nip }))).rejects.toMatchObject({
      fieldErrors: { supervisorNip: [expect.stringContaining("lingkaran")] },
    });
    await expect(updateEmployee(admin, newTop.id, identityOf(n, n.version, { supervisorNip: newTop.nip }))).rejects.toMatchObject({
      fieldErrors: { supervisorNip: ["Pegawai tidak dapat menjadi atasan dirinya sendiri."] },
    });
    expect((await load(newTop.id)).supervisorId).toBeNull();
  });
});

describe("history rows", () => {
  it("appends a later pangkat as current and an older one as history only", async () => {
    const person = await load((await factoryEmployee(seed, { unitId, positionId, rankCode: "III/a", educationLevel: "S1" })).id);
    const later = dateOnly(person.rankTmt!.getUTCFullYear() + 1, 4, 1);
    await addRankChange(admin, person.id, { rankId: 10, kind: "REGULER", tmt: later, skNumber: "SK-1", skDate: later, version: person.version });
    let row = await load(person.id);
    expect([row.rankId, row.rankTmt?.toISOString()]).toEqual([10, later.toISOString()]);

    await addRankChange(admin, person.id, { rankId: 9, kind: "KOREKSI", tmt: person.serviceStart, skNumber: "SK-0", skDate: person.serviceStart, version: row.version });
    row = await load(person.id);
    expect(row.rankId).toBe(10);
    expect(row.rankHistory.length).toBe(person.rankHistory.length + 2);
  });

  it("refuses a regular pangkat above the education cap, and any pangkat for a PPPK", async () => {
    const pns = await load((await factoryEmployee(seed, { unitId, positionId, rankCode: "III/c", educationLevel: "D3" })).id);
    await expect(addRankChange(admin, pns.id, { rankId: 12, kind: "REGULER", tmt: dateOnly(2026, 4, 1), skNumber: "X", skDate: dateOnly(2026, 3, 1), version: pns.version })).rejects.toMatchObject({
      fieldErrors: { rankId: [expect.stringContaining("III/c")] },
    });
    const pppk = await load((await factoryEmployee(seed, { unitId, positionId, status: "PPPK" })).id);
    await expect(addRankChange(admin, pppk.id, { rankId: 9, kind: "REGULER", tmt: dateOnly(2026, 4, 1), skNumber: "X", skDate: dateOnly(2026, 3, 1), version: pppk.version })).rejects.toMatchObject({
      fieldErrors: { rankId: ["Hanya PNS yang memiliki riwayat pangkat."] },
    });
    expect((await load(pns.id)).rankHistory).toHaveLength(pns.rankHistory.length);
  });

  it("moves the employee with a new position into its unit", async () => {
    const person = await load((await factoryEmployee(seed, { unitId, positionId })).id);
    const otherUnit = await createUnit(seed);
    const otherPosition = await createPosition(seed, { unitId: otherUnit.id });
    // After the factory's own (random) position TMT, so the new post becomes the current one.
    const tmt = firstDayOfNextMonth(person.positionTmt);
    await addPositionChange(admin, person.id, { positionId: otherPosition.id, tmt, skNumber: "SK-P", skDate: tmt, version: person.version });
    const row = await load(person.id);
    expect([row.positionId, row.unitId]).toEqual([otherPosition.id, otherUnit.id]);
    expect(row.positionHistory.at(-1)?.unitName).toBe(otherUnit.name);
  });

  it("raises the education level only when the new ijazah is higher", async () => {
    const person = await load((await factoryEmployee(seed, { unitId, positionId, rankCode: "III/a", educationLevel: "S1" })).id);
    await addEducation(admin, person.id, { level: "D3", institution: "Politeknik", major: null, graduationDate: dateOnly(2005, 1, 1), certificateNo: null, version: person.version });
    expect((await load(person.id)).educationLevel).toBe("S1");
    await addEducation(admin, person.id, { level: "S2", institution: "UGM", major: "MSDM", graduationDate: dateOnly(2024, 1, 1), certificateNo: null, version: person.version + 1 });
    expect((await load(person.id)).educationLevel).toBe("S2");
  });

  it("refuses history changes from a non-admin", async () => {
    const person = await load((await factoryEmployee(seed, { unitId, positionId })).id);
    const staff = await actor(["PEGAWAI"]);
    await expect(addEducation(staff, person.id, { level: "S3", institution: "X", major: null, graduationDate: dateOnly(2024, 1, 1), certificateNo: null, version: person.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await load(person.id)).education).toHaveLength(person.education.length);
  });
});
