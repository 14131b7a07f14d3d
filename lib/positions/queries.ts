import "server-only";
import type { CompetencyKind, FunctionalLevel, PositionType, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { POSITION_PAGE_SIZE, type TPositionFilters } from "./schemas";

export type PositionOption = { id: number; name: string; type: PositionType; functionalLevel: FunctionalLevel | null };

/**
 * Active positions of exactly this unit (an employee's unit is the unit of their position), by name:
 * the (unit_id, name) index answers it. Callers authorize.
 */
export async function listActivePositionsForUnit(unitId: number): Promise<PositionOption[]> {
  return db.position.findMany({
    where: { unitId, active: true },
    select: { id: true, name: true, type: true, functionalLevel: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

/** The unit of a position, so a picker opened on an existing position can show its unit's list. */
export async function findPositionUnitId(positionId: number): Promise<number | null> {
  const position = await db.position.findUnique({ where: { id: positionId }, select: { unitId: true } });
  return position?.unitId ?? null;
}

function listWhere(filters: TPositionFilters): Prisma.PositionWhereInput {
  const where: Prisma.PositionWhereInput[] = [];
  // A unit includes its sub-units: org_units.path holds every ancestor (GIN index).
  if (filters.unit) where.push({ unit: { path: { has: filters.unit } } });
  if (filters.type) where.push({ type: filters.type });
  if (filters.active) where.push({ active: filters.active === "yes" });
  if (filters.q) where.push({ name: { contains: filters.q, mode: "insensitive" } });
  return { AND: where };
}

const rowSelect = {
  id: true,
  name: true,
  type: true,
  functionalLevel: true,
  grade: true,
  minEducation: true,
  formation: true,
  active: true,
  unit: { select: { id: true, name: true } },
  minRank: { select: { code: true, name: true } },
} satisfies Prisma.PositionSelect;

export type PositionRow = Prisma.PositionGetPayload<{ select: typeof rowSelect }> & { holders: number };

/**
 * One page of positions with the number of current holders of each. Positions number in the
 * thousands at most, so the total is counted; holders come from one grouped query over the page's
 * ids (employees.position_id index), not one count per row.
 */
export async function findPositions(filters: TPositionFilters) {
  const where = listWhere(filters);
  const [total, rows] = await Promise.all([
    db.position.count({ where }),
    db.position.findMany({
      where,
      select: rowSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * POSITION_PAGE_SIZE,
      take: POSITION_PAGE_SIZE,
    }),
  ]);
  const counts = rows.length
    ? await db.employee.groupBy({ by: ["positionId"], where: { positionId: { in: rows.map((row) => row.id) } }, _count: { _all: true } })
    : [];
  const holders = new Map(counts.map((count) => [count.positionId, count._count._all]));
  const withHolders: PositionRow[] = rows.map((row) => ({ ...row, holders: holders.get(row.id) ?? 0 }));
  return { rows: withHolders, total, page: filters.page, pageSize: POSITION_PAGE_SIZE };
}

export const HOLDERS_SHOWN = 50;

const detailSelect = {
  id: true,
  name: true,
  type: true,
  functionalLevel: true,
  grade: true,
  minEducation: true,
  formation: true,
  active: true,
  isKey: true,
  version: true,
  updatedAt: true,
  unit: { select: { id: true, code: true, name: true } },
  minRank: { select: { id: true, code: true, name: true } },
  competencies: {
    select: { requiredLevel: true, competency: { select: { id: true, code: true, name: true, kind: true, maxLevel: true } } },
    orderBy: { competency: { code: "asc" } },
  },
  holders: {
    select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, positionTmt: true, rank: { select: { code: true } } },
    orderBy: [{ searchName: "asc" }, { id: "asc" }],
    take: HOLDERS_SHOWN,
  },
  _count: { select: { holders: true, histories: true } },
} satisfies Prisma.PositionSelect;

export type PositionDetail = Prisma.PositionGetPayload<{ select: typeof detailSelect }>;

/** A position with its requirements, competency standard and (the first) current holders. */
export async function getPositionDetail(id: number): Promise<PositionDetail | null> {
  return db.position.findUnique({ where: { id }, select: detailSelect });
}

export type CompetencyOption = { id: number; code: string; name: string; kind: CompetencyKind; maxLevel: number };

/** The competency dictionary for the standard editor (a few hundred rows at most). */
export async function listCompetencyOptions(): Promise<CompetencyOption[]> {
  return db.competency.findMany({ select: { id: true, code: true, name: true, kind: true, maxLevel: true }, orderBy: [{ kind: "asc" }, { code: "asc" }] });
}
