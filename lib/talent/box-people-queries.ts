import "server-only";
import type { Predikat } from "@/lib/domain/predikat";
import type { Box } from "@/lib/domain/talent/nine-box";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { boxCaseSql, inBoxesSql, latestPotentialSql } from "./box-queries";
import { requireTalentRead, unitScopeSql } from "./grid-queries";
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
  score: number;
  box: Box;
};

/**
 * The people in one or more boxes for a year, paginated in SQL: the year's predikat (joined on the
 * (employee_id, year) key) and the latest potential score (LATERAL over its index) filtered by the
 * boxes' criteria from the pure module. A single box lists by name; several (the talent pool) by
 * box, then score, best first. The count is a second statement over the same filter.
 */
export async function findBoxPeople(user: SessionUser, filter: BoxPeopleFilter): Promise<{ rows: BoxPerson[]; total: number; page: number; pageSize: number }> {
  requireTalentRead(user);
  const from = Prisma.sql`
    FROM employees e
    JOIN annual_performances ap ON ap.employee_id = e.id AND ap.year = ${filter.year}
    ${latestPotentialSql(Prisma.sql`e.id`)}
    JOIN positions pos ON pos.id = e.position_id
    JOIN org_units u ON u.id = e.unit_id
    LEFT JOIN ranks r ON r.id = e.rank_id
    WHERE ${inBoxesSql(filter.boxes)} AND ${unitScopeSql(filter.unitId)}
      ${filter.type ? Prisma.sql`AND pos.type = ${filter.type}::"PositionType"` : Prisma.empty}`;
  const order = filter.boxes.length > 1 ? Prisma.sql`box DESC, pot.score DESC, e.name, e.id` : Prisma.sql`e.name, e.id`;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<BoxPerson[]>`
      SELECT e.id, e.nip, e.name, e.front_title AS "frontTitle", e.back_title AS "backTitle", u.name AS "unitName",
             r.code AS "rankCode", r.name AS "rankName", pos.name AS "positionName", pos.type::text AS "positionType",
             ap.predikat::text AS predikat, pot.score, ${boxCaseSql(filter.boxes)} AS box
      ${from}
      ORDER BY ${order}
      LIMIT ${TALENT_PAGE_SIZE} OFFSET ${(filter.page - 1) * TALENT_PAGE_SIZE}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`,
  ]);
  return { rows, total: counts[0]?.n ?? 0, page: filter.page, pageSize: TALENT_PAGE_SIZE };
}
