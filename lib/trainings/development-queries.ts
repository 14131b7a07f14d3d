import "server-only";
import { today } from "@/lib/clock";
import { jpProgress, REQUIRED_JP_PER_YEAR } from "@/lib/domain/career/development";
import { employeeReadScope } from "@/lib/employees/scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { STANDING_PAGE_SIZE, type TStandingFilters } from "./development-schemas";

/**
 * A person's JP of one year: the ledger entries (buku JP, through the (year, employee_id) index),
 * the total split klasikal / non-klasikal, and progress toward the 20 JP. Null outside the user's
 * read scope (themselves, their chain, HR).
 */
export async function getJpYear(user: SessionUser, employeeId: number, year: number) {
  const person = await db.employee.findFirst({ where: { AND: [{ id: employeeId }, employeeReadScope(user)] }, select: { id: true } });
  if (!person) return null;
  const rows = await db.developmentHour.findMany({
    where: { year, employeeId },
    select: { id: true, date: true, hours: true, source: true, type: true, title: true },
    orderBy: [{ date: "desc" }, { id: "desc" }],
  });
  const entries = rows.map((row) => ({ ...row, hours: Number(row.hours) }));
  const sum = (list: typeof entries) => Math.round(list.reduce((total, row) => total + row.hours, 0) * 100) / 100;
  const total = sum(entries);
  return {
    year,
    entries,
    klasikal: sum(entries.filter((row) => row.type === "KLASIKAL")),
    nonKlasikal: sum(entries.filter((row) => row.type === "NON_KLASIKAL")),
    progress: jpProgress(total),
  };
}
export type JpYear = NonNullable<Awaited<ReturnType<typeof getJpYear>>>;

/**
 * Whose JP the user may list: HR everyone (`filter` null) or one unit with its sub-units, a
 * supervisor their chain (`filter` on `employees e`). Null for anyone else.
 */
function standingScope(user: SessionUser, unitId: number | undefined): { filter: Prisma.Sql | null } | null {
  if (can(user, "development.read.all")) {
    return { filter: unitId ? Prisma.sql`e.unit_id IN (SELECT id FROM org_units WHERE path @> ARRAY[${unitId}]::int[])` : null };
  }
  if (can(user, "development.read.team")) return { filter: Prisma.sql`e.supervisor_path @> ARRAY[${user.employeeId}]::int[]` };
  return null;
}

/**
 * The year's ledger summed per person (the (year, employee_id) index), as `employee_id, jp`: for
 * everyone, or for the people of `scoped` (a query with an `id` column).
 */
function ledgerSums(year: number, scoped: Prisma.Sql | null): Prisma.Sql {
  return scoped
    ? Prisma.sql`SELECT d.employee_id, SUM(d.hours) AS jp FROM development_hours d WHERE d.year = ${year} AND d.employee_id IN (${scoped}) GROUP BY d.employee_id`
    : Prisma.sql`SELECT d.employee_id, SUM(d.hours) AS jp FROM development_hours d WHERE d.year = ${year} GROUP BY d.employee_id`;
}

export type StandingRow = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null; position: string; unit: string; jp: number };
type StandingSqlRow = StandingRow & { total: number; behind: number };
export type JpStanding = { year: number; rows: StandingRow[]; total: number; behind: number; page: number; pageSize: number };

/**
 * "Who is behind": each person in scope with the year's JP, least first (then by name), one page, in
 * one statement. At 100,000 people, joining everyone to their sum and sorting all of them cost
 * ~350 ms, so the page is taken from two short lists that together hold it: the people without a
 * ledger row this year (JP 0) in name order, which the name index yields until the page is full,
 * and the people with one, only those whose sum is at most the k-th smallest (k = offset + page
 * size). The totals are counts: everyone in scope, minus those with 20 JP or more for "behind".
 * Null without a development permission.
 */
