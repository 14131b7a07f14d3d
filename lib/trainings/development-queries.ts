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

/** Whose JP the user may list: HR everyone (optionally one unit with its sub-units), a supervisor their chain. */
function standingScope(user: SessionUser, unitId: number | undefined): Prisma.Sql | null {
  if (can(user, "development.read.all")) return unitId ? Prisma.sql`u.path @> ARRAY[${unitId}]::int[]` : Prisma.sql`TRUE`;
  if (can(user, "development.read.team")) return Prisma.sql`e.supervisor_path @> ARRAY[${user.employeeId}]::int[]`;
  return null;
}

export type StandingRow = { id: number; nip: string; name: string; frontTitle: string | null; backTitle: string | null; position: string; unit: string; jp: number };
type StandingSqlRow = StandingRow & { total: number; behind: number };
export type JpStanding = { year: number; rows: StandingRow[]; total: number; behind: number; page: number; pageSize: number };

/**
 * "Who is behind": each person in scope with the year's JP, least first, in one statement — the
 * people in scope, their ledger summed per person for the year (LEFT JOIN: nobody with 0 JP is
 * missed), and the totals as window counts over the same rows. Null without a development permission.
 */
export async function findJpStanding(user: SessionUser, filters: TStandingFilters): Promise<JpStanding | null> {
  const scope = standingScope(user, filters.unit);
  if (!scope) return null;
  const year = filters.year ?? today().getUTCFullYear();
  const offset = (filters.page - 1) * STANDING_PAGE_SIZE;
  const rows = await db.$queryRaw<StandingSqlRow[]>`
    WITH people AS (
      SELECT e.id FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE ${scope}
    ), jp AS (
      SELECT d.employee_id, SUM(d.hours) AS jp FROM development_hours d
      WHERE d.year = ${year} AND d.employee_id IN (SELECT id FROM people)
      GROUP BY d.employee_id
    )
    SELECT e.id, e.nip, e.name, e.front_title AS "frontTitle", e.back_title AS "backTitle", p.name AS position, u.name AS unit,
           COALESCE(jp.jp, 0)::float8 AS jp,
           count(*) OVER ()::int AS total,
           (count(*) FILTER (WHERE COALESCE(jp.jp, 0) < ${REQUIRED_JP_PER_YEAR}) OVER ())::int AS behind
    FROM people x
    JOIN employees e ON e.id = x.id
    JOIN positions p ON p.id = e.position_id
    JOIN org_units u ON u.id = e.unit_id
    LEFT JOIN jp ON jp.employee_id = e.id
    ORDER BY COALESCE(jp.jp, 0), e.search_name, e.id
    LIMIT ${STANDING_PAGE_SIZE} OFFSET ${offset}`;
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
 * average JP of the year. Null for anyone but HR.
 */
export async function unitJpSummary(user: SessionUser, filters: Pick<TStandingFilters, "unit" | "year">): Promise<UnitSummaryRow[] | null> {
  if (!can(user, "development.read.all")) return null;
  const year = filters.year ?? today().getUTCFullYear();
  const parent = filters.unit ? await db.orgUnit.findUnique({ where: { id: filters.unit }, select: { id: true, path: true } }) : null;
  if (filters.unit && !parent) return [];
  // path[depth] is the chosen unit (or a root); a person counts under their ancestor at depth + 1.
  const depth = parent ? parent.path.length : 1;
  const filter = parent ? Prisma.sql`u.path @> ARRAY[${parent.id}]::int[]` : Prisma.sql`TRUE`;
  return db.$queryRaw<UnitSummaryRow[]>`
    WITH people AS (
      SELECT e.id, COALESCE(u.path[${depth + 1}::int], u.path[${depth}::int]) AS group_id, u.path[${depth + 1}::int] IS NULL AS direct
      FROM employees e JOIN org_units u ON u.id = e.unit_id WHERE ${filter}
    ), jp AS (
      SELECT d.employee_id, SUM(d.hours) AS jp FROM development_hours d
      WHERE d.year = ${year} AND d.employee_id IN (SELECT id FROM people)
      GROUP BY d.employee_id
    )
    SELECT g.id AS "unitId", g.name, x.direct, count(*)::int AS people,
           (count(*) FILTER (WHERE COALESCE(jp.jp, 0) < ${REQUIRED_JP_PER_YEAR}))::int AS behind,
           round(avg(COALESCE(jp.jp, 0)), 2)::float8 AS "averageJp"
    FROM people x
    JOIN org_units g ON g.id = x.group_id
    LEFT JOIN jp ON jp.employee_id = x.id
    GROUP BY g.id, g.name, x.direct
    ORDER BY x.direct DESC, g.name, g.id`;
}
