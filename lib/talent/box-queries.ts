import "server-only";
import type { Predikat } from "@/lib/domain/predikat";
import { boxCriteria, boxOf, DEFAULT_POTENTIAL_THRESHOLDS, type Box, type PotentialThresholds } from "@/lib/domain/talent/nine-box";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db";

// Set-based readers of the 9-box shared by the talent pages, the succession checks and other
// features (the placement merit score). They only read; callers authorize.

type Client = Db | Tx;

export type BoxInfo = {
  /** The annual predikat of the year asked for; null when the person has none that year. */
  predikat: Predikat | null;
  /** The latest potential score (0..100); null when never assessed. */
  score: number | null;
  assessedOn: Date | null;
  box: Box | null;
};

/**
 * The latest potential score of a person, as a LATERAL subquery over the (employee_id, assessed_on
 * DESC) index: one index probe per person. On the same day the later entry wins.
 */
export const latestPotentialSql = (employeeColumn: Prisma.Sql) => Prisma.sql`
  LEFT JOIN LATERAL (
    SELECT pa.score::float8 AS score, pa.assessed_on
    FROM potential_assessments pa
    WHERE pa.employee_id = ${employeeColumn}
    ORDER BY pa.assessed_on DESC, pa.id DESC
    LIMIT 1
  ) pot ON TRUE`;

/**
 * The box of each person in `employeeIds` for `year` (their annual predikat of that year × their
 * latest potential score), in one statement. Every id asked for is in the map; unknown ids and people
 * missing either input get `box: null`.
 */
export async function latestBoxes(
  client: Client,
  employeeIds: readonly number[],
  year: number,
  thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS,
): Promise<Map<number, BoxInfo>> {
  const result = new Map<number, BoxInfo>();
  if (employeeIds.length === 0) return result;
  const rows = await client.$queryRaw<{ id: number; predikat: Predikat | null; score: number | null; assessed_on: Date | null }[]>`
    SELECT ids.id, ap.predikat::text AS predikat, pot.score, pot.assessed_on
    FROM unnest(${[...new Set(employeeIds)]}::int[]) AS ids(id)
    LEFT JOIN annual_performances ap ON ap.employee_id = ids.id AND ap.year = ${year}
    ${latestPotentialSql(Prisma.sql`ids.id`)}`;
  for (const row of rows) {
    result.set(row.id, { predikat: row.predikat, score: row.score, assessedOn: row.assessed_on, box: boxOf(row.predikat, row.score, thresholds) });
  }
  return result;
}

/** The newest year with any annual predikat (the 9-box's default year); null on an empty database. */
export async function newestPerformanceYear(client: Client): Promise<number | null> {
  const rows = await client.$queryRaw<{ year: number | null }[]>`SELECT max(year)::int AS year FROM annual_performances`;
  return rows[0]?.year ?? null;
}

/**
 * Every year with annual predikats, newest first: a loose index scan over (year, unit_id, predikat)
 * (one probe per distinct year) instead of reading the whole table for DISTINCT.
 */
export async function performanceYears(client: Client): Promise<number[]> {
  const rows = await client.$queryRaw<{ year: number }[]>`
    WITH RECURSIVE y AS (
      SELECT max(year)::int AS year FROM annual_performances
      UNION ALL
      SELECT (SELECT max(ap.year)::int FROM annual_performances ap WHERE ap.year < y.year) FROM y WHERE y.year IS NOT NULL
    )
    SELECT year FROM y WHERE year IS NOT NULL`;
  return rows.map((row) => row.year);
}

/**
 * A WHERE fragment true for a person in one of `boxes`, over the aliases `ap` (annual_performances)
 * and `pot` (latestPotentialSql); built from the pure table so the SQL never restates the rule.
 */
export function inBoxesSql(boxes: readonly Box[], thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS): Prisma.Sql {
  if (boxes.length === 0) return Prisma.sql`FALSE`;
  return Prisma.join(boxes.map((box) => boxSql(box, thresholds)), " OR ", "(", ")");
}

function boxSql(box: Box, thresholds: PotentialThresholds): Prisma.Sql {
  const { predikats, range } = boxCriteria(box, thresholds);
  const parts = [Prisma.sql`ap.predikat = ANY(${predikats}::"Predikat"[])`, Prisma.sql`pot.score IS NOT NULL`];
  if (range.min !== null) parts.push(Prisma.sql`pot.score >= ${range.min}`);
  if (range.max !== null) parts.push(Prisma.sql`pot.score < ${range.max}`);
  return Prisma.join(parts, " AND ", "(", ")");
}

/** The box as a SQL expression (null outside every box asked for), for ordering a list of several boxes. */
export function boxCaseSql(boxes: readonly Box[], thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS): Prisma.Sql {
  if (boxes.length === 0) return Prisma.sql`NULL::int`;
  const whens = boxes.map((box) => Prisma.sql`WHEN ${boxSql(box, thresholds)} THEN ${box}::int`);
  return Prisma.sql`(CASE ${Prisma.join(whens, " ")} END)`;
}
