// The demo's appraisal history (prisma/seed/demo-appraisals*.ts) against the rules it claims to
// follow: distribution per finalised unit-year, the predikat matrix, feedback on anything below
// expectation, annual results and angka kredit as lib/appraisals/annual.ts writes them, and the
// fixed accounts the e2e suite relies on; then a small scale batch (scale-appraisals.ts) against the
// same rules. Works in its own scratch database, seeded from nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annualCredit, CREDIT_TABLE, monthsCovered, PREDIKAT_PERCENT } from "../../lib/domain/appraisal/credit";
import { checkDistribution, countPredikats, rulesFor, type DistributionRule } from "../../lib/domain/appraisal/distribution";
import { governingUnitId } from "../../lib/domain/appraisal/distribution-unit";
import { feedbackRequired } from "../../lib/domain/appraisal/evaluation-state";
import { legacyPredikat } from "../../lib/domain/appraisal/legacy";
import { predikatFor, PREDIKATS, type Predikat, type Rating } from "../../lib/domain/predikat";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { EvaluationStatus } from "../../lib/generated/prisma/enums";
import { createSeedClient } from "../../prisma/seed/client";
import { DEMO_APPRAISAL_DATE } from "../../prisma/seed/demo-appraisals";
import { seedScale } from "../../prisma/seed/scale";
import { recreateDatabase } from "../../scripts/lib/embedded-postgres";
import { prepareDatabase } from "../../scripts/lib/prepare-database";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error("DATABASE_URL must point at a PostgreSQL server for integration tests");
const SCRATCH = "jenjang_seed_appraisals_test";
const STAFF = "199107212019031004";
const SUPERVISOR = "198205102008012003";
const OTHER_STAFF = "199304122020122005";
const RATED: EvaluationStatus[] = ["RATED", "RELEASED", "ACKNOWLEDGED", "APPEALED", "FINAL"];
const RELEASED: EvaluationStatus[] = ["RELEASED", "ACKNOWLEDGED", "APPEALED", "FINAL"];

let db: PrismaClient;
let url = "";
let seconds = 0;
const dbUrl = () => url;

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

const employeeByNip = (nip: string) => db.employee.findUniqueOrThrow({ where: { nip }, select: { id: true, supervisorId: true } });

