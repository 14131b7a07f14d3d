// The KP screening of the demo's closed round, as the app's "Saring semua PNS" would have stored it
// before the round's promotions took effect. The app's path (lib/career/eligibility.ts over
// lib/career/eligibility-queries.ts) needs the app's server-only db client, so the seed reads the
// same inputs through its own transaction and calls the same pure rule (assessPromotion) and the
// same credit window (lib/career/credit-window.ts). tests/integration/seed-talent.test.ts runs the
// app's own screenEligibility on the seeded data and compares it with what is stored here.
import { creditSince, type CreditPiece } from "../../lib/career/credit-window";
import { assessPromotion, type KpAssessment } from "../../lib/domain/career/promotion";
import { isBefore, toIsoDate } from "../../lib/domain/dates";
import type { EducationLevel } from "../../lib/domain/education";
import type { FunctionalLevel, PositionType } from "../../lib/domain/positions";
import type { Predikat } from "../../lib/domain/predikat";
import type { SeedDb } from "./client";

export type ScreenedPerson = {
  employeeId: number;
  /** Pangkat before the period (the rank the round screened), and its TMT. */
  rankId: number | null;
  rankTmt: Date | null;
  result: KpAssessment;
};

type PersonRow = { id: number; rankId: number | null; rankTmt: Date | null; education: EducationLevel; type: PositionType; level: FunctionalLevel | null };

/**
 * Every PNS (except `excluded`) as of `periodTmt`. Someone whose history already holds a promotion
 * with that TMT is screened on the pangkat they held before it, as the round saw them.
 */
export async function screenDemoRound(db: SeedDb, periodTmt: Date, excluded: ReadonlySet<number>): Promise<ScreenedPerson[]> {
  const asOf = toIsoDate(periodTmt);
  const fromYear = periodTmt.getUTCFullYear() - 2;
  const persons = await db.$queryRaw<PersonRow[]>`
    SELECT e.id, e.rank_id AS "rankId", e.rank_tmt AS "rankTmt", e.education_level::text AS education,
           pos.type::text AS type, pos.functional_level::text AS level
    FROM employees e JOIN positions pos ON pos.id = e.position_id
    WHERE e.status = 'PNS' ORDER BY e.id`;
  const histories = await db.rankHistory.findMany({ select: { employeeId: true, rankId: true, tmt: true }, orderBy: [{ tmt: "asc" }, { id: "asc" }] });
  const predikats = await db.annualPerformance.findMany({ where: { year: { gte: fromYear } }, select: { employeeId: true, year: true, predikat: true } });
  const sanctions = await db.$queryRaw<{ id: number; startDate: Date; endDate: Date | null }[]>`
    SELECT s.employee_id AS id, s.start_date AS "startDate", s.end_date AS "endDate" FROM sanctions s
    WHERE s.blocks_promotion AND (s.end_date IS NULL OR s.end_date >= ${asOf}::date)`;
  const credits = await db.$queryRaw<{ id: number; year: number; credit: number; periodStart: Date | null; periodEnd: Date | null }[]>`
    SELECT c.employee_id AS id, c.year::int AS year, c.credit::float8 AS credit, a.period_start AS "periodStart", a.period_end AS "periodEnd"
    FROM credit_awards c LEFT JOIN appraisals a ON a.id = c.appraisal_id`;

  const before = new Map<number, { rankId: number; tmt: Date }>();
  const promotedOn = new Set<number>();
  for (const row of histories) {
    if (row.tmt.getTime() === periodTmt.getTime()) promotedOn.add(row.employeeId);
    else if (isBefore(row.tmt, periodTmt)) before.set(row.employeeId, { rankId: row.rankId, tmt: row.tmt });
  }
  const predikatsOf = group(predikats.map((row) => [row.employeeId, { year: row.year, predikat: row.predikat as Predikat }]));
  const sanctionsOf = group(sanctions.map((row) => [row.id, { startDate: row.startDate, endDate: row.endDate, blocksPromotion: true }]));
  const creditsOf = group<CreditPiece>(credits.map((row) => [row.id, { year: row.year, credit: row.credit, periodStart: row.periodStart, periodEnd: row.periodEnd }]));

  const screened: ScreenedPerson[] = [];
  for (const person of persons) {
    if (excluded.has(person.id)) continue;
    const previous = promotedOn.has(person.id) ? before.get(person.id) : undefined;
    const rankId = previous ? previous.rankId : person.rankId;
    const rankTmt = previous ? previous.tmt : person.rankTmt;
    const functional = person.type === "FUNGSIONAL";
    const result = assessPromotion({
      status: "PNS",
      rankId,
      rankTmt,
      educationLevel: person.education,
      positionType: person.type,
      functionalLevel: person.level,
      predikats: predikatsOf.get(person.id) ?? [],
      sanctions: sanctionsOf.get(person.id) ?? [],
      creditInRank: functional ? creditSince(creditsOf.get(person.id) ?? [], rankTmt) : 0,
      asOf: periodTmt,
    });
    screened.push({ employeeId: person.id, rankId, rankTmt, result });
  }
  return screened;
}

function group<T>(pairs: [number, T][]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const [key, value] of pairs) map.set(key, [...(map.get(key) ?? []), value]);
  return map;
}
