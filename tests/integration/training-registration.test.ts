// Registration, the seat counter and approvals against a real PostgreSQL: eligibility re-checked on
// the server, the last seat taken by exactly one of two simultaneous registrations, cancel and
// decline giving the seat back, supervisors deciding only for their direct reports (HR for people
// without one), each out-of-order step refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { decideRegistration } from "../../lib/trainings/approval-mutations";
import { listPendingApprovals } from "../../lib/trainings/registration-queries";
import { cancelRegistration, registerForTraining } from "../../lib/trainings/registration-mutations";
import { ZDecision } from "../../lib/trainings/registration-schemas";
import { createUnit } from "../../prisma/seed/factories";
import { days, footprint, registration, seats, training } from "./training-fixtures";
import { actor, auditCount, seed } from "./support/context";

let boss: SessionUser;
let staff: SessionUser;
let colleague: SessionUser;
let otherBoss: SessionUser;
let hr: SessionUser;

const motivation = { motivation: "Menunjang tugas analisis jabatan." };
/** Every pending id a user decides, across pages (earlier tests leave requests of people without a supervisor). */
async function allPending(user: SessionUser): Promise<number[]> {
  const ids: number[] = [];
  for (let page = 1; ; page += 1) {
    const result = (await listPendingApprovals(user, page))!;
    ids.push(...result.rows.map((r) => r.id));
    if (page * result.pageSize >= result.total) return ids;
  }
}
const version = async (id: number) => (await seed.trainingRegistration.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  boss = await actor(["PEGAWAI", "ATASAN"], { type: "PENGAWAS" });
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId, type: "PELAKSANA" });
  colleague = await actor(["PEGAWAI"], { supervisorId: boss.employeeId, type: "PELAKSANA" });
  otherBoss = await actor(["PEGAWAI", "ATASAN"], { type: "PENGAWAS" });
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("registerForTraining", () => {
  it("registers PENDING, takes one seat and audits", async () => {
    const t = await training();
    const id = await registerForTraining(staff, t.id, motivation);
    expect(await seed.trainingRegistration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", employeeId: staff.employeeId, motivation: motivation.motivation });
    expect(await seats(t.id)).toBe(1);
    expect(await auditCount({ action: "training.register", entityId: String(id) })).toBe(1);
    await expect(registerForTraining(staff, t.id, motivation)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah terdaftar") });
    expect(await seats(t.id)).toBe(1);
  });

  it("registers once when the same person submits twice at the same moment", async () => {
    const t = await training();
    const results = await Promise.allSettled([registerForTraining(colleague, t.id, motivation), registerForTraining(colleague, t.id, motivation)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await seats(t.id)).toBe(1);
  });

  it("gives the last seat to exactly one of two people registering at the same moment", async () => {
    const t = await training({ quota: 3 });
    await registration(t.id, (await actor(["PEGAWAI"])).employeeId);
    await registration(t.id, (await actor(["PEGAWAI"])).employeeId);
    const [a, b] = [await actor(["PEGAWAI"]), await actor(["PEGAWAI"])];
    const results = await Promise.allSettled([registerForTraining(a, t.id, motivation), registerForTraining(b, t.id, motivation)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: "Kuota sudah penuh." });
    expect(await seats(t.id)).toBe(3);
    expect(await seed.trainingRegistration.count({ where: { trainingId: t.id } })).toBe(3);
  });

  it("never oversells under a burst: ten people for four seats", async () => {
    const t = await training({ quota: 4 });
    const people = await Promise.all(Array.from({ length: 10 }, () => actor(["PEGAWAI"])));
    const results = await Promise.allSettled(people.map((p) => registerForTraining(p, t.id, motivation)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(4);
    expect(await seats(t.id)).toBe(4);
    expect(await seed.trainingRegistration.count({ where: { trainingId: t.id, status: "PENDING" } })).toBe(4);
  });

  it.each([
    ["after the deadline", { registrationDeadline: days(-1) }, "Batas pendaftaran"],
    ["for another position type", { positionTypes: ["PENGAWAS" as const] }, "Jenis jabatan"],
    ["below the pangkat minimum", { minRankId: 17 }, "Pangkat"],
    ["for another unit", { unitId: -1 }, "unit kerja lain"],
    ["when full", { quota: 1, full: true }, "Kuota sudah penuh"],
  ])("is refused %s, with no row, no seat and no audit", async (_label, options, message) => {
    const { full, unitId, ...rest } = options as Record<string, unknown> & { full?: boolean; unitId?: number };
    const t = await training({ ...(rest as Parameters<typeof training>[0]), unitId: unitId ? (await createUnit(seed)).id : null });
    if (full) await registration(t.id, colleague.employeeId);
    const before = await footprint(t.id);
    await expect(registerForTraining(staff, t.id, motivation)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining(message) });
    expect(await footprint(t.id)).toEqual(before);
  });

  it("treats an unpublished training as not found, and refuses people who may not register", async () => {
    const draft = await training({ published: false });
    await expect(registerForTraining(staff, draft.id, motivation)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(registerForTraining({ ...hr, roles: ["ADMIN_BKD"] }, (await training()).id, motivation)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await seats(draft.id)).toBe(0);
  });
});

describe("cancelRegistration", () => {
  it("frees the seat; the person may register again; a declined one may not", async () => {
    const t = await training();
    const id = await registerForTraining(staff, t.id, motivation);
    await cancelRegistration(staff, id, await version(id));
    expect(await seed.trainingRegistration.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "CANCELLED" });
    expect(await seats(t.id)).toBe(0);
    expect(await registerForTraining(staff, t.id, motivation)).toBe(id);
    expect(await seats(t.id)).toBe(1);
    // The same person reopening twice at once (a double click): one registration, one seat.
    await cancelRegistration(staff, id, await version(id));
    const twice = await Promise.allSettled([registerForTraining(staff, t.id, motivation), registerForTraining(staff, t.id, motivation)]);
    expect(twice.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await seats(t.id)).toBe(1);
    await decideRegistration(boss, id, ZDecision.parse({ decision: "DECLINE", reason: "Beban kerja akhir tahun", version: String(await version(id)) }));
    await expect(registerForTraining(staff, t.id, motivation)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("ditolak") });
  });

  it("is refused for someone else's registration, after the start, when already cancelled, and at a stale version", async () => {
    const t = await training();
    const id = await registerForTraining(colleague, t.id, motivation);
    const before = await footprint(t.id);
    await expect(cancelRegistration(staff, id, await version(id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancelRegistration(colleague, id, 99)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await footprint(t.id)).toEqual(before);
    await cancelRegistration(colleague, id, await version(id));
    await expect(cancelRegistration(colleague, id, await version(id))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("tidak dapat dibatalkan") });
    const started = await training({ startDate: days(-1), registrationDeadline: days(-2) });
    const late = await registration(started.id, colleague.employeeId, "APPROVED");
    await expect(cancelRegistration(colleague, late.id, late.version)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah dimulai") });
    expect(await seats(started.id)).toBe(1);
  });
});

describe("decideRegistration", () => {
  it("lets the supervisor approve a direct report (seat kept) and decline with a reason (seat freed)", async () => {
    const t = await training();
    const a = await registerForTraining(staff, t.id, motivation);
    const b = await registerForTraining(colleague, t.id, motivation);
    const pending = (await listPendingApprovals(boss, 1))!.rows.map((r) => r.id);
    expect(pending).toEqual(expect.arrayContaining([a, b]));
    await decideRegistration(boss, a, ZDecision.parse({ decision: "APPROVE", version: String(await version(a)) }));
    await decideRegistration(boss, b, ZDecision.parse({ decision: "DECLINE", reason: "Belum sesuai prioritas unit", version: String(await version(b)) }));
    expect(await seed.trainingRegistration.findUniqueOrThrow({ where: { id: a } })).toMatchObject({ status: "APPROVED", deciderId: boss.employeeId });
    expect(await seed.trainingRegistration.findUniqueOrThrow({ where: { id: b } })).toMatchObject({ status: "DECLINED", declineReason: "Belum sesuai prioritas unit" });
    expect(await seats(t.id)).toBe(1);
    expect(await auditCount({ action: "training.approve", entityId: String(a) })).toBe(1);
    expect(await auditCount({ action: "training.decline", entityId: String(b) })).toBe(1);
  });

  it("requires a reason to decline (beside the field)", () => {
    const parsed = ZDecision.safeParse({ decision: "DECLINE", reason: " ", version: "1" });
    expect(parsed.error!.flatten().fieldErrors.reason).toEqual([expect.any(String)]);
  });

  it("finds nothing for another supervisor or HR when the person has a supervisor; refuses staff outright", async () => {
    const t = await training();
    const id = await registerForTraining(staff, t.id, motivation);
    const before = await footprint(t.id);
    const approve = async () => ZDecision.parse({ decision: "APPROVE", version: String(await version(id)) });
    await expect(decideRegistration(otherBoss, id, await approve())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideRegistration(hr, id, await approve())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideRegistration(colleague, id, await approve())).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await footprint(t.id)).toEqual(before);
    expect((await listPendingApprovals(otherBoss, 1))!.rows.map((r) => r.id)).not.toContain(id);
    expect(await listPendingApprovals(colleague, 1)).toBeNull();
  });

  it("refuses out-of-order decisions: twice, approving after the start, at a stale version", async () => {
    const t = await training();
    const id = await registerForTraining(staff, t.id, motivation);
    const v = await version(id);
    await decideRegistration(boss, id, ZDecision.parse({ decision: "APPROVE", version: String(v) }));
    const before = await footprint(t.id);
    await expect(decideRegistration(boss, id, ZDecision.parse({ decision: "DECLINE", reason: "x", version: String(v + 1) }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah diputuskan") });
    expect(await footprint(t.id)).toEqual(before);

    const started = await training({ startDate: days(0), registrationDeadline: days(-1) });
    const late = await registration(started.id, staff.employeeId, "PENDING");
    await expect(decideRegistration(boss, late.id, ZDecision.parse({ decision: "APPROVE", version: String(late.version) }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah dimulai") });
    // A forgotten request may still be declined after the start, to free the seat.
    await decideRegistration(boss, late.id, ZDecision.parse({ decision: "DECLINE", reason: "Terlambat diputuskan", version: String(late.version) }));
    expect(await seats(started.id)).toBe(0);

    const t2 = await training();
    const stale = await registerForTraining(colleague, t2.id, motivation);
    await expect(decideRegistration(boss, stale, ZDecision.parse({ decision: "APPROVE", version: "42" }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await seed.trainingRegistration.findUniqueOrThrow({ where: { id: stale } })).status).toBe("PENDING");
  });

  it("sends the requests of people without a supervisor to HR, but never HR's own", async () => {
    const t = await training();
    const top = await actor(["PEGAWAI"]);
    const id = await registerForTraining(top, t.id, motivation);
    expect(await allPending(hr)).toContain(id);
    await decideRegistration(hr, id, ZDecision.parse({ decision: "APPROVE", version: String(await version(id)) }));
    expect((await seed.trainingRegistration.findUniqueOrThrow({ where: { id } })).deciderId).toBe(hr.employeeId);
    const own = await registerForTraining(hr, t.id, motivation);
    await expect(decideRegistration(hr, own, ZDecision.parse({ decision: "APPROVE", version: String(await version(own)) }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
