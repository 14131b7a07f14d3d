import "server-only";
import type { Predikat } from "@/lib/domain/predikat";
import { BOXES, DEFAULT_POTENTIAL_THRESHOLDS, kinerjaLevel, nineBox, type Box, type PotentialLevel } from "@/lib/domain/talent/nine-box";
import { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { performanceYears, talentInputsCte, talentJoinsSql } from "./box-queries";

export type NineBoxGrid = {
  year: number;
  unitId: number | null;
  /** People in each box (both a predikat up to the year and a potential score). */
  cells: Record<Box, number>;
  /** Everyone in the scope (the agency, or the unit with its sub-units). */
  total: number;
  placed: number;
  /** No potential score yet (whatever their predikat). */
  noPotential: number;
  /** No annual predikat in the year or before (whatever their potential). */
  noPredikat: number;
};

/** The agency, or one unit and its sub-units (org_units.path holds every ancestor, GIN index). */
export function unitScopeSql(unitId: number | null): Prisma.Sql {
  return unitId ? Prisma.sql`e.unit_id IN (SELECT u.id FROM org_units u WHERE u.path @> ARRAY[${unitId}]::int[])` : Prisma.sql`TRUE`;
}

/** The 9-box inputs as of `year` for the people of the scope (talentInputsCte; the agency reads them whole). */
export function scopedTalentInputsCte(year: number, unitId: number | null): Prisma.Sql {
  return talentInputsCte(year, unitId ? Prisma.sql`SELECT e.id FROM employees e WHERE ${unitScopeSql(unitId)}` : null);
}

/** Callers of the talent reads: HR and the committee; anyone else is refused. */
export function requireTalentRead(user: SessionUser): void {
  if (!can(user, "talent.read")) throw new AppError("FORBIDDEN", t("errors.forbidden"));
}

type CountRow = { predikat: Predikat | null; potential: PotentialLevel | null; n: number };

/**
 * The 9-box counts in ONE statement: each person's latest annual predikat up to the year × their
 * latest potential score (scopedTalentInputsCte), bucketed by the potential thresholds (parameters,
 * from the pure module) and grouped. At most 24 rows come back; the pure rule turns them into boxes,
 * so the SQL never restates the table.
 */
export async function getNineBoxGrid(user: SessionUser, filter: { year: number; unitId: number | null }): Promise<NineBoxGrid> {
  requireTalentRead(user);
  const { menengah, tinggi } = DEFAULT_POTENTIAL_THRESHOLDS;
  const rows = await db.$queryRaw<CountRow[]>`
    WITH ${scopedTalentInputsCte(filter.year, filter.unitId)}
    SELECT ap.predikat::text AS predikat,
           CASE WHEN pot.score IS NULL THEN NULL
                WHEN pot.score >= ${tinggi} THEN 'TINGGI'
                WHEN pot.score >= ${menengah} THEN 'MENENGAH'
                ELSE 'RENDAH' END AS potential,
           count(*)::int AS n
    FROM employees e
    ${talentJoinsSql(Prisma.sql`e.id`)}
    WHERE ${unitScopeSql(filter.unitId)}
    GROUP BY ap.predikat, 2`;
  const cells = Object.fromEntries(BOXES.map((box) => [box, 0])) as Record<Box, number>;
  let total = 0;
  let noPotential = 0;
  let noPredikat = 0;
  for (const row of rows) {
    total += row.n;
    if (row.potential === null) noPotential += row.n;
    const kinerja = kinerjaLevel(row.predikat);
    if (kinerja === null) noPredikat += row.n;
    if (kinerja && row.potential) cells[nineBox(kinerja, row.potential)] += row.n;
  }
  const placed = BOXES.reduce((sum, box) => sum + cells[box], 0);
  return { year: filter.year, unitId: filter.unitId, cells, total, placed, noPotential, noPredikat };
}

/** The years to choose from (newest first) and the one to show: the asked year if it has data, else the newest. */
export async function talentYears(requested: number | undefined): Promise<{ years: number[]; year: number | null }> {
  const years = await performanceYears(db);
  const year = requested !== undefined && years.includes(requested) ? requested : (years[0] ?? null);
  return { years, year };
}
