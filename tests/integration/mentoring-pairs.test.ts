// Mentoring pairs against a real PostgreSQL: who may open a pair for whom (HR anyone, a supervisor
// their chain), the mentor rules (senior, predikat ≥ Baik last year), one active pair per mentor and
// mentee even under concurrent opens, who sees which pairs, and closing with an outcome. Refusals
// leave no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { addMonths } from "../../lib/domain/dates";
import { listOverseenPairs, listOwnPairs } from "../../lib/mentoring/list-queries";
import { closePair, openPair } from "../../lib/mentoring/pair-mutations";
import { getPair } from "../../lib/mentoring/pair-queries";
import { ZOpenPair, type TOpenPair } from "../../lib/mentoring/schemas";
import type { Predikat } from "../../lib/generated/prisma/enums";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

const LAST_YEAR = today().getUTCFullYear() - 1;
let hr: SessionUser;
let boss: SessionUser;
let staff: SessionUser;
let mentor: SessionUser;
let otherBoss: SessionUser;
let otherStaff: SessionUser;
let bystander: SessionUser;
let staffUnitId: number;

async function withPredikat(user: SessionUser, predikat: Predikat | null): Promise<SessionUser> {
  if (predikat) {
    const { unitId } = await seed.employee.findUniqueOrThrow({ where: { id: user.employeeId }, select: { unitId: true } });
    await seed.annualPerformance.create({ data: { employeeId: user.employeeId, year: LAST_YEAR, predikat, unitId } });
  }
  return user;
}
const senior = async (predikat: Predikat | null = "BAIK") => withPredikat(await actor(["PEGAWAI"], { rankCode: "IV/a" }), predikat);
const input = (mentee: SessionUser, mentorUser: SessionUser = mentor, overrides: Partial<TOpenPair> = {}): TOpenPair => ({
  mentorNip: mentorUser.nip,
  menteeNip: mentee.nip,
  goals: "Menguasai penyusunan analisis jabatan dan beban kerja unit.",
  startDate: addDays(today(), -10),
  endDate: addMonths(today(), 6),
  ...overrides,
});
const traces = async () => ({ pairs: await seed.mentoringPair.count(), audits: await auditCount({ entityType: "MentoringPair" }) });

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  boss = await actor(["PEGAWAI", "ATASAN"], { rankCode: "IV/b" });
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId, rankCode: "III/a" });
  mentor = await senior("SANGAT_BAIK");
  otherBoss = await actor(["PEGAWAI", "ATASAN"]);
  otherStaff = await actor(["PEGAWAI"], { supervisorId: otherBoss.employeeId, rankCode: "III/a" });
  bystander = await actor(["PEGAWAI"]);
  staffUnitId = (await seed.employee.findUniqueOrThrow({ where: { id: staff.employeeId }, select: { unitId: true } })).unitId;
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the form", () => {
  it("asks for goals of 20–2000 characters and a period of at most 12 months", () => {
    const form = { mentorNip: "1978 0315 2005 0110 02", menteeNip: "199107212019031004", goals: "x".repeat(20), startDate: "2026-01-10", endDate: "2027-01-10" };
    expect(ZOpenPair.parse(form).mentorNip).toBe("197803152005011002");
    const bad = ZOpenPair.safeParse({ ...form, goals: "terlalu pendek", endDate: "2027-01-11" });
    expect(Object.keys(z.flattenError(bad.error!).fieldErrors).sort()).toEqual(["endDate", "goals"]);
    expect(z.flattenError(ZOpenPair.safeParse({ ...form, endDate: "2026-01-09" }).error!).fieldErrors.endDate).toHaveLength(1);
  });
});

describe("opening a pair", () => {
  it("lets HR pair anyone, recording the opener and an audit row", async () => {
    const mentee = await actor(["PEGAWAI"], { rankCode: "II/c" });
    const id = await openPair(hr, input(mentee));
    expect(await seed.mentoringPair.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ACTIVE", mentorId: mentor.employeeId, menteeId: mentee.employeeId, openedById: hr.employeeId, version: 1 });
    expect(await auditCount({ entityType: "MentoringPair", entityId: String(id), action: "mentoring.open" })).toBe(1);
  });

  it("lets a supervisor pair only someone in their chain; others are refused beside the mentee's NIP", async () => {
    expect(await openPair(boss, input(staff))).toBeGreaterThan(0);
    const before = await traces();
    await expect(openPair(boss, input(otherStaff))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { menteeNip: [expect.stringContaining("tim Anda")] } });
    await expect(openPair(otherBoss, input(staff, await senior()))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { menteeNip: [expect.any(String)] } });
    expect(await traces()).toEqual(before);
  });

  it("is refused to staff without the supervisor or HR role", async () => {
    const before = await traces();
    await expect(openPair(staff, input(bystander))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await traces()).toEqual(before);
  });

  it("checks the mentor: senior, at least Baik last year, not the mentee, an existing NIP", async () => {
    const mentee = await actor(["PEGAWAI"], { rankCode: "III/c" });
    const junior = await withPredikat(await actor(["PEGAWAI"], { rankCode: "III/a" }), "SANGAT_BAIK");
    const weak = await senior("BUTUH_PERBAIKAN");
    const unrated = await senior(null);
    const before = await traces();
    const problem = (mentorUser: SessionUser, pattern: string) =>
      expect(openPair(hr, input(mentee, mentorUser))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { mentorNip: [expect.stringContaining(pattern)] } });
    await problem(junior, "lebih senior");
    await problem(weak, `tahun ${LAST_YEAR}`);
    await problem(weak, "Butuh Perbaikan");
    await problem(unrated, "belum ada");
    await problem(mentee, "orang yang sama");
    await expect(openPair(hr, input(mentee, mentor, { mentorNip: "100001012000011999" }))).rejects.toMatchObject({ fieldErrors: { mentorNip: [expect.any(String)] } });
    expect(await traces()).toEqual(before);
  });

  it("keeps one active pair per mentor and mentee, also when two opens race; after closing, a new one may start", async () => {
    const mentee = await actor(["PEGAWAI"], { rankCode: "II/a" });
    const results = await Promise.allSettled([openPair(hr, input(mentee)), openPair(hr, input(mentee))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "VALIDATION", fieldErrors: { menteeNip: [expect.stringContaining("sudah memiliki")] } });
    const id = (results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<number>).value;
    await closePair(hr, id, { outcome: "Selesai lebih awal", version: 1 });
    expect(await openPair(hr, input(mentee))).toBeGreaterThan(id);
  });
});