describe("demo appraisal seed", () => {
  it("seeds the demo with its appraisals quickly and records the counts", async () => {
    // About 5 s on an idle machine (target: under 15 s); the margin keeps a busy CI machine green.
    expect(seconds).toBeLessThan(30);
    const audit = await db.auditLog.findMany({ where: { action: "seed.demo_appraisals" } });
    expect(audit).toHaveLength(1);
    const after = audit[0]!.after as Record<string, number>;
    expect(after.evaluations).toBe(await db.evaluation.count());
    expect(after.appraisals).toBe(await db.appraisal.count());
    expect(await db.appraisalSetting.findUnique({ where: { id: 1 } })).toMatchObject({ frequency: "QUARTERLY" });
  });

  it("fits every finalised unit-year to its distribution rules, or records why not", async () => {
    const rules: DistributionRule[] = (await db.distributionRule.findMany()).map((r) => ({ ...r }));
    const results = await db.unitYearResult.findMany({ where: { finalizedAt: { not: null } }, include: { unit: { select: { code: true } } } });
    expect(new Set(results.map((r) => r.year))).toEqual(new Set([2023, 2024, 2025]));
    const units = await db.orgUnit.findMany({ select: { id: true, path: true } });
    const annual = await db.evaluation.findMany({ where: { kind: "ANNUAL", status: { in: RELEASED } }, select: { year: true, unitId: true, predikat: true } });
    const pathOf = new Map(units.map((u) => [u.id, u.path]));
    // The nearest unit up the path with a result governs (lib/domain/appraisal/distribution-unit.ts).
    const governs = (year: number, unitId: number) => governingUnitId(pathOf.get(unitId)!, results.filter((r) => r.year === year).map((r) => r.unitId));
    let overrides = 0;
    for (const result of results) {
      const predikats = annual.filter((e) => e.year === result.year && governs(e.year, e.unitId) === result.unitId).map((e) => e.predikat as Predikat);
      expect(predikats.length, `${result.unit.code} ${result.year}`).toBeGreaterThan(0);
      const violations = checkDistribution(countPredikats(predikats), rulesFor(result.result, rules));
      if (result.overrideReason) {
        overrides += 1;
        expect(violations.length, `${result.unit.code} ${result.year} is overridden, so it should not fit`).toBeGreaterThan(0);
      } else {
        expect(violations, `${result.unit.code} ${result.year}`).toEqual([]);
      }
    }
    expect(overrides).toBe(1);
    const open = await db.unitYearResult.findMany({ where: { year: 2026 } });
    expect(open.length).toBe(results.length / 3);
    expect(open.every((r) => r.finalizedAt === null)).toBe(true);
  });

  it("gives every rated evaluation the matrix predikat, and feedback wherever something is below expectation", async () => {
    const rated = await db.evaluation.findMany({
      where: { status: { in: RATED } },
      select: { id: true, workRating: true, behaviourRating: true, predikat: true, feedback: true, resultRatings: { select: { rating: true } }, behaviourRatings: { select: { rating: true } }, appraisal: { select: { _count: { select: { results: true } } } } },
    });
    expect(rated.length).toBeGreaterThan(2000);
    let below = 0;
    for (const e of rated) {
      expect(e.predikat, `evaluation ${e.id}`).toBe(predikatFor(e.workRating!, e.behaviourRating!));
      expect(e.resultRatings).toHaveLength(e.appraisal._count.results);
      expect(e.behaviourRatings).toHaveLength(7);
      const needs = feedbackRequired({
        workRating: e.workRating!,
        behaviourRating: e.behaviourRating!,
        resultRatings: e.resultRatings.map((r) => r.rating),
        behaviourRatings: e.behaviourRatings.map((r) => r.rating),
      });
      if (needs) {
        below += 1;
        expect(e.feedback?.trim(), `evaluation ${e.id} has DI_BAWAH but no feedback`).toBeTruthy();
      }
    }
    expect(below).toBeGreaterThan(0);
    const unrated = await db.evaluation.findMany({ where: { status: { in: ["OPEN", "SELF_ASSESSED"] } }, select: { predikat: true, workRating: true, _count: { select: { resultRatings: true } } } });
    expect(unrated.length).toBeGreaterThan(0);
    for (const e of unrated) expect([e.predikat, e.workRating, e._count.resultRatings]).toEqual([null, null, 0]);
  });

  it("writes the annual result of every released annual evaluation, from the year's latest SKP", async () => {
    const released = await db.evaluation.findMany({
      where: { kind: "ANNUAL", status: { in: RELEASED } },
      select: { id: true, employeeId: true, year: true, unitId: true, predikat: true, releasedAt: true, appraisal: { select: { periodEnd: true } } },
    });
    const rows = await db.annualPerformance.findMany();
    const byKey = new Map(rows.map((r) => [`${r.employeeId}/${r.year}`, r]));
    const latest = new Map<string, (typeof released)[number]>();
    for (const e of released) {
      expect(e.releasedAt).not.toBeNull();
      const key = `${e.employeeId}/${e.year}`;
      const seen = latest.get(key);
      if (!seen || e.appraisal.periodEnd > seen.appraisal.periodEnd) latest.set(key, e);
    }
    for (const [key, e] of latest) {
      const row = byKey.get(key);
      expect(row, key).toBeDefined();
      expect([row!.predikat, row!.evaluationId, row!.unitId, row!.legacyScore]).toEqual([e.predikat, e.id, e.unitId, null]);
    }
    // Every non-legacy row comes from such an evaluation; legacy rows carry a score and no evaluation.
    for (const row of rows) {
      if (row.year <= 2022) expect(row.legacyScore, `${row.employeeId}/${row.year}`).not.toBeNull();
      else expect(latest.has(`${row.employeeId}/${row.year}`)).toBe(true);
    }
    const years = countPredikats(rows.filter((r) => r.year >= 2023).map((r) => r.predikat));
    const total = rows.filter((r) => r.year >= 2023).length;
    expect(years.SANGAT_BAIK / total).toBeGreaterThan(0.12);
    expect(years.SANGAT_BAIK / total).toBeLessThan(0.28);
    expect(years.BAIK / total).toBeGreaterThan(0.6);
    expect(years.BUTUH_PERBAIKAN + years.KURANG).toBeGreaterThan(0);
    expect(await db.evaluation.count({ where: { kind: "ANNUAL", year: 2026 } })).toBe(0);
  });

  it("awards angka kredit to functional SKPs exactly as annualCredit(monthsCovered(…)) says", async () => {
    const awards = await db.creditAward.findMany({
      include: { appraisal: { select: { periodStart: true, periodEnd: true, employeeId: true, year: true, position: { select: { type: true, functionalLevel: true } } } } },
    });
    expect(awards.length).toBeGreaterThan(100);
    const annual = new Map((await db.evaluation.findMany({ where: { kind: "ANNUAL", status: { in: RELEASED } }, select: { appraisalId: true, predikat: true } })).map((e) => [e.appraisalId, e.predikat]));
    for (const award of awards) {
      const skp = award.appraisal!;
      expect(skp.position.type).toBe("FUNGSIONAL");
      expect([award.employeeId, award.year, award.functionalLevel]).toEqual([skp.employeeId, skp.year, skp.position.functionalLevel]);
      const months = monthsCovered(skp.periodStart, skp.periodEnd);
      expect(award.months).toBe(months);
      expect(award.predikat).toBe(annual.get(award.appraisalId!));
      expect(award.percentage).toBe(PREDIKAT_PERCENT[award.predikat]);
      expect(Number(award.coefficient)).toBe(CREDIT_TABLE[award.functionalLevel].coefficient);
      expect(Number(award.credit)).toBe(annualCredit(months, award.predikat, award.functionalLevel));
    }
    const functionalReleased = await db.evaluation.count({ where: { kind: "ANNUAL", status: { in: RELEASED }, appraisal: { position: { type: "FUNGSIONAL" } } } });
    expect(awards.length).toBe(functionalReleased);
  });

  it("keeps evaluations consistent with their SKP and at most one open SKP per employee-year", async () => {
    const mismatched = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id
      WHERE (e.employee_id, e.rater_id, e.unit_id, e.year) IS DISTINCT FROM (a.employee_id, a.rater_id, a.unit_id, a.year)
         OR e.period_start < a.period_start OR e.period_end > a.period_end`;
    expect(Number(mismatched[0]!.n)).toBe(0);
    const open = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT employee_id, year FROM appraisals WHERE status <> 'CLOSED' GROUP BY 1, 2 HAVING count(*) > 1) x`;
    expect(Number(open[0]!.n)).toBe(0);
    const badOpenYear = await db.appraisal.count({ where: { OR: [{ status: "CLOSED", openYear: { not: null } }, { status: { not: "CLOSED" }, openYear: null }] } });
    expect(badOpenYear).toBe(0);
    // Raters are the supervisors (the split's first half aside), rater's raters theirs.
    const wrongRater = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM appraisals a JOIN employees r ON r.id = a.rater_id
      WHERE a.rater_rater_id IS DISTINCT FROM r.supervisor_id`;
    expect(Number(wrongRater[0]!.n)).toBe(0);
    const linked = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM plan_results c JOIN appraisals ca ON ca.id = c.appraisal_id
      JOIN plan_results p ON p.id = c.parent_result_id JOIN appraisals pa ON pa.id = p.appraisal_id
      WHERE pa.employee_id <> ca.rater_id OR pa.year <> ca.year`;
    expect(Number(linked[0]!.n)).toBe(0);
    const kinds = await db.planIndicator.groupBy({ by: ["targetKind"], _count: true });
    expect(kinds.map((k) => k.targetKind).sort()).toEqual(["KUALITAS", "KUALITATIF", "KUANTITAS", "WAKTU"]);
  });

  it("leaves the e2e staff account without a 2026 SKP but with a full 2021–2025 history", async () => {
    const staff = await employeeByNip(STAFF);
    expect(await db.appraisal.count({ where: { employeeId: staff.id, year: 2026 } })).toBe(0);
    const history = await db.annualPerformance.findMany({ where: { employeeId: staff.id }, orderBy: { year: "asc" } });
    expect(history.map((h) => h.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const skps = await db.appraisal.findMany({ where: { employeeId: staff.id }, include: { evaluations: true, results: true } });
    expect(skps.map((s) => [s.year, s.status]).sort()).toEqual([[2023, "AGREED"], [2024, "AGREED"], [2025, "AGREED"]]);
    for (const skp of skps) {
      expect(skp.raterId).toBe(staff.supervisorId);
      expect(skp.results.length).toBeGreaterThanOrEqual(2);
      expect(skp.evaluations.map((e) => `${e.kind}${e.periodNo}:${e.status}`).sort()).toEqual(["ANNUAL0:ACKNOWLEDGED", "PERIODIC1:ACKNOWLEDGED", "PERIODIC2:ACKNOWLEDGED", "PERIODIC3:ACKNOWLEDGED", "PERIODIC4:ACKNOWLEDGED"]);
    }
    expect(await db.creditAward.count({ where: { employeeId: staff.id } })).toBe(3);
  });

  it("gives the supervisor an agreed 2026 SKP to link to and a team in varied states", async () => {
    const supervisor = await employeeByNip(SUPERVISOR);
    const own = await db.appraisal.findFirstOrThrow({ where: { employeeId: supervisor.id, year: 2026 }, include: { results: true, evaluations: true } });
    expect(own.status).toBe("AGREED");
    expect(own.results.length).toBeGreaterThanOrEqual(2);
    const team = await db.appraisal.findMany({ where: { raterId: supervisor.id, year: 2026 }, include: { evaluations: true, results: true } });
    const states = new Set(team.map((a) => (a.status === "DRAFT" && a.returnComment ? "RETURNED" : a.status)));
    for (const s of ["AGREED", "SUBMITTED", "DRAFT", "RETURNED"]) expect(states, s).toContain(s);
    const q3 = new Set(team.flatMap((a) => a.evaluations.filter((e) => e.periodNo === 3).map((e) => e.status)));
    for (const s of ["ACKNOWLEDGED", "RATED", "SELF_ASSESSED"]) expect(q3, s).toContain(s);
    const ownIds = new Set(own.results.map((r) => r.id));
    expect(team.some((a) => a.results.some((r) => r.parentResultId !== null && ownIds.has(r.parentResultId)))).toBe(true);
    // The mid-year split: a closed first half under another rater, an agreed second half under her.
    const split = await db.appraisal.findFirstOrThrow({ where: { year: 2026, status: "CLOSED" } });
    expect(split.raterId).not.toBe(supervisor.id);
    const second = await db.appraisal.findFirstOrThrow({ where: { employeeId: split.employeeId, year: 2026, status: "AGREED" } });
    expect(second.raterId).toBe(supervisor.id);
    expect([split.periodEnd, second.periodStart].map((d) => d.toISOString().slice(0, 10))).toEqual(["2026-06-30", "2026-07-01"]);
    expect(await db.appraisal.count({ where: { year: 2026, status: "CLOSED" } })).toBe(1);
  });

  it("gives the other staff account an ordinary 2026 SKP and the current year documents, notes and 360 input", async () => {
    const other = await employeeByNip(OTHER_STAFF);
    const skp = await db.appraisal.findFirstOrThrow({ where: { employeeId: other.id, year: 2026 }, include: { evaluations: true } });
    expect(skp.status).toBe("AGREED");
    expect(skp.evaluations.map((e) => e.periodNo).sort()).toEqual([1, 2, 3]);
    expect(await db.realization.count({ where: { link: { not: null }, fileId: null } })).toBeGreaterThan(20);
    expect(await db.performanceNote.count()).toBeGreaterThan(10);
    const requests = await db.feedbackRequest.findMany({ include: { answers: true, evaluation: { select: { employeeId: true } } } });
    const day = (d: Date) => d.toISOString().slice(0, 10);
    const answered = requests.filter((r) => r.answeredAt !== null);
    const pending = requests.filter((r) => r.answeredAt === null);
    expect(answered.length).toBeGreaterThan(0);
    for (const r of answered) expect(r.answers).toHaveLength(7);
    for (const r of pending) expect(r.answers).toHaveLength(0);
    expect(pending.filter((r) => day(r.deadline) < day(DEMO_APPRAISAL_DATE))).toHaveLength(1);
    expect(pending.filter((r) => r.deadline > new Date()).length).toBeGreaterThan(1);
    for (const r of requests) expect(r.respondentId).not.toBe(r.evaluation.employeeId);
    const staff = await employeeByNip(STAFF);
    expect(pending.some((r) => r.respondentId === staff.id)).toBe(true);
  });
});

describe("scale appraisal seed (set-based SQL)", () => {
  const inScale = "JOIN org_units su ON su.id = a.unit_id AND su.code LIKE 'SCALE-%'";
  const count = async (sql: string) => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]!.n);
  let counts: Record<string, number> | null;

  beforeAll(async () => {
    counts = await seedScale(dbUrl(), 2000, () => {});
  }, 120_000);

  it("writes SKPs, RHK, evaluations and results for every scale employee with a supervisor", async () => {
    expect(counts).not.toBeNull();
    const ratees = await count(`SELECT count(*) AS n FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE u.code LIKE 'SCALE-%' AND e.supervisor_id IS NOT NULL`);
    expect(await count(`SELECT count(DISTINCT a.employee_id) AS n FROM appraisals a ${inScale} WHERE a.year = 2025`)).toBeGreaterThan(ratees * 0.9);
    expect(counts!.evaluations).toBeGreaterThan(ratees * 10);
    const perSkp = await db.$queryRawUnsafe<{ min: number; max: number }[]>(
      `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT count(r.id) AS n FROM appraisals a ${inScale} LEFT JOIN plan_results r ON r.appraisal_id = a.id GROUP BY a.id) x`,
    );
    expect(perSkp[0]).toEqual({ min: 2, max: 3 });
    expect(await count(`SELECT count(*) AS n FROM plan_results r JOIN appraisals a ON a.id = r.appraisal_id ${inScale} WHERE NOT EXISTS (SELECT 1 FROM plan_indicators i WHERE i.result_id = r.id)`)).toBe(0);
    const states = await db.$queryRawUnsafe<{ status: string }[]>(`SELECT DISTINCT e.status::text AS status FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id ${inScale} WHERE e.year = 2026 AND e.period_no = 3`);
    expect(states.map((s) => s.status).sort()).toEqual(["ACKNOWLEDGED", "OPEN", "RATED", "SELF_ASSESSED"]);
    const plans = await db.$queryRawUnsafe<{ status: string }[]>(`SELECT DISTINCT a.status::text AS status FROM appraisals a ${inScale} WHERE a.year = 2026`);
    expect(plans.map((s) => s.status).sort()).toEqual(["AGREED", "DRAFT", "SUBMITTED"]);
    // Rating rows only for 2026, one per RHK and seven per rated evaluation there.
    expect(await count(`SELECT count(*) AS n FROM result_ratings rr JOIN evaluations e ON e.id = rr.evaluation_id JOIN appraisals a ON a.id = e.appraisal_id ${inScale} WHERE e.year <> 2026`)).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id ${inScale}
        WHERE e.year = 2026 AND e.predikat IS NOT NULL AND (SELECT count(*) FROM behaviour_ratings b WHERE b.evaluation_id = e.id) <> 7`),
    ).toBe(0);
  });

  it("keeps the same rules as the demo: matrix, feedback, consistency with the SKP, one open SKP", async () => {
    const combos = await db.$queryRawUnsafe<{ work: Rating; behaviour: Rating; predikat: Predikat }[]>(
      `SELECT DISTINCT e.work_rating::text AS work, e.behaviour_rating::text AS behaviour, e.predikat::text AS predikat
       FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id ${inScale} WHERE e.status IN ('RATED', 'RELEASED', 'ACKNOWLEDGED')`,
    );
    expect(combos.length).toBeGreaterThan(4);
    for (const c of combos) expect(c.predikat, `${c.work}/${c.behaviour}`).toBe(predikatFor(c.work, c.behaviour));
    expect(
      await count(`SELECT count(*) AS n FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id ${inScale}
        WHERE (e.work_rating = 'DI_BAWAH' OR e.behaviour_rating = 'DI_BAWAH') AND e.feedback IS NULL`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id ${inScale}
        WHERE (e.employee_id, e.rater_id, e.unit_id, e.year) IS DISTINCT FROM (a.employee_id, a.rater_id, a.unit_id, a.year) OR e.period_start < a.period_start`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM plan_results c JOIN appraisals a ON a.id = c.appraisal_id ${inScale}
        JOIN plan_results p ON p.id = c.parent_result_id JOIN appraisals pa ON pa.id = p.appraisal_id WHERE pa.employee_id <> a.rater_id OR pa.year <> a.year`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM evaluations e JOIN appraisals a ON a.id = e.appraisal_id ${inScale}
        WHERE e.kind = 'ANNUAL' AND e.status IN ('RELEASED', 'ACKNOWLEDGED')
          AND NOT EXISTS (SELECT 1 FROM annual_performances p WHERE p.employee_id = e.employee_id AND p.year = e.year AND p.evaluation_id = e.id AND p.predikat = e.predikat)`),
    ).toBe(0);
  });

  it("scores legacy years by the PP 30/2019 bands and awards angka kredit as annualCredit says", async () => {
    const legacy = await db.$queryRawUnsafe<{ score: string; predikat: Predikat }[]>(
      `SELECT p.legacy_score::text AS score, p.predikat::text AS predikat FROM annual_performances p JOIN org_units su ON su.id = p.unit_id AND su.code LIKE 'SCALE-%' WHERE p.year IN (2022, 2023)`,
    );
    expect(legacy.length).toBeGreaterThan(1000);
    for (const row of legacy) expect(legacyPredikat(Number(row.score), row.predikat === "SANGAT_BAIK"), row.score).toBe(row.predikat);
    const awards = await db.creditAward.findMany({
      where: { appraisal: { unit: { code: { startsWith: "SCALE-" } } } },
      include: { appraisal: { select: { periodStart: true, periodEnd: true, position: { select: { functionalLevel: true } }, evaluations: { where: { kind: "ANNUAL" }, select: { predikat: true } } } } },
    });
    expect(awards.length).toBeGreaterThan(300);
    for (const award of awards) {
      const months = monthsCovered(award.appraisal!.periodStart, award.appraisal!.periodEnd);
      expect([award.months, award.functionalLevel, award.predikat]).toEqual([months, award.appraisal!.position.functionalLevel, award.appraisal!.evaluations[0]!.predikat]);
      expect([award.percentage, Number(award.coefficient), Number(award.credit)]).toEqual([
        PREDIKAT_PERCENT[award.predikat],
        CREDIT_TABLE[award.functionalLevel].coefficient,
        annualCredit(months, award.predikat, award.functionalLevel),
      ]);
    }
  });

  it("gives every scale OPD a result for 2024–2026, finalised ones fitting the rules or overridden", async () => {
    const rules: DistributionRule[] = (await db.distributionRule.findMany()).map((r) => ({ ...r }));
    const results = await db.unitYearResult.findMany({ where: { unit: { code: { startsWith: "SCALE-" } } } });
    const opds = await count(`SELECT count(*) AS n FROM org_units u JOIN org_units root ON root.id = u.parent_id WHERE root.code ~ '^SCALE-[0-9]+$'`);
    expect(results.length).toBe(opds * 3);
    for (const result of results.filter((r) => r.finalizedAt)) {
      const rows = await db.$queryRawUnsafe<{ predikat: Predikat; n: bigint }[]>(
        `SELECT e.predikat::text AS predikat, count(*) AS n FROM evaluations e JOIN org_units u ON u.id = e.unit_id
         WHERE e.year = $1 AND e.kind = 'ANNUAL' AND u.path @> ARRAY[$2]::int[] GROUP BY 1`,
        result.year,
        result.unitId,
      );
      const counts = Object.fromEntries(PREDIKATS.map((p) => [p, Number(rows.find((r) => r.predikat === p)?.n ?? 0)])) as Record<Predikat, number>;
      if (!result.overrideReason) expect(checkDistribution(counts, rulesFor(result.result, rules)), `${result.unitId} ${result.year}`).toEqual([]);
    }
    expect(results.filter((r) => r.year === 2026).every((r) => r.finalizedAt === null)).toBe(true);
  });
});
