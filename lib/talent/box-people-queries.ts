import "server-only";
import type { Predikat } from "@/lib/domain/predikat";
import type { Box } from "@/lib/domain/talent/nine-box";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { boxCaseSql, inBoxesSql, talentJoinsSql } from "./box-queries";
import { requireTalentRead, scopedTalentInputsCte, unitScopeSql } from "./grid-queries";
import { TALENT_PAGE_SIZE } from "./schemas";

export type BoxPeopleFilter = { year: number; boxes: readonly Box[]; unitId: number | null; type: string | null; page: number };

export type BoxPerson = {
  id: number;
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  unitName: string;
  rankCode: string | null;
  rankName: string | null;
  positionName: string;
  positionType: string;
  predikat: Predikat;
  predikatYear: number;
  score: number;
  box: Box;
};

/**
 * The people in one or more boxes as of a year, paginated in SQL: each person's latest predikat up to
 * the year and latest potential score (scopedTalentInputsCte) filtered by the boxes' criteria from the
 * pure module. A single box lists by name; several (the talent pool) by box, then score, best first.
 * One statement: the page's 25 ids are chosen with the count of all matches beside them (a window
 * over what the sort reads anyway; a second statement would compute the agency's inputs again), and
 * only those 25 are joined to position, unit and rank (joined before the LIMIT, the planner's poor
 * estimate of the box filter turned those joins into nested loops over every match: 2.4 s for a box
 * of 12k people). Past the last page no row carries the count, so it is counted apart.
 */
export async function findBoxPeople(user: SessionUser, filter: BoxPeopleFilter): Promise<{ rows: BoxPerson[]; total: number; page: number; pageSize: number }> {
  requireTalentRead(user);
  const inputs = scopedTalentInputsCte(filter.year, filter.unitId);
  const matches = Prisma.sql`
    FROM employees e
    ${talentJoinsSql(Prisma.sql`e.id`, "JOIN")}
    WHERE ${inBoxesSql(filter.boxes)} AND ${unitScopeSql(filter.unitId)}
      ${filter.type ? Prisma.sql`AND e.position_id IN (SELECT p.id FROM positions p WHERE p.type = ${filter.type}::"PositionType")` : Prisma.empty}`;
  const several = filter.boxes.length > 1;
  const found = await db.$queryRaw<(BoxPerson & { total: number })[]>`
    WITH ${inputs},
    page AS (
      SELECT e.id, e.name, ap.predikat, ap.year, pot.score, ${boxCaseSql(filter.boxes)} AS box, count(*) OVER () AS total
      ${matches}
      ORDER BY ${several ? Prisma.sql`box DESC, pot.score DESC,` : Prisma.empty} e.name, e.id
      LIMIT ${TALENT_PAGE_SIZE} OFFSET ${(filter.page - 1) * TALENT_PAGE_SIZE}
    )
    SELECT e.id, e.nip, e.name, e.front_title AS "frontTitle", e.back_title AS "backTitle", u.name AS "unitName",
           r.code AS "rankCode", r.name AS "rankName", pos.name AS "positionName", pos.type::text AS "positionType",
           page.predikat::text AS predikat, page.year::int AS "predikatYear", page.score::float8 AS score, page.box, page.total::int AS total
    FROM page
    JOIN employees e ON e.id = page.id
    JOIN positions pos ON pos.id = e.position_id
    JOIN org_units u ON u.id = e.unit_id
    LEFT JOIN ranks r ON r.id = e.rank_id
    ORDER BY ${several ? Prisma.sql`page.box DESC, page.score DESC,` : Prisma.empty} page.name, page.id`;
  const total =
    found[0]?.total ?? (filter.page > 1 ? ((await db.$queryRaw<{ n: number }[]>`WITH ${inputs} SELECT count(*)::int AS n ${matches}`)[0]?.n ?? 0) : 0);
  const rows = found.map(({ total: _total, ...row }) => row);
  return { rows, total, page: filter.page, pageSize: TALENT_PAGE_SIZE };
}
