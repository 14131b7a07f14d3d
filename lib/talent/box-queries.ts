import "server-only";
import type { Predikat } from "@/lib/domain/predikat";
import { boxCriteria, boxOf, DEFAULT_POTENTIAL_THRESHOLDS, type Box, type PotentialThresholds } from "@/lib/domain/talent/nine-box";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/server/db";

// Set-based readers of the 9-box shared by the talent pages, the succession checks and other
// features (the placement merit score). They only read; callers authorize.

type Client = Db | Tx;

export type BoxInfo = {
  /** The person's latest annual predikat up to the year asked for; null when they have none. */
  predikat: Predikat | null;
  /** The year of that predikat (older than the year asked for while a newer one is not released). */
  predikatYear: number | null;
  /** The latest potential score (0..100); null when never assessed. */
  score: number | null;
  assessedOn: Date | null;
  box: Box | null;
};

/** Someone with neither input (no predikat, never assessed). */
export const NO_BOX_INFO: BoxInfo = { predikat: null, predikatYear: null, score: null, assessedOn: null, box: null };

/**
 * The two inputs of the 9-box "as of" `year`, as the CTEs `kinerja` (each person's latest annual
 * predikat of `year` or before: a person whose result of `year` is not released yet keeps the previous
 * one, so releasing a few results never empties the grid) and `potential` (each person's latest
 * potential score). Join them with talentJoinsSql. `people` (a SELECT of employee ids) restricts both,
 * so a unit or a short list reads only its own index entries; without it each CTE is one ordered pass
 * over its covering index (annual_performances_latest_idx, potential_assessments_latest_idx), which
 * beats a per-person index probe once the scope is the whole agency. Both keep their column types
 * (enum predikat, numeric score): callers cast only what they return, since a cast per row of the
 * agency (enum to text, numeric to float) costs as much as the two passes themselves.
 */
export function talentInputsCte(year: number, people: Prisma.Sql | null): Prisma.Sql {
  const only = people ? Prisma.sql`AND employee_id IN (${people})` : Prisma.empty;
  return Prisma.sql`
  kinerja AS (
    -- year uncast: ORDER BY on a cast would sort again instead of reading the index in order.
    SELECT DISTINCT ON (employee_id) employee_id, year, predikat
    FROM annual_performances
    WHERE year <= ${year} ${only}
    ORDER BY employee_id, year DESC
  ),
  potential AS (
    SELECT DISTINCT ON (employee_id) employee_id, score, assessed_on
    FROM potential_assessments
    WHERE TRUE ${only}
    ORDER BY employee_id, assessed_on DESC, id DESC
  )`;
}

/** The CTEs of talentInputsCte joined to `employeeColumn` as `ap` (kinerja) and `pot` (potential). */
export function talentJoinsSql(employeeColumn: Prisma.Sql, join: "LEFT JOIN" | "JOIN" = "LEFT JOIN"): Prisma.Sql {
  const kind = Prisma.raw(join);
  return Prisma.sql`${kind} kinerja ap ON ap.employee_id = ${employeeColumn} ${kind} potential pot ON pot.employee_id = ${employeeColumn}`;
}

/**
 * The box of each person in `employeeIds` as of `year` (their latest annual predikat up to that year ×
 * their latest potential score), in one statement. Every id asked for is in the map; unknown ids and
 * people missing either input get `box: null`.
 */
export async function latestBoxes(
  client: Client,
  employeeIds: readonly number[],
  year: number,
  thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS,
): Promise<Map<number, BoxInfo>> {
  const result = new Map<number, BoxInfo>();
  if (employeeIds.length === 0) return result;
  const ids = [...new Set(employeeIds)];
  const rows = await client.$queryRaw<{ id: number; predikat: Predikat | null; year: number | null; score: number | null; assessed_on: Date | null }[]>`
    WITH ${talentInputsCte(year, Prisma.sql`SELECT unnest(${ids}::int[])`)}
    SELECT ids.id, ap.predikat::text AS predikat, ap.year::int AS year, pot.score::float8 AS score, pot.assessed_on
    FROM unnest(${ids}::int[]) AS ids(id)
    ${talentJoinsSql(Prisma.sql`ids.id`)}`;
  for (const row of rows) {
    result.set(row.id, { predikat: row.predikat, predikatYear: row.year, score: row.score, assessedOn: row.assessed_on, box: boxOf(row.predikat, row.score, thresholds) });
  }
  return result;
}

/**
 * The newest year with any annual predikat: the 9-box's default year and the one the succession
 * checks use (as of it, everyone's latest predikat counts); null on an empty database.
 */
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
 * A WHERE fragment true for a person in one of `boxes`, over the aliases `ap` and `pot` of
 * talentJoinsSql; built from the pure table so the SQL never restates the rule.
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
