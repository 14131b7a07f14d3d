// Awards and disciplinary sanctions against a real PostgreSQL: HR records them (sanctions versioned,
// "blocks promotion" defaulting by level), the person and their supervisors read them, anyone else
// finds nothing; refusals (out of scope, stale version, bad dates) leave no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { dateOnly } from "../../lib/domain/dates";
import { addAward, deleteAward } from "../../lib/records/award-mutations";
import { getEmployeeRecords, getSanction } from "../../lib/records/record-queries";
import { addSanction, deleteSanction, updateSanction } from "../../lib/records/sanction-mutations";
import { ZSanction, type TSanction } from "../../lib/records/schemas";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let boss: SessionUser;
let staff: SessionUser;
let outsider: SessionUser;

const award = { name: "Satyalancana Karya Satya X Tahun", grantor: "Presiden Republik Indonesia", skNumber: "KEP-12/2024", skDate: dateOnly(2024, 8, 17) };
const sanction = (overrides: Partial<TSanction> = {}): TSanction => ({
  level: "SEDANG",
  kind: "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan",
  reason: "Tidak masuk kerja tanpa alasan yang sah",
  startDate: addDays(today(), -30),
  endDate: addDays(today(), 150),
  blocksPromotion: true,
  skNumber: "862/15/BKD",
  skDate: addDays(today(), -35),
  ...overrides,
});
const traces = async (employeeId = staff.employeeId) => ({
  awards: await seed.award.count({ where: { employeeId } }),
  sanctions: await seed.sanction.findMany({ where: { employeeId }, orderBy: { id: "asc" } }),
  audits: (await auditCount({ entityType: "Award" })) + (await auditCount({ entityType: "Sanction" })),
});

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  boss = await actor(["PEGAWAI", "ATASAN"]);
  // Service since 2010, so a sanction of 2020 lies inside it.
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId, serviceStart: dateOnly(2010, 3, 1) });
  outsider = await actor(["PEGAWAI", "ATASAN"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the sanction form", () => {
  const form = { level: "RINGAN", kind: "Teguran tertulis", reason: "Terlambat berulang", startDate: "2025-01-06", endDate: "", blocksPromotion: "DEFAULT", skNumber: "1/2025", skDate: "2025-01-03" };

  it("takes 'blocks promotion' from the level unless HR chooses explicitly", () => {
    expect(ZSanction.parse(form)).toMatchObject({ blocksPromotion: false, endDate: null });
    expect(ZSanction.parse({ ...form, level: "SEDANG" }).blocksPromotion).toBe(true);
    expect(ZSanction.parse({ ...form, level: "BERAT" }).blocksPromotion).toBe(true);
    expect(ZSanction.parse({ ...form, level: "BERAT", blocksPromotion: "NO" }).blocksPromotion).toBe(false);
    expect(ZSanction.parse({ ...form, blocksPromotion: "YES" }).blocksPromotion).toBe(true);
  });

  it("refuses an end before the start and an SK dated in the future, beside those fields", () => {
    const result = ZSanction.safeParse({ ...form, endDate: "2025-01-05", skDate: "2999-01-01" });
    expect(Object.keys(z.flattenError(result.error!).fieldErrors).sort()).toEqual(["endDate", "skDate"]);
  });
});

