// The demo's competency development (prisma/seed/demo-development*.ts) against the rules it claims to
// follow: the seat counter, the JP ledger (one row per source, nothing else), eligibility of every
// registration, the fixed accounts the e2e suite relies on, the running sanction and the mentors.
// Works in its own scratch database, seeded from nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minutesToJp, REQUIRED_JP_PER_YEAR, TRAINING_KIND_TYPE } from "../../lib/domain/career/development";
import { TRAINING_KINDS } from "../../lib/domain/career/enums";
import { mentorProblems } from "../../lib/domain/career/mentoring";
import { isActiveOn } from "../../lib/domain/career/sanctions";
import { isAfter, isBefore } from "../../lib/domain/dates";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { eligibilityProblems } from "../../lib/trainings/rules";
import { createSeedClient } from "../../prisma/seed/client";
import { DEMO_APPRAISAL_DATE } from "../../prisma/seed/demo-appraisals";
import { LAST_SEAT_TRAINING, STAFF_OPEN_TRAINING } from "../../prisma/seed/demo-development";
import { seedScale } from "../../prisma/seed/scale";
import { recreateDatabase } from "../../scripts/lib/embedded-postgres";
import { prepareDatabase } from "../../scripts/lib/prepare-database";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for integration tests");
const SCRATCH = "jenjang_seed_development_test";
const STAFF = "199107212019031004";
const SUPERVISOR = "198205102008012003";
const TODAY = DEMO_APPRAISAL_DATE;

let db: PrismaClient;
let url = "";
let seconds = 0;

beforeAll(async () => {
  url = await recreateDatabase(serverUrl, SCRATCH);
  const started = Date.now();
  await prepareDatabase(url, { demo: true });
  seconds = (Date.now() - started) / 1000;
  db = createSeedClient(url);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${SCRATCH}" WITH (FORCE)`);
  await client.end();
});

const key = (source: string, id: number) => `${source}/${id}`;
const jpIn = async (employeeId: number, year: number) =>
  Number((await db.developmentHour.aggregate({ where: { employeeId, year }, _sum: { hours: true } }))._sum.hours ?? 0);

/** A person as lib/trainings/rules.ts sees a registrant. */
async function registrant(employeeId: number) {
  const e = await db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { status: true, rankId: true, position: { select: { type: true } }, unit: { select: { path: true } } } });
  return { rankId: e.status === "PNS" ? e.rankId : null, positionType: e.position.type, unitPath: e.unit.path };
}

