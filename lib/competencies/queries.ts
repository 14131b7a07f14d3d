import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { CompetencyKindValue } from "./schemas";

const rowSelect = { id: true, code: true, name: true, kind: true, maxLevel: true } satisfies Prisma.CompetencySelect;

export type CompetencyRow = Prisma.CompetencyGetPayload<{ select: typeof rowSelect }> & { positions: number };

/**
 * The dictionary (hundreds of rows at most, so not paginated), by kind then code, with how many
 * positions require each: one grouped query on the competency_id index.
 */
export async function listCompetencies(filters: { kind?: CompetencyKindValue }): Promise<CompetencyRow[]> {
  const rows = await db.competency.findMany({ where: filters.kind ? { kind: filters.kind } : {}, select: rowSelect, orderBy: [{ kind: "asc" }, { code: "asc" }] });
  const counts = rows.length
    ? await db.positionCompetency.groupBy({ by: ["competencyId"], where: { competencyId: { in: rows.map((row) => row.id) } }, _count: { _all: true } })
    : [];
  const used = new Map(counts.map((count) => [count.competencyId, count._count._all]));
  return rows.map((row) => ({ ...row, positions: used.get(row.id) ?? 0 }));
}

export type CompetencyDetail = CompetencyRow & { version: number };

export async function getCompetency(id: number): Promise<CompetencyDetail | null> {
  const row = await db.competency.findUnique({ where: { id }, select: { ...rowSelect, version: true, _count: { select: { standards: true } } } });
  if (!row) return null;
  const { _count, ...rest } = row;
  return { ...rest, positions: _count.standards };
}
