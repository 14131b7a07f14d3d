import "server-only";
import { toIsoDate } from "@/lib/domain/dates";
import type { EducationLevel } from "@/lib/domain/education";
import type { FunctionalLevel, PositionType } from "@/lib/domain/positions";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// The inputs of a KP screening for every PNS at once: four set-based statements run side by side
// (one connection each), each a single pass over its table, never a query per person. Scope: the
// callers are HR's promotion rounds and scripts; they authorize.

export type ScreeningFilter = { unitIds?: readonly number[] };

export type PersonRow = { id: number; rankId: number | null; rankTmt: Date | null; education: EducationLevel; type: PositionType; level: FunctionalLevel | null };
/** `list` is "2024:BAIK,2025:SANGAT_BAIK": one text column decodes twice as fast as two arrays. */
export type PredikatRow = { id: number; list: string };
export type SanctionRow = { id: number; startDate: Date; endDate: Date | null };
export type CreditRow = { id: number; credit: number };

/** PNS in the filtered units and their sub-units (org_units.path holds every ancestor, GIN index). */
function people(filter: ScreeningFilter): Prisma.Sql {
  const units = filter.unitIds?.length ? [...filter.unitIds] : null;
  return units
    ? Prisma.sql`SELECT e.* FROM employees e WHERE e.status = 'PNS' AND e.unit_id IN (SELECT u.id FROM org_units u WHERE u.path && ${units}::int[])`
    : Prisma.sql`SELECT e.* FROM employees e WHERE e.status = 'PNS'`;
}

/**
 * Months of [s, e] whose 15th lies inside it (lib/domain/appraisal/credit.ts monthsCovered), as
 * month-index arithmetic: the first month counts when s is on or before its 15th, the last when e is
 * on or after it.
 */
const covered = (s: string, e: string) =>
  `greatest(0, (extract(year FROM ${e})::int * 12 + extract(month FROM ${e})::int - (extract(day FROM ${e}) < 15)::int)
             - (extract(year FROM ${s})::int * 12 + extract(month FROM ${s})::int + (extract(day FROM ${s}) > 15)::int) + 1)`;

const CREDIT_SHARE = Prisma.raw(
  `round(c.credit * ${covered("greatest(w.s, p.rank_tmt)", "w.e")} / nullif(${covered("w.s", "w.e")}, 0), 3)`,
);

export async function loadScreeningInputs(asOf: Date, filter: ScreeningFilter = {}) {
  const scope = people(filter);
  // The KP search looks two years ahead and asks for the two years before each period's year.
  const fromYear = asOf.getUTCFullYear() - 2;
  const [persons, predikats, sanctions, credits] = await Promise.all([
    db.$queryRaw<PersonRow[]>`
      SELECT p.id, p.rank_id AS "rankId", p.rank_tmt AS "rankTmt", p.education_level::text AS education,
             pos.type::text AS type, pos.functional_level::text AS level
      FROM (${scope}) p JOIN positions pos ON pos.id = p.position_id`,
    db.$queryRaw<PredikatRow[]>`
      SELECT ap.employee_id AS id, string_agg(ap.year || ':' || ap.predikat::text, ',') AS list
      FROM annual_performances ap JOIN (${scope}) p ON p.id = ap.employee_id
      WHERE ap.year >= ${fromYear}
      GROUP BY ap.employee_id`,
    // A blocking sanction that ended before asOf cannot run on any period from asOf on.
    db.$queryRaw<SanctionRow[]>`
      SELECT s.employee_id AS id, s.start_date AS "startDate", s.end_date AS "endDate"
      FROM sanctions s JOIN (${scope}) p ON p.id = s.employee_id
      WHERE s.blocks_promotion AND (s.end_date IS NULL OR s.end_date >= ${toIsoDate(asOf)}::date)`,
    // Angka kredit since the pangkat's TMT, pro-rated by month exactly as lib/career/credit-window.ts.
    db.$queryRaw<CreditRow[]>`
      SELECT c.employee_id AS id, sum(${CREDIT_SHARE})::float8 AS credit
      FROM credit_awards c
      JOIN (${scope}) p ON p.id = c.employee_id
      LEFT JOIN appraisals a ON a.id = c.appraisal_id
      CROSS JOIN LATERAL (SELECT coalesce(a.period_start, make_date(c.year, 1, 1)) AS s, coalesce(a.period_end, make_date(c.year, 12, 31)) AS e) w
      WHERE p.rank_tmt IS NOT NULL AND c.year >= extract(year FROM p.rank_tmt)::int AND w.e >= p.rank_tmt
      GROUP BY c.employee_id`,
  ]);
  return { persons, predikats, sanctions, credits };
}