describe("demo development seed", () => {
  it("seeds quickly and records the counts", async () => {
    // About 5–6 s for the whole demo on an idle machine (target: under 15 s); margin for a busy CI.
    expect(seconds).toBeLessThan(30);
    const audit = await db.auditLog.findMany({ where: { action: "seed.demo_development" } });
    expect(audit).toHaveLength(1);
    const after = audit[0]!.after as Record<string, number>;
    expect(after.trainings).toBe(await db.training.count());
    expect(after.training_registrations).toBe(await db.trainingRegistration.count());
    expect(after.development_hours).toBe(await db.developmentHour.count());
    expect(after.trainings).toBeGreaterThanOrEqual(25);
  });

  it("has a catalog across every kind, past and upcoming, with one unpublished draft", async () => {
    const trainings = await db.training.findMany({ include: { competencies: true } });
    expect(new Set(trainings.map((t) => t.kind))).toEqual(new Set(TRAINING_KINDS));
    for (const t of trainings) {
      expect(t.type, t.title).toBe(TRAINING_KIND_TYPE[t.kind]);
      expect(t.competencies.length, t.title).toBeGreaterThan(0);
      expect(isAfter(t.startDate, t.endDate), t.title).toBe(false);
      expect(isAfter(t.registrationDeadline, t.startDate), t.title).toBe(false);
    }
    expect(trainings.filter((t) => !t.published)).toHaveLength(1);
    expect(trainings.some((t) => t.startDate.getUTCFullYear() === 2025)).toBe(true);
    expect(trainings.filter((t) => t.published && isAfter(t.startDate, TODAY)).length).toBeGreaterThanOrEqual(5);
  });

  it("keeps seatsTaken equal to the PENDING and APPROVED registrations, within the quota", async () => {
    const trainings = await db.training.findMany({ select: { id: true, title: true, quota: true, seatsTaken: true } });
    const held = await db.trainingRegistration.groupBy({ by: ["trainingId"], where: { status: { in: ["PENDING", "APPROVED"] } }, _count: { _all: true } });
    const heldBy = new Map(held.map((row) => [row.trainingId, row._count._all]));
    for (const t of trainings) {
      expect(t.seatsTaken, t.title).toBe(heldBy.get(t.id) ?? 0);
      expect(t.seatsTaken, t.title).toBeLessThanOrEqual(t.quota);
    }
    const lastSeat = trainings.find((t) => t.title === LAST_SEAT_TRAINING)!;
    expect(lastSeat.quota - lastSeat.seatsTaken).toBe(1);
  });

  it("registers only people eligible when they asked, employed by then, decided by their supervisor", async () => {
    const rows = await db.trainingRegistration.findMany({
      include: {
        training: true,
        employee: { select: { serviceStart: true, supervisorId: true, status: true, position: { select: { type: true } }, unit: { select: { path: true } } } },
      },
    });
    const rankTmt = await db.rankHistory.findMany({ select: { employeeId: true, rankId: true, tmt: true }, orderBy: { tmt: "asc" } });
    const rankOn = (employeeId: number, date: Date) => rankTmt.filter((r) => r.employeeId === employeeId && !isAfter(r.tmt, date)).at(-1)?.rankId ?? null;
    for (const r of rows) {
      const asked = new Date(Date.UTC(r.requestedAt.getUTCFullYear(), r.requestedAt.getUTCMonth(), r.requestedAt.getUTCDate()));
      const person = { rankId: r.employee.status === "PNS" ? rankOn(r.employeeId, asked) : null, positionType: r.employee.position.type, unitPath: r.employee.unit.path };
      expect(eligibilityProblems(r.training, person, asked), `${r.id} ${r.training.title}`).toEqual([]);
      expect(isBefore(asked, r.employee.serviceStart)).toBe(false);
      if (r.decidedAt) {
        expect(r.deciderId).toBe(r.employee.supervisorId);
        expect(r.decidedAt.getTime()).toBeGreaterThan(r.requestedAt.getTime());
      }
      expect(r.declineReason !== null).toBe(r.status === "DECLINED");
      expect(r.certificateNumber !== null).toBe(r.status === "COMPLETED");
      expect(r.completedAt !== null).toBe(r.status === "COMPLETED" || r.status === "NOT_COMPLETED");
      if (r.status === "PENDING") expect(isAfter(r.training.startDate, TODAY)).toBe(true);
    }
    const statuses = new Set(rows.map((r) => r.status));
    for (const status of ["PENDING", "APPROVED", "DECLINED", "CANCELLED", "COMPLETED", "NOT_COMPLETED"] as const) expect(statuses.has(status), status).toBe(true);
  });

  it("has exactly one JP row per completed registration, verified external training and mentoring session", async () => {
    const hours = await db.developmentHour.findMany();
    const completed = await db.trainingRegistration.findMany({ where: { status: "COMPLETED" }, include: { training: true } });
    const externals = await db.externalTraining.findMany();
    const sessions = await db.mentoringSession.findMany({ include: { pair: true } });
    const expected = new Map<string, { employeeId: number; hours: number; date: Date; type: string }>();
    for (const r of completed) expected.set(key("TRAINING", r.id), { employeeId: r.employeeId, hours: Number(r.training.hours), date: r.completedAt!, type: r.training.type });
    for (const x of externals.filter((e) => e.status === "VERIFIED")) {
      expected.set(key("EXTERNAL", x.id), { employeeId: x.employeeId, hours: Number(x.hours), date: x.endDate, type: TRAINING_KIND_TYPE[x.kind] });
    }
    for (const s of sessions) expected.set(key("MENTORING", s.id), { employeeId: s.pair.menteeId, hours: minutesToJp(s.minutes), date: s.date, type: "NON_KLASIKAL" });

    expect(hours).toHaveLength(expected.size);
    const seen = new Set<string>();
    for (const h of hours) {
      const k = key(h.source, h.sourceId);
      expect(seen.has(k), k).toBe(false);
      seen.add(k);
      const want = expected.get(k);
      expect(want, `JP row without a source: ${k}`).toBeDefined();
      expect({ employeeId: h.employeeId, hours: Number(h.hours), date: h.date, type: h.type }, k).toEqual(want);
      expect(h.year, k).toBe(h.date.getUTCFullYear());
    }
    expect(externals.some((x) => x.status === "SUBMITTED")).toBe(true);
    const rejected = externals.filter((x) => x.status === "REJECTED");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.rejectReason).toBeTruthy();
  });

  it("leaves about a third of the people below 20 JP in 2026", async () => {
    const people = await db.employee.findMany({ select: { id: true } });
    const sums = await db.developmentHour.groupBy({ by: ["employeeId"], where: { year: 2026 }, _sum: { hours: true } });
    const jp = new Map(sums.map((row) => [row.employeeId, Number(row._sum.hours ?? 0)]));
    const below = people.filter((p) => (jp.get(p.id) ?? 0) < REQUIRED_JP_PER_YEAR).length / people.length;
    expect(below).toBeGreaterThan(0.25);
    expect(below).toBeLessThan(0.42);
  });

  it("gives the staff account room to register, a target and JP below 20", async () => {
    const staff = await db.employee.findUniqueOrThrow({ where: { nip: STAFF }, include: { careerTarget: { include: { position: true } }, position: true } });
    expect(await jpIn(staff.id, 2026)).toBeLessThan(REQUIRED_JP_PER_YEAR);
    expect(await jpIn(staff.id, 2026)).toBeGreaterThan(0);
    expect(staff.careerTarget?.position.functionalLevel).toBe("AHLI_MUDA");
    expect(staff.careerTarget?.position.name).toBe("Analis SDM Aparatur Ahli Muda");

    const person = await registrant(staff.id);
    const mine = new Set((await db.trainingRegistration.findMany({ where: { employeeId: staff.id }, select: { trainingId: true } })).map((r) => r.trainingId));
    const upcoming = await db.training.findMany({ where: { published: true, startDate: { gt: TODAY } } });
    const open = upcoming.filter((t) => !mine.has(t.id) && t.quota - t.seatsTaken > 1 && eligibilityProblems(t, person, TODAY).length === 0);
    expect(open.map((t) => t.title)).toContain(STAFF_OPEN_TRAINING);
    const lastSeat = upcoming.find((t) => t.title === LAST_SEAT_TRAINING)!;
    expect(mine.has(lastSeat.id)).toBe(false);
    expect(eligibilityProblems(lastSeat, person, TODAY)).toEqual([]);

    // Competency assessment with a gap to his own position's standard.
    const standard = await db.positionCompetency.findMany({ where: { positionId: staff.positionId } });
    const assessed = await db.competencyAssessment.findMany({ where: { employeeId: staff.id } });
    const gaps = standard.filter((line) => (assessed.find((a) => a.competencyId === line.competencyId)?.level ?? 0) < line.requiredLevel);
    expect(gaps.length).toBeGreaterThan(0);
  });

  it("gives Sri Wahyuni pending requests of her own staff to decide", async () => {
    const supervisor = await db.employee.findUniqueOrThrow({ where: { nip: SUPERVISOR } });
    const pending = await db.trainingRegistration.findMany({ where: { status: "PENDING", employee: { supervisorId: supervisor.id } }, include: { training: true } });
    expect(pending.length).toBeGreaterThanOrEqual(3);
    for (const r of pending) expect(isAfter(r.training.startDate, TODAY)).toBe(true);
  });

  it("assesses about 60% of the people against their position's standard", async () => {
    const people = await db.employee.count();
    const assessed = await db.competencyAssessment.groupBy({ by: ["employeeId"] });
    expect(assessed.length / people).toBeGreaterThan(0.5);
    expect(assessed.length / people).toBeLessThan(0.7);
    const levels = await db.competencyAssessment.findMany({ select: { level: true, competency: { select: { maxLevel: true } } } });
    for (const row of levels) expect(row.level >= 1 && row.level <= row.competency.maxLevel).toBe(true);
  });

  it("has a blocking sanction running on the demo date, a light one that does not block, and a past heavy one", async () => {
    const sanctions = await db.sanction.findMany();
    const running = sanctions.filter((s) => s.blocksPromotion && isActiveOn(s, TODAY));
    expect(running).toHaveLength(1);
    expect(running[0]!.level).toBe("SEDANG");
    expect(running[0]!.endDate!.getUTCFullYear()).toBe(2027);
    expect(sanctions.some((s) => s.level === "RINGAN" && !s.blocksPromotion)).toBe(true);
    expect(sanctions.some((s) => s.level === "BERAT" && s.endDate !== null && isBefore(s.endDate, TODAY))).toBe(true);
  });

  it("gives Karya Satya awards only after their years of service", async () => {
    const awards = await db.award.findMany({ where: { name: { startsWith: "Satyalancana Karya Satya" } }, include: { employee: { select: { serviceStart: true, status: true } } } });
    expect(awards.length).toBeGreaterThan(20);
    for (const a of awards) {
      const years = a.name.includes("XXX") ? 30 : a.name.includes("XX") ? 20 : 10;
      expect(a.employee.status).toBe("PNS");
      expect(a.skDate.getUTCFullYear() - a.employee.serviceStart.getUTCFullYear()).toBeGreaterThanOrEqual(years);
      expect(isAfter(a.skDate, TODAY)).toBe(false);
    }
  });

  it("pairs mentees with mentors who pass mentorProblems at the pair's start", async () => {
    const pairs = await db.mentoringPair.findMany({ include: { sessions: true } });
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    expect(pairs.filter((p) => p.status === "CLOSED" && p.outcome)).toHaveLength(2);
    const party = async (id: number, start: Date) => {
      const e = await db.employee.findUniqueOrThrow({ where: { id }, select: { status: true, position: { select: { grade: true } } } });
      const rank = await db.rankHistory.findFirst({ where: { employeeId: id, tmt: { lte: start } }, orderBy: [{ tmt: "desc" }, { id: "desc" }] });
      return { id, status: e.status, rankId: rank?.rankId ?? null, grade: e.position.grade };
    };
    for (const pair of pairs) {
      const lastYear = await db.annualPerformance.findUnique({ where: { employeeId_year: { employeeId: pair.mentorId, year: pair.startDate.getUTCFullYear() - 1 } } });
      const mentor = { ...(await party(pair.mentorId, pair.startDate)), predikatLastYear: lastYear?.predikat ?? null };
      expect(mentorProblems({ mentor, mentee: await party(pair.menteeId, pair.startDate) }), `pair ${pair.id}`).toEqual([]);
      for (const s of pair.sessions) {
        expect(isBefore(s.date, pair.startDate) || isAfter(s.date, pair.endDate) || isAfter(s.date, TODAY), `session ${s.id}`).toBe(false);
      }
      if (pair.status === "ACTIVE") expect(pair.sessions.length).toBeGreaterThan(0);
    }
    const staff = await db.employee.findUniqueOrThrow({ where: { nip: STAFF } });
    expect(pairs.some((p) => p.menteeId === staff.id && p.status === "ACTIVE")).toBe(true);
  });
});

