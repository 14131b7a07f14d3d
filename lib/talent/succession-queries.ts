import "server-only";
import { positionGap, type PositionGap } from "@/lib/domain/career/position-gap";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { latestBoxes, NO_BOX_INFO, newestPerformanceYear, type BoxInfo } from "./box-queries";
import { requireTalentRead } from "./grid-queries";
import { TALENT_PAGE_SIZE } from "./schemas";

const keyPositionSelect = {
  id: true,
  name: true,
  type: true,
  grade: true,
  unit: { select: { name: true } },
  holders: { select: { id: true, name: true, frontTitle: true, backTitle: true }, orderBy: { id: "asc" }, take: 1 },
  _count: { select: { successors: true } },
} satisfies Prisma.PositionSelect;

export type KeyPositionRow = Prisma.PositionGetPayload<{ select: typeof keyPositionSelect }>;

/**
 * Key positions (jabatan kunci) with their holder and the length of their succession list, one page.
 * Key posts are a few hundred at most in a province; the filter is on the unit (with sub-units).
 */
export async function findKeyPositions(user: SessionUser, filter: { unitId: number | null; page: number }) {
  requireTalentRead(user);
  const where: Prisma.PositionWhereInput = { isKey: true, active: true, ...(filter.unitId ? { unit: { path: { has: filter.unitId } } } : {}) };
  const [total, rows] = await Promise.all([
    db.position.count({ where }),
    db.position.findMany({ where, select: keyPositionSelect, orderBy: [{ grade: "desc" }, { name: "asc" }, { id: "asc" }], skip: (filter.page - 1) * TALENT_PAGE_SIZE, take: TALENT_PAGE_SIZE }),
  ]);
  return { rows, total, page: filter.page, pageSize: TALENT_PAGE_SIZE };
}

const successionPositionSelect = {
  id: true,
  name: true,
  type: true,
  grade: true,
  minEducation: true,
  minRank: { select: { id: true, code: true, name: true } },
  unit: { select: { name: true } },
  competencies: { select: { requiredLevel: true, competency: { select: { id: true, code: true, name: true } } }, orderBy: { competency: { code: "asc" } } },
  successors: {
    select: {
      id: true,
      readiness: true,
      note: true,
      createdAt: true,
      employee: {
        select: {
          id: true,
          nip: true,
          name: true,
          frontTitle: true,
          backTitle: true,
          status: true,
          educationLevel: true,
          rank: { select: { id: true, code: true } },
          position: { select: { name: true } },
          unit: { select: { name: true } },
        },
      },
    },
    orderBy: [{ readiness: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.PositionSelect;

type SuccessionRow = Prisma.PositionGetPayload<{ select: typeof successionPositionSelect }>;
export type SuccessorView = SuccessionRow["successors"][number] & { info: BoxInfo; gap: PositionGap };
export type SuccessionView = Omit<SuccessionRow, "successors"> & { year: number | null; successors: SuccessorView[] };

/**
 * One key position with its succession list: each successor's box, latest predikat and latest
 * potential score, and the gap to the position (lib/domain/career/position-gap.ts) from their latest
 * competency levels. Three statements whatever the list's length. Null for anyone without talent.read
 * and for a position that is not key.
 */
export async function getSuccession(user: SessionUser, positionId: number): Promise<SuccessionView | null> {
  if (!can(user, "talent.read")) return null;
  const [position, year] = await Promise.all([
    db.position.findFirst({ where: { id: positionId, isKey: true }, select: successionPositionSelect }),
    newestPerformanceYear(db),
  ]);
  if (!position) return null;
  const ids = position.successors.map((row) => row.employee.id);
  const competencyIds = position.competencies.map((line) => line.competency.id);
  const [boxes, levels] = await Promise.all([
    year === null ? Promise.resolve(new Map<number, BoxInfo>()) : latestBoxes(db, ids, year),
    latestLevelsOf(ids, competencyIds),
  ]);
  const target = {
    minRankId: position.minRank?.id ?? null,
    minEducation: position.minEducation,
    competencies: position.competencies.map((line) => ({ competencyId: line.competency.id, requiredLevel: line.requiredLevel })),
  };
  const successors = position.successors.map((row) => {
    const person = { status: row.employee.status, rankId: row.employee.rank?.id ?? null, educationLevel: row.employee.educationLevel, competencies: levels.get(row.employee.id) ?? new Map<number, number>() };
    const info = boxes.get(row.employee.id) ?? NO_BOX_INFO;
    return { ...row, info, gap: positionGap({ person, target }) };
  });
  return { ...position, year, successors };
}

/** employeeId → competencyId → latest level, for several people in one statement (DISTINCT ON over the matching index). */
async function latestLevelsOf(employeeIds: number[], competencyIds: number[]): Promise<Map<number, Map<number, number>>> {
  const result = new Map<number, Map<number, number>>();
  if (employeeIds.length === 0 || competencyIds.length === 0) return result;
  const rows = await db.$queryRaw<{ employee_id: number; competency_id: number; level: number }[]>`
    SELECT DISTINCT ON (employee_id, competency_id) employee_id, competency_id, level
    FROM competency_assessments
    WHERE employee_id = ANY(${employeeIds}::int[]) AND competency_id = ANY(${competencyIds}::int[])
    ORDER BY employee_id, competency_id, assessed_on DESC, id DESC`;
  for (const row of rows) {
    const map = result.get(row.employee_id) ?? new Map<number, number>();
    map.set(row.competency_id, row.level);
    result.set(row.employee_id, map);
  }
  return result;
}
