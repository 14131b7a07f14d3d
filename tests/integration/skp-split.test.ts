// Mid-year changes against a real PostgreSQL: a new supervisor (employee edit), a new position (history
// row) and HR's "ganti pejabat penilai" each close the open SKP the day before and open a draft copy;
// team links follow the copy; refused changes leave nothing behind.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppraisal } from "../../prisma/seed/appraisal-factories";
import { createPosition } from "../../prisma/seed/factories";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { dateOnly, toIsoDate } from "../../lib/domain/dates";
import { changeRater } from "../../lib/appraisals/plan-rater-mutations";
import { addPositionChange } from "../../lib/employees/history-mutations";
import { updateEmployee } from "../../lib/employees/mutations";
import type { TUpdateEmployee } from "../../lib/employees/schemas";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

const YEAR = today().getUTCFullYear();
let hr: SessionUser;
let head: SessionUser;
let rater: SessionUser;

const skpsOf = (employeeId: number) =>
  seed.appraisal.findMany({ where: { employeeId }, orderBy: { periodStart: "asc" }, include: { results: { include: { indicators: true }, orderBy: { position: "asc" } } } });
const nipOf = async (employeeId: number) => (await seed.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { nip: true } })).nip;

async function identity(employeeId: number, supervisorNip: string | null): Promise<TUpdateEmployee> {
  const e = await seed.employee.findUniqueOrThrow({ where: { id: employeeId } });
  return { nip: e.nip, name: e.name, frontTitle: null, backTitle: null, gender: e.gender, birthPlace: e.birthPlace, birthDate: e.birthDate, serviceStart: e.serviceStart, email: null, phone: null, supervisorNip, version: e.version };
}

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  head = await actor(["PEGAWAI", "ATASAN"]);
  rater = await actor(["PEGAWAI", "ATASAN"], { supervisorId: head.employeeId });
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("a new supervisor", () => {
  it("closes the SKP yesterday and opens a draft copy from today rated by the new supervisor", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    const skp = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "AGREED", indicatorsPerResult: 2 });
    const newBoss = await actor(["PEGAWAI", "ATASAN"], { supervisorId: head.employeeId });
    await updateEmployee(hr, staff.employeeId, await identity(staff.employeeId, await nipOf(newBoss.employeeId)));

    const [closed, opened] = await skpsOf(staff.employeeId);
    expect(closed).toMatchObject({ id: skp.id, status: "CLOSED", openYear: null, raterId: rater.employeeId, closedReason: expect.stringContaining("atasan") });
    expect(toIsoDate(closed!.periodEnd)).toBe(toIsoDate(addDays(today(), -1)));
    expect(opened).toMatchObject({ status: "DRAFT", openYear: YEAR, raterId: newBoss.employeeId, raterRaterId: head.employeeId });
    expect(toIsoDate(opened!.periodStart)).toBe(toIsoDate(today()));
    expect(toIsoDate(opened!.periodEnd)).toBe(`${YEAR}-12-31`);
    expect(opened!.results.map((r) => [r.text, r.indicators.length])).toEqual(closed!.results.map((r) => [r.text, r.indicators.length]));
    expect(await auditCount({ action: "appraisal.close", entityId: String(skp.id) })).toBe(1);
    expect(await auditCount({ action: "appraisal.reopen", entityId: String(opened!.id) })).toBe(1);
  });

  it("leaves the SKP alone when the supervisor is removed or nothing changes", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "AGREED" });
    await updateEmployee(hr, staff.employeeId, await identity(staff.employeeId, null));
    expect((await skpsOf(staff.employeeId)).map((s) => s.status)).toEqual(["AGREED"]);
  });
});

describe("a new position", () => {
  it("closes the SKP the day before the TMT and opens one for the new post and unit", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    const skp = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "AGREED" });
    const post = await createPosition(seed, { unitId: (await seed.employee.findUniqueOrThrow({ where: { id: rater.employeeId } })).unitId });
    const employee = await seed.employee.findUniqueOrThrow({ where: { id: staff.employeeId } });
    const tmt = dateOnly(YEAR, 7, 1);
    await addPositionChange(hr, staff.employeeId, { positionId: post.id, tmt, skNumber: "SK-MUTASI", skDate: tmt, version: employee.version });
    const [closed, opened] = await skpsOf(staff.employeeId);
    expect(closed).toMatchObject({ id: skp.id, status: "CLOSED" });
    expect(toIsoDate(closed!.periodEnd)).toBe(`${YEAR}-06-30`);
    expect(opened).toMatchObject({ status: "DRAFT", positionId: post.id, unitId: post.unitId, raterId: rater.employeeId });
    expect(toIsoDate(opened!.periodStart)).toBe(`${YEAR}-07-01`);
  });
});