describe("awards", () => {
  it("are added and deleted by HR with audit rows, and read by the person and their supervisor", async () => {
    const id = await addAward(hr, staff.employeeId, award);
    expect((await getEmployeeRecords(staff, staff.employeeId))!.awards).toEqual([{ id, ...award }]);
    expect((await getEmployeeRecords(boss, staff.employeeId))!.awards).toHaveLength(1);
    expect(await getEmployeeRecords(outsider, staff.employeeId)).toBeNull();
    await deleteAward(hr, staff.employeeId, id);
    expect((await getEmployeeRecords(hr, staff.employeeId))!.awards).toEqual([]);
    expect(await auditCount({ entityType: "Award", entityId: String(id) })).toBe(2);
  });

  it("refuses staff and supervisors (FORBIDDEN) and another person's award id (NOT_FOUND), writing nothing", async () => {
    const id = await addAward(hr, staff.employeeId, award);
    const before = await traces();
    await expect(addAward(staff, staff.employeeId, award)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addAward(boss, staff.employeeId, award)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAward(boss, staff.employeeId, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteAward(hr, outsider.employeeId, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await traces()).toEqual(before);
  });
});

describe("sanctions", () => {
  it("are recorded with an audit row and shown as being served, blocking promotion by default", async () => {
    const id = await addSanction(hr, staff.employeeId, sanction());
    const row = (await getEmployeeRecords(staff, staff.employeeId))!.sanctions.find((s) => s.id === id)!;
    expect(row).toMatchObject({ level: "SEDANG", blocksPromotion: true, active: true, overridesDefault: false, version: 1 });
    expect(await auditCount({ entityType: "Sanction", entityId: String(id), action: "records.sanction_add" })).toBe(1);
  });

  it("marks an explicit choice against the level's default, and an ended sanction as not served", async () => {
    const id = await addSanction(hr, staff.employeeId, sanction({ level: "RINGAN", kind: "Teguran tertulis", blocksPromotion: true, startDate: dateOnly(2020, 1, 1), endDate: dateOnly(2020, 6, 30), skDate: dateOnly(2019, 12, 20) }));
    const row = (await getEmployeeRecords(hr, staff.employeeId))!.sanctions.find((s) => s.id === id)!;
    expect(row).toMatchObject({ overridesDefault: true, active: false });
  });

  it("is edited with the version the form showed; a stale version is a CONFLICT that changes nothing", async () => {
    const id = await addSanction(hr, staff.employeeId, sanction());
    const opened = (await getSanction(hr, staff.employeeId, id))!;
    await updateSanction(hr, staff.employeeId, id, { ...sanction({ endDate: null, reason: "Diperbaiki sesuai SK" }), version: opened.version });
    expect(await getSanction(hr, staff.employeeId, id)).toMatchObject({ endDate: null, reason: "Diperbaiki sesuai SK", version: opened.version + 1 });
    const before = await traces();
    await expect(updateSanction(hr, staff.employeeId, id, { ...sanction({ reason: "Basi" }), version: opened.version })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deleteSanction(hr, staff.employeeId, id, opened.version)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await traces()).toEqual(before);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "Sanction", entityId: String(id), action: "records.sanction_update" } });
    expect(audit.before).toMatchObject({ reason: "Tidak masuk kerja tanpa alasan yang sah" });
    expect(audit.after).toMatchObject({ reason: "Diperbaiki sesuai SK", endDate: null });
  });

  it("is deleted by HR with the current version, audited with what it said", async () => {
    const id = await addSanction(hr, staff.employeeId, sanction());
    await deleteSanction(hr, staff.employeeId, id, 1);
    expect(await seed.sanction.count({ where: { id } })).toBe(0);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "Sanction", entityId: String(id), action: "records.sanction_delete" } });
    expect(audit.before).toMatchObject({ level: "SEDANG", blocksPromotion: true, employeeId: staff.employeeId });
  });

  it("refuses a start before the person's service began, beside the field, writing nothing", async () => {
    const { serviceStart } = await seed.employee.findUniqueOrThrow({ where: { id: staff.employeeId }, select: { serviceStart: true } });
    const before = await traces();
    await expect(addSanction(hr, staff.employeeId, sanction({ startDate: addDays(serviceStart, -1) }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { startDate: [expect.any(String)] } });
    expect(await traces()).toEqual(before);
  });

  it("is out of reach for everyone but HR: FORBIDDEN to write, nothing to read outside the scope", async () => {
    const id = await addSanction(hr, staff.employeeId, sanction());
    const before = await traces();
    for (const user of [staff, boss, outsider]) {
      await expect(addSanction(user, staff.employeeId, sanction())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateSanction(user, staff.employeeId, id, { ...sanction(), version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteSanction(user, staff.employeeId, id, 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
      // The edit page's query: HR only.
      expect(await getSanction(user, staff.employeeId, id)).toBeNull();
    }
    expect(await getEmployeeRecords(outsider, staff.employeeId)).toBeNull();
    // A guessed id under another person: not found, even for HR.
    await expect(updateSanction(hr, outsider.employeeId, id, { ...sanction(), version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteSanction(hr, outsider.employeeId, id, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getSanction(hr, outsider.employeeId, id)).toBeNull();
    expect(await traces()).toEqual(before);
  });
});
