import "server-only";
import { meetsMinimumEducation } from "@/lib/domain/education";
import { nextRank } from "@/lib/domain/ranks";
import type { EducationLevel, FunctionalLevel, PositionType, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { TARGET_SEARCH_PAGE_SIZE, type TTargetSearch } from "./schemas";

export type TargetOption = {
  id: number;
  name: string;
  type: PositionType;
  functionalLevel: FunctionalLevel | null;
  grade: number;
  unitName: string;
};

const optionSelect = {
  id: true,
  name: true,
  type: true,
  functionalLevel: true,
  grade: true,
  minEducation: true,
  minRankId: true,
  unit: { select: { name: true } },
} satisfies Prisma.PositionSelect;

type OptionRow = Prisma.PositionGetPayload<{ select: typeof optionSelect }>;
const toOption = (row: OptionRow): TargetOption => ({ id: row.id, name: row.name, type: row.type, functionalLevel: row.functionalLevel, grade: row.grade, unitName: row.unit.name });

/**
 * Active positions whose name contains the words typed, one page at a time. Positions number in the
 * thousands at most, so a filtered count is cheap; the page is sorted by name like the position list.
 */
export async function searchTargetPositions(user: SessionUser, search: TTargetSearch): Promise<{ rows: TargetOption[]; total: number; page: number; pageSize: number }> {
  authorize(user, "career.own");
  const q = search.q?.trim();
  if (!q) return { rows: [], total: 0, page: 1, pageSize: TARGET_SEARCH_PAGE_SIZE };
  const where: Prisma.PositionWhereInput = { active: true, AND: q.split(/\s+/).map((word) => ({ name: { contains: word, mode: "insensitive" as const } })) };
  const [total, rows] = await Promise.all([
    db.position.count({ where }),
    db.position.findMany({ where, select: optionSelect, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (search.page - 1) * TARGET_SEARCH_PAGE_SIZE, take: TARGET_SEARCH_PAGE_SIZE }),
  ]);
  return { rows: rows.map(toOption), total, page: search.page, pageSize: TARGET_SEARCH_PAGE_SIZE };
}

export const SUGGESTION_LIMIT = 10;
/** Candidates read before the education filter (which SQL cannot order by level) narrows them. */
const SUGGESTION_CANDIDATES = 60;

/**
 * Decision on "suggested" targets: up to 10 active positions one step up, i.e. a higher kelas
 * jabatan in the person's own unit or its parent unit, whose minimum pangkat is at most the
 * person's next pangkat (a PPPK: positions without a minimum) and whose minimum education the
 * person already has. Lowest kelas first: the nearest step is the most reachable. The (unit_id,
 * name) index answers the two units; the education order is checked here.
 */
export async function suggestTargetPositions(user: SessionUser): Promise<TargetOption[]> {
  authorize(user, "career.own");
  const me = await db.employee.findUnique({
    where: { id: user.employeeId },
    select: { status: true, rankId: true, educationLevel: true, positionId: true, position: { select: { grade: true } }, unit: { select: { id: true, parentId: true } } },
  });
  if (!me) return [];
  const units = [me.unit.id, ...(me.unit.parentId ? [me.unit.parentId] : [])];
  const reach = me.status === "PNS" && me.rankId ? (nextRank(me.rankId)?.id ?? me.rankId) : null;
  const rows = await db.position.findMany({
    where: {
      active: true,
      unitId: { in: units },
      grade: { gt: me.position.grade },
      id: { not: me.positionId },
      OR: [{ minRankId: null }, ...(reach ? [{ minRankId: { lte: reach } }] : [])],
    },
    select: optionSelect,
    orderBy: [{ grade: "asc" }, { name: "asc" }, { id: "asc" }],
    take: SUGGESTION_CANDIDATES,
  });
  const education: EducationLevel = me.educationLevel;
  return rows
    .filter((row) => row.minEducation === null || meetsMinimumEducation(education, row.minEducation))
    .slice(0, SUGGESTION_LIMIT)
    .map(toOption);
}
