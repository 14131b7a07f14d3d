// Mentoring sessions against a real PostgreSQL: mentor and mentee log them within the pair's period,
// each session is non-klasikal JP for the mentee in the JP ledger (written and removed in the same
// transaction), deletes by the logger or HR, nothing after the pair is closed. Refusals leave no
// session, no ledger row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { minutesToJp } from "../../lib/domain/career/development";
import { closePair } from "../../lib/mentoring/pair-mutations";
import { getPair } from "../../lib/mentoring/pair-queries";
import { ZLogSession, type TLogSession } from "../../lib/mentoring/schemas";
import { deleteSession, logSession } from "../../lib/mentoring/session-mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let boss: SessionUser;
let mentee: SessionUser;
let mentor: SessionUser;
let outsider: SessionUser;
let pairId: number;
const START = addDays(today(), -60);

const session = (overrides: Partial<TLogSession> = {}): TLogSession => ({ date: addDays(today(), -7), topic: "Menyusun peta jabatan", notes: "Latihan dengan data unit", minutes: 90, ...overrides });
const traces = async () => ({
  sessions: await seed.mentoringSession.count({ where: { pairId } }),
  ledger: await seed.developmentHour.count({ where: { employeeId: mentee.employeeId } }),
  audits: await auditCount({ entityType: "MentoringPair", entityId: String(pairId) }),
});

/** A pair opened directly (opening has its own tests), active from START for ~8 months. */
async function createPair(): Promise<number> {
  const row = await seed.mentoringPair.create({
    data: { mentorId: mentor.employeeId, menteeId: mentee.employeeId, goals: "Tujuan mentoring untuk pengujian sesi.", startDate: START, endDate: addDays(START, 240), openedById: boss.employeeId },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  boss = await actor(["PEGAWAI", "ATASAN"]);
  mentee = await actor(["PEGAWAI"], { supervisorId: boss.employeeId });
  mentor = await actor(["PEGAWAI"]);
  outsider = await actor(["PEGAWAI", "ATASAN"]);
  pairId = await createPair();
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the form", () => {
  it("takes 15 to 480 minutes and no future date", () => {
    const form = { date: "2026-01-05", topic: "Topik", notes: "", minutes: "45" };
    expect(ZLogSession.parse(form)).toMatchObject({ minutes: 45, notes: null });
    for (const minutes of ["14", "481", "satu"]) expect(ZLogSession.safeParse({ ...form, minutes }).success).toBe(false);
    expect(ZLogSession.safeParse({ ...form, date: "2999-01-01" }).success).toBe(false);
  });
});

describe("logging", () => {
  it("writes the session and the mentee's non-klasikal JP in one go, by either side", async () => {
    const byMentor = await logSession(mentor, pairId, session());
    const byMentee = await logSession(mentee, pairId, session({ minutes: 50, topic: "Umpan balik draf", notes: null }));
    const ledger = await seed.developmentHour.findMany({ where: { source: "MENTORING", sourceId: { in: [byMentor, byMentee] } }, orderBy: { sourceId: "asc" } });
    expect(ledger.map((row) => ({ employeeId: row.employeeId, hours: Number(row.hours), type: row.type, title: row.title, year: row.year }))).toEqual([
      { employeeId: mentee.employeeId, hours: 2, type: "NON_KLASIKAL", title: "Mentoring: Menyusun peta jabatan", year: session().date.getUTCFullYear() },
      { employeeId: mentee.employeeId, hours: minutesToJp(50), type: "NON_KLASIKAL", title: "Mentoring: Umpan balik draf", year: session().date.getUTCFullYear() },
    ]);
    expect(await seed.mentoringSession.findUniqueOrThrow({ where: { id: byMentee } })).toMatchObject({ loggedById: mentee.employeeId, minutes: 50 });
    expect(await auditCount({ entityType: "MentoringPair", entityId: String(pairId), action: "mentoring.session_add" })).toBe(2);

    const pair = (await getPair(mentee, pairId))!;
    expect(pair.totals).toEqual({ minutes: 140, jp: Math.round((2 + minutesToJp(50)) * 100) / 100 });
    // Same day: the later entry first.
    expect(pair.sessions.map((s) => [s.id, s.loggedBy])).toEqual([
      [byMentee, "MENTEE"],
      [byMentor, "MENTOR"],
    ]);
  });

  it("keeps the date inside the pair's period and not in the future, beside the date field", async () => {
    const before = await traces();
    for (const date of [addDays(START, -1), addDays(today(), 1)]) {
      await expect(logSession(mentor, pairId, session({ date }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { date: [expect.any(String)] } });
    }
    expect(await traces()).toEqual(before);
    await expect(logSession(mentor, pairId, session({ date: START }))).resolves.toBeGreaterThan(0);
  });

  it("is only for mentor and mentee: the supervisor and HR who can see the pair get FORBIDDEN, others NOT_FOUND", async () => {
    const before = await traces();
    await expect(logSession(boss, pairId, session())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(logSession(hr, pairId, session())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(logSession(outsider, pairId, session())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await traces()).toEqual(before);
  });
});

describe("deleting a session", () => {
  it("is for its logger (taking the JP with it) or HR; the other side gets FORBIDDEN, outsiders NOT_FOUND", async () => {
    const id = await logSession(mentor, pairId, session({ topic: "Akan dihapus" }));
    const before = await traces();
    await expect(deleteSession(mentee, pairId, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteSession(boss, pairId, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteSession(outsider, pairId, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await traces()).toEqual(before);

    await deleteSession(mentor, pairId, id);
    expect(await seed.mentoringSession.count({ where: { id } })).toBe(0);
    expect(await seed.developmentHour.count({ where: { source: "MENTORING", sourceId: id } })).toBe(0);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "MentoringPair", entityId: String(pairId), action: "mentoring.session_delete" } });
    expect(audit.before).toMatchObject({ sessionId: id, topic: "Akan dihapus", minutes: 90 });
    await expect(deleteSession(mentor, pairId, id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const byMentee = await logSession(mentee, pairId, session({ topic: "HR menghapus" }));
    await deleteSession(hr, pairId, byMentee);
    expect(await seed.developmentHour.count({ where: { source: "MENTORING", sourceId: byMentee } })).toBe(0);
  });

  it("finds nothing for a session id under another pair", async () => {
    const other = await createPair();
    const id = await logSession(mentor, other, session());
    await expect(deleteSession(mentor, pairId, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await seed.mentoringSession.count({ where: { id } })).toBe(1);
  });
});

describe("after the pair is closed", () => {
  it("refuses new sessions and deletes by participants in words that say why; HR may still correct", async () => {
    const kept = await logSession(mentee, pairId, session({ topic: "Sebelum ditutup" }));
    const { version } = await seed.mentoringPair.findUniqueOrThrow({ where: { id: pairId }, select: { version: true } });
    await closePair(mentor, pairId, { outcome: "Tujuan tercapai", version });
    const before = await traces();
    await expect(logSession(mentee, pairId, session())).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah ditutup") });
    await expect(deleteSession(mentee, pairId, kept)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah ditutup") });
    expect(await traces()).toEqual(before);
    expect((await getPair(mentee, pairId))!.can).toEqual({ log: false, close: false });
    await deleteSession(hr, pairId, kept);
    expect(await seed.developmentHour.count({ where: { source: "MENTORING", sourceId: kept } })).toBe(0);
  });
});