describe("ganti pejabat penilai (HR)", () => {
  it("moves the team's links to the copy of the rater's RHK when the rater's own SKP splits", async () => {
    const boss = await actor(["PEGAWAI", "ATASAN"], { supervisorId: head.employeeId });
    const bossSkp = await createAppraisal(seed, { employeeId: boss.employeeId, year: YEAR, status: "AGREED", results: ["Meningkatnya kualitas layanan"] });
    const member = await actor(["PEGAWAI"], { supervisorId: boss.employeeId });
    const memberSkp = await createAppraisal(seed, { employeeId: member.employeeId, year: YEAR, status: "AGREED", results: ["Terlayaninya permohonan"], parentResultIds: [bossSkp.resultIds[0]!] });
    const newRater = await actor(["PEGAWAI", "ATASAN"]);
    const version = (await seed.appraisal.findUniqueOrThrow({ where: { id: bossSkp.id } })).version;
    const result = await changeRater(hr, bossSkp.id, { version, raterNip: await nipOf(newRater.employeeId), raterRaterNip: null, reason: "Pejabat penilai mutasi ke OPD lain" });
    expect(result.closedId).toBe(bossSkp.id);
    const opened = await seed.appraisal.findUniqueOrThrow({ where: { id: result.openedId }, include: { results: true } });
    expect(opened).toMatchObject({ raterId: newRater.employeeId, raterRaterId: null, status: "DRAFT" });
    const link = await seed.planResult.findUniqueOrThrow({ where: { id: memberSkp.resultIds[0]! } });
    expect(link.parentResultId).toBe(opened.results[0]!.id);
  });

  it("refuses the employee as their own rater, a stale version and a non-HR user, leaving no trace", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    const skp = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "SUBMITTED" });
    const version = (await seed.appraisal.findUniqueOrThrow({ where: { id: skp.id } })).version;
    const input = { version, raterNip: await nipOf(staff.employeeId), raterRaterNip: null, reason: "Uji penolakan" };
    const before = await auditCount({ entityType: "Appraisal", entityId: String(skp.id) });
    await expect(changeRater(hr, skp.id, input)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { raterNip: [expect.any(String)] } });
    await expect(changeRater(hr, skp.id, { ...input, raterNip: "199001012020011999" })).rejects.toMatchObject({ fieldErrors: { raterNip: ["Tidak ada pegawai dengan NIP ini."] } });
    const plainStaff = await actor(["PEGAWAI"]);
    await expect(changeRater(hr, skp.id, { ...input, raterNip: await nipOf(plainStaff.employeeId) })).rejects.toMatchObject({ fieldErrors: { raterNip: [expect.stringContaining("Atasan")] } });
    await expect(changeRater(hr, skp.id, { ...input, raterNip: await nipOf(head.employeeId), version: version - 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(changeRater(rater, skp.id, { ...input, raterNip: await nipOf(head.employeeId) })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await skpsOf(staff.employeeId)).map((s) => [s.status, s.version])).toEqual([["SUBMITTED", version]]);
    expect(await auditCount({ entityType: "Appraisal", entityId: String(skp.id) })).toBe(before);
  });

  it("retargets an SKP of a past year in place and refuses a closed one", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    const old = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR - 1, status: "AGREED" });
    const version = (await seed.appraisal.findUniqueOrThrow({ where: { id: old.id } })).version;
    const result = await changeRater(hr, old.id, { version, raterNip: await nipOf(head.employeeId), raterRaterNip: null, reason: "Penilai lama pensiun" });
    expect(result).toEqual({ closedId: null, openedId: old.id });
    expect(await seed.appraisal.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ raterId: head.employeeId, status: "AGREED", openYear: YEAR - 1 });
    const closed = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "CLOSED" });
    const cv = (await seed.appraisal.findUniqueOrThrow({ where: { id: closed.id } })).version;
    await expect(changeRater(hr, closed.id, { version: cv, raterNip: await nipOf(head.employeeId), raterRaterNip: null, reason: "Tidak boleh" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("ditutup") });
  });
});
