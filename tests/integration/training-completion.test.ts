// Attendance and completion against a real PostgreSQL: HR records outcomes from the first day, a
// completion credits the training's JP to the person's ledger in the same transaction and a
// correction takes it back; the bulk step numbers certificates and refuses a list that changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { completeAllApproved, recordCompletion } from "../../lib/trainings/completion-mutations";
import { listTrainingRegistrations } from "../../lib/trainings/registration-queries";
import { ZCompletion, ZRegistrationFilters } from "../../lib/trainings/registration-schemas";
import { days, footprint, registration, seats, TODAY, training } from "./training-fixtures";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let staff: SessionUser;

const completed = (version: number, extra: Record<string, string> = {}) => ZCompletion.parse({ outcome: "COMPLETED", certificateNumber: "800/BPSDM/2026/017", version: String(version), ...extra });
const ledger = (sourceId: number) => seed.developmentHour.findMany({ where: { source: "TRAINING", sourceId }, select: { employeeId: true, hours: true, year: true, date: true, type: true, title: true } });

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("recordCompletion", () => {
  it("credits the JP on the end date by default, frees the seat count, and a correction takes the JP back", async () => {
    const t = await training({ startDate: days(-5), endDate: days(-3), registrationDeadline: days(-7), hours: 24, kind: "E_LEARNING", title: "Pelatihan Penyusunan SKP" });
    const reg = await registration(t.id, staff.employeeId, "APPROVED");
    await recordCompletion(hr, reg.id, completed(reg.version));
    expect(await seed.trainingRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({ status: "COMPLETED", certificateNumber: "800/BPSDM/2026/017", completedAt: t.endDate, version: 2 });
    const [entry] = await ledger(reg.id);
    expect(entry).toMatchObject({ employeeId: staff.employeeId, year: t.endDate.getUTCFullYear(), date: t.endDate, type: "NON_KLASIKAL", title: "Pelatihan Penyusunan SKP" });
    expect(Number(entry!.hours)).toBe(24);
    expect(await seats(t.id)).toBe(0);

    await recordCompletion(hr, reg.id, ZCompletion.parse({ outcome: "NOT_COMPLETED", version: "2" }));
    expect(await ledger(reg.id)).toEqual([]);
    expect(await seed.trainingRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({ status: "NOT_COMPLETED", certificateNumber: null, completedAt: null });
    expect(await seats(t.id)).toBe(0);
    await recordCompletion(hr, reg.id, completed(3, { completedAt: days(-4).toISOString().slice(0, 10) }));
    expect((await ledger(reg.id))[0]?.date).toEqual(days(-4));
    expect(await auditCount({ action: "training.attendance", entityId: String(reg.id) })).toBe(3);
  });

  it("refuses before the start, for a PENDING or declined registration, for staff, at a stale version, and a date in the future", async () => {
    const upcoming = await training();
    const early = await registration(upcoming.id, staff.employeeId, "APPROVED");
    const before = await footprint(upcoming.id);
    await expect(recordCompletion(hr, early.id, completed(early.version))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("mulai tanggal") });
    expect(await footprint(upcoming.id)).toEqual(before);

    const running = await training({ startDate: days(-1), endDate: days(2), registrationDeadline: days(-3) });
    const pending = await registration(running.id, (await actor(["PEGAWAI"])).employeeId, "PENDING");
    const declined = await registration(running.id, (await actor(["PEGAWAI"])).employeeId, "DECLINED");
    const approved = await registration(running.id, staff.employeeId, "APPROVED");
    const state = await footprint(running.id);
    await expect(recordCompletion(hr, pending.id, completed(pending.version))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("disetujui") });
    await expect(recordCompletion(hr, declined.id, completed(declined.version))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordCompletion(staff, approved.id, completed(approved.version))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordCompletion(hr, approved.id, completed(approved.version + 5))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(recordCompletion(hr, approved.id, completed(approved.version, { completedAt: days(1).toISOString().slice(0, 10) }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { completedAt: [expect.any(String)] },
    });
    await expect(recordCompletion(hr, 2_000_000_000, completed(1))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await footprint(running.id)).toEqual(state);

    // While it is still running the default completion date is today, never the future end date.
    await recordCompletion(hr, approved.id, completed(approved.version));
    expect((await ledger(approved.id))[0]?.date).toEqual(TODAY);
  });

  it("requires the certificate number for a completion (beside the field)", () => {
    expect(ZCompletion.safeParse({ outcome: "COMPLETED", certificateNumber: "", version: "1" }).error!.flatten().fieldErrors.certificateNumber).toEqual([expect.any(String)]);
  });
});

describe("completeAllApproved", () => {
  it("completes every approved participant with numbered certificates and their JP; others untouched", async () => {
    const t = await training({ startDate: days(-3), endDate: days(-1), registrationDeadline: days(-5), hours: 6 });
    const people = [await actor(["PEGAWAI"], { name: "Zaenal Abidin" }), await actor(["PEGAWAI"], { name: "Ani Lestari" })];
    const regs = [await registration(t.id, people[0]!.employeeId, "APPROVED"), await registration(t.id, people[1]!.employeeId, "APPROVED")];
    const pending = await registration(t.id, staff.employeeId, "PENDING");
    await expect(completeAllApproved(hr, t.id, { prefix: "BPSDM/", expected: 3 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("berubah") });
    expect(await seats(t.id)).toBe(3);
    expect(await completeAllApproved(hr, t.id, { prefix: "BPSDM/", expected: 2 })).toBe(2);
    const rows = await seed.trainingRegistration.findMany({ where: { id: { in: regs.map((r) => r.id) } }, select: { id: true, status: true, certificateNumber: true }, orderBy: { certificateNumber: "asc" } });
    // Name order: Ani before Zaenal.
    expect(rows).toEqual([
      { id: regs[1]!.id, status: "COMPLETED", certificateNumber: "BPSDM/001" },
      { id: regs[0]!.id, status: "COMPLETED", certificateNumber: "BPSDM/002" },
    ]);
    expect(await seed.developmentHour.count({ where: { source: "TRAINING", sourceId: { in: regs.map((r) => r.id) } } })).toBe(2);
    expect((await seed.trainingRegistration.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
    expect(await seats(t.id)).toBe(1);
    expect(await auditCount({ action: "training.attendance_bulk", entityId: String(t.id) })).toBe(1);
    await expect(completeAllApproved(hr, t.id, { prefix: "BPSDM/", expected: 0 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(completeAllApproved(staff, t.id, { prefix: "X", expected: 0 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("lists participants for HR only, with counts per status", async () => {
    const t = await training({ startDate: days(-3), registrationDeadline: days(-4) });
    await registration(t.id, staff.employeeId, "APPROVED");
    await registration(t.id, (await actor(["PEGAWAI"])).employeeId, "DECLINED");
    const list = await listTrainingRegistrations(hr, t.id, ZRegistrationFilters.parse({ status: "APPROVED" }));
    expect(list).toMatchObject({ total: 1, counts: { APPROVED: 1, DECLINED: 1 } });
    expect(list!.rows[0]!.employee.nip).toBe(staff.nip);
    expect(await listTrainingRegistrations(staff, t.id, ZRegistrationFilters.parse({}))).toBeNull();
  });
});