describe("who sees which pairs", () => {
  let pairId: number;

  beforeAll(async () => {
    pairId = (await seed.mentoringPair.findFirstOrThrow({ where: { menteeId: staff.employeeId, status: "ACTIVE" }, select: { id: true } })).id;
  });

  it("shows a pair to mentor, mentee, the mentee's supervisor and HR; to anyone else it does not exist", async () => {
    for (const user of [mentor, staff, boss, hr]) expect((await getPair(user, pairId))?.id).toBe(pairId);
    for (const user of [otherBoss, otherStaff, bystander]) expect(await getPair(user, pairId)).toBeNull();
  });

  it("lists one's own pairs as mentor and as mentee, and nothing of other people's", async () => {
    expect((await listOwnPairs(mentor)).asMentor.map((row) => row.id)).toContain(pairId);
    expect((await listOwnPairs(staff)).asMentee.map((row) => row.id)).toEqual([pairId]);
    expect(await listOwnPairs(bystander)).toEqual({ asMentor: [], asMentee: [] });
  });

  it("gives HR every pair filtered by status and by the mentee's unit with sub-units, a supervisor only their chain", async () => {
    const byUnit = (await listOverseenPairs(hr, { unit: staffUnitId, page: 1 }))!;
    expect(byUnit.rows.map((row) => row.id)).toEqual([pairId]);
    expect(byUnit.total).toBe(1);
    expect((await listOverseenPairs(hr, { unit: staffUnitId, status: "CLOSED", page: 1 }))!.rows).toEqual([]);
    expect((await listOverseenPairs(hr, { page: 1 }))!.total).toBe(await seed.mentoringPair.count());
    expect((await listOverseenPairs(boss, { page: 1 }))!.rows.map((row) => row.id)).toEqual([pairId]);
    expect((await listOverseenPairs(otherBoss, { page: 1 }))!.rows).toEqual([]);
    expect(await listOverseenPairs(staff, { page: 1 })).toBeNull();
  });
});

describe("closing a pair", () => {
  it("is done by the supervisor who opened it, with the version shown; a stale version or a second close is refused", async () => {
    const mentee = await actor(["PEGAWAI"], { supervisorId: boss.employeeId, rankCode: "II/b" });
    const id = await openPair(boss, input(mentee));
    const before = await traces();
    await expect(closePair(mentee, id, { outcome: "Saya tutup sendiri", version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(closePair(otherBoss, id, { outcome: "Bukan pasangan saya", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(closePair(bystander, id, { outcome: "Tebakan id", version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(closePair(boss, id, { outcome: "Versi basi", version: 7 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await traces()).toEqual(before);

    await closePair(boss, id, { outcome: "Mentee mampu menyusun ANJAB secara mandiri.", version: 1 });
    expect(await seed.mentoringPair.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CLOSED", outcome: "Mentee mampu menyusun ANJAB secara mandiri.", version: 2 });
    expect((await seed.mentoringPair.findUniqueOrThrow({ where: { id } })).closedAt).not.toBeNull();
    await expect(closePair(boss, id, { outcome: "Lagi", version: 2 })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah ditutup") });
    expect(await auditCount({ entityType: "MentoringPair", entityId: String(id), action: "mentoring.close" })).toBe(1);
  });

  it("is done by the mentor, but not by a supervisor of the mentee who did not open it", async () => {
    const second = await senior();
    const id = await openPair(hr, input(staff, second));
    await expect(closePair(boss, id, { outcome: "Bukan pembuka", version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await closePair(second, id, { outcome: "Tujuan tercapai", version: 1 });
    expect((await getPair(boss, id))?.status).toBe("CLOSED");
  });
});