// Last: adds a small scale batch to the same database and checks the same ledger rules on it.
describe("scale development seed", () => {
  const sql = async <T extends object>(text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  };

  it("writes a batch whose seats and JP ledger follow the same rules", async () => {
    const demo = await db.employee.count();
    const counts = await seedScale(url, demo + 800, () => {});
    expect(counts?.trainings).toBe(300);
    expect(counts?.training_registrations).toBeGreaterThan(800 * 3 * 0.8);

    const [seats] = await sql<{ bad: string }>(
      `SELECT count(*) AS bad FROM trainings t WHERE t.seats_taken > t.quota
         OR t.seats_taken <> (SELECT count(*) FROM training_registrations r WHERE r.training_id = t.id AND r.status IN ('PENDING', 'APPROVED'))`,
    );
    expect(Number(seats!.bad)).toBe(0);
    // Every source has exactly one row with its hours, date and year, and every row has its source.
    const [ledger] = await sql<{ rows: string; sources: string; matched: string }>(
      `WITH src AS (
         SELECT 'TRAINING' AS source, r.id, r.employee_id, t.hours, r.completed_at AS date FROM training_registrations r JOIN trainings t ON t.id = r.training_id WHERE r.status = 'COMPLETED'
         UNION ALL SELECT 'EXTERNAL', x.id, x.employee_id, x.hours, x.end_date FROM external_trainings x WHERE x.status = 'VERIFIED'
         UNION ALL SELECT 'MENTORING', s.id, p.mentee_id, round(s.minutes * 100 / 45.0) / 100, s.date FROM mentoring_sessions s JOIN mentoring_pairs p ON p.id = s.pair_id
       )
       SELECT (SELECT count(*) FROM development_hours) AS rows, (SELECT count(*) FROM src) AS sources,
              (SELECT count(*) FROM src JOIN development_hours h ON h.source::text = src.source AND h.source_id = src.id
                 AND h.employee_id = src.employee_id AND h.hours = src.hours AND h.date = src.date AND h.year = extract(year FROM src.date)) AS matched`,
    );
    expect(Number(ledger!.rows)).toBe(Number(ledger!.sources));
    expect(Number(ledger!.matched)).toBe(Number(ledger!.sources));
    for (const minutes of [60, 90]) {
      const [row] = await sql<{ jp: string }>(`SELECT round($1 * 100 / 45.0) / 100 AS jp`, [minutes]);
      expect(Number(row!.jp)).toBe(minutesToJp(minutes));
    }
  });

  it("pairs scale mentees only with mentors who pass mentorProblems", async () => {
    const pairs = await db.mentoringPair.findMany({ where: { mentee: { unit: { code: { startsWith: "SCALE-" } } } }, select: { id: true, mentorId: true, menteeId: true, startDate: true } });
    for (const pair of pairs) {
      const party = async (id: number) => {
        const e = await db.employee.findUniqueOrThrow({ where: { id }, select: { status: true, position: { select: { grade: true } } } });
        const rank = await db.rankHistory.findFirst({ where: { employeeId: id, tmt: { lte: pair.startDate } }, orderBy: [{ tmt: "desc" }, { id: "desc" }] });
        return { id, status: e.status, rankId: rank?.rankId ?? null, grade: e.position.grade };
      };
      const lastYear = await db.annualPerformance.findUnique({ where: { employeeId_year: { employeeId: pair.mentorId, year: pair.startDate.getUTCFullYear() - 1 } } });
      expect(mentorProblems({ mentor: { ...(await party(pair.mentorId)), predikatLastYear: lastYear?.predikat ?? null }, mentee: await party(pair.menteeId) }), `pair ${pair.id}`).toEqual([]);
    }
  });
});