export async function findJpStanding(user: SessionUser, filters: TStandingFilters): Promise<JpStanding | null> {
  const scope = standingScope(user, filters.unit);
  if (!scope) return null;
  const year = filters.year ?? today().getUTCFullYear();
  const offset = (filters.page - 1) * STANDING_PAGE_SIZE;
  const upTo = offset + STANDING_PAGE_SIZE;
  // A unit or a chain is read once into `people` (a filtered walk of the name index could read
  // all 100,000 rows to find a small unit's few); everyone is the employees table itself.
  const people = scope.filter ? Prisma.sql`people` : Prisma.sql`employees`;
  const peopleCte = scope.filter ? Prisma.sql`people AS MATERIALIZED (SELECT e.id, e.search_name FROM employees e WHERE ${scope.filter}),` : Prisma.empty;
  const rows = await db.$queryRaw<StandingSqlRow[]>`
    WITH ${peopleCte}
    jp AS MATERIALIZED (${ledgerSums(year, scope.filter ? Prisma.sql`SELECT id FROM people` : null)}),
    zero AS (
      SELECT x.id, x.search_name, 0::numeric AS jp FROM ${people} x
      WHERE NOT EXISTS (SELECT 1 FROM development_hours d WHERE d.year = ${year} AND d.employee_id = x.id)
      ORDER BY x.search_name, x.id LIMIT ${upTo}
    ),
    cutoff AS (SELECT jp.jp FROM jp ORDER BY jp.jp OFFSET ${upTo - 1} LIMIT 1),
    logged AS (
      -- The name per candidate by primary key: a join would hash every employee first.
      SELECT jp.employee_id AS id, (SELECT x.search_name FROM employees x WHERE x.id = jp.employee_id) AS search_name, jp.jp
      FROM jp WHERE jp.jp <= COALESCE((SELECT c.jp FROM cutoff c), jp.jp)
      ORDER BY jp.jp, search_name, jp.employee_id LIMIT ${upTo}
    ),
    page AS (
      SELECT * FROM zero UNION ALL SELECT * FROM logged
      ORDER BY jp, search_name, id LIMIT ${STANDING_PAGE_SIZE} OFFSET ${offset}
    ),
    totals AS MATERIALIZED (
      SELECT (SELECT count(*) FROM ${people})::int AS total, (SELECT count(*) FROM jp WHERE jp.jp >= ${REQUIRED_JP_PER_YEAR})::int AS ahead
    )
    SELECT e.id, e.nip, e.name, e.front_title AS "frontTitle", e.back_title AS "backTitle", p.name AS position, u.name AS unit,
           r.jp::float8 AS jp, t.total, (t.total - t.ahead)::int AS behind
    FROM page r
    CROSS JOIN totals t
    JOIN employees e ON e.id = r.id
    JOIN positions p ON p.id = e.position_id
    JOIN org_units u ON u.id = e.unit_id
    ORDER BY r.jp, r.search_name, r.id`;
  const first = rows[0];
  // A page past the end (an old link): show the first page rather than an empty list without totals.
  if (!first && filters.page > 1) return findJpStanding(user, { ...filters, page: 1 });
  const totals = first ? { total: first.total, behind: first.behind } : { total: 0, behind: 0 };
  return {
    year,
    rows: rows.map(({ total: _total, behind: _behind, ...row }) => row),
    ...totals,
    page: filters.page,
    pageSize: STANDING_PAGE_SIZE,
  };
}

export type UnitSummaryRow = { unitId: number; name: string; direct: boolean; people: number; behind: number; averageJp: number };

/**
 * HR's per-unit table in one grouped statement: one row per unit one level below the chosen unit
 * (without a choice, below the root — the OPDs of a pemda), each with its whole subtree, plus the
 * chosen unit's own staff as a `direct` row. Each row: people, how many are under 20 JP, and the
 * average JP of the year. People are counted per unit first (a few hundred rows), then the units
 * rolled up to their group. Null for anyone but HR.
 */
export async function unitJpSummary(user: SessionUser, filters: Pick<TStandingFilters, "unit" | "year">): Promise<UnitSummaryRow[] | null> {
  if (!can(user, "development.read.all")) return null;
  const year = filters.year ?? today().getUTCFullYear();
  const parent = filters.unit ? await db.orgUnit.findUnique({ where: { id: filters.unit }, select: { id: true, path: true } }) : null;
  if (filters.unit && !parent) return [];
  // path[depth] is the chosen unit (or a root); a person counts under their ancestor at depth + 1.
  const depth = parent ? parent.path.length : 1;
  const filter = parent ? Prisma.sql`u.path @> ARRAY[${parent.id}]::int[]` : Prisma.sql`TRUE`;
  // Everyone belongs to some unit: without a chosen unit nobody needs filtering out.
  const inUnits = parent ? Prisma.sql`e.unit_id IN (SELECT id FROM units)` : Prisma.sql`TRUE`;
  return db.$queryRaw<UnitSummaryRow[]>`
    WITH units AS (
      SELECT u.id, COALESCE(u.path[${depth + 1}::int], u.path[${depth}::int]) AS group_id, u.path[${depth + 1}::int] IS NULL AS direct
      FROM org_units u WHERE ${filter}
    ), jp AS (${ledgerSums(year, parent ? Prisma.sql`SELECT e.id FROM employees e WHERE ${inUnits}` : null)}
    ), per_unit AS (
      SELECT e.unit_id, count(*) AS people, count(*) FILTER (WHERE jp.jp >= ${REQUIRED_JP_PER_YEAR}) AS ahead, SUM(jp.jp) AS jp
      FROM employees e LEFT JOIN jp ON jp.employee_id = e.id
      WHERE ${inUnits}
      GROUP BY e.unit_id
    )
    SELECT g.id AS "unitId", g.name, x.direct, SUM(p.people)::int AS people, SUM(p.people - p.ahead)::int AS behind,
           round(COALESCE(SUM(p.jp), 0) / SUM(p.people), 2)::float8 AS "averageJp"
    FROM per_unit p
    JOIN units x ON x.id = p.unit_id
    JOIN org_units g ON g.id = x.group_id
    GROUP BY g.id, g.name, x.direct
    ORDER BY x.direct DESC, g.name, g.id`;
}
