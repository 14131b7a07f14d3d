import "server-only";
import type { CoreValue } from "@/lib/domain/appraisal/core-values";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// What recommendations are computed from, read for many people in one statement each.

const standard = { select: { requiredLevel: true, competency: { select: { id: true, name: true, kind: true } } } } as const;

export const personSelect = {
  id: true,
  status: true,
  rankId: true,
  educationLevel: true,
  unit: { select: { path: true } },
  position: { select: { id: true, name: true, type: true, competencies: standard } },
  careerTarget: { select: { position: { select: { id: true, name: true, type: true, competencies: standard } } } },
} satisfies Prisma.EmployeeSelect;
export type PersonRow = Prisma.EmployeeGetPayload<{ select: typeof personSelect }>;

export type EvaluationFacts = { kind: "PERIODIC" | "ANNUAL"; periodNo: number; year: number; belowValues: CoreValue[]; resultBelow: boolean };

/**
 * Each person's latest rated evaluation: periodic ones once rated, an annual one only once released
 * (before that the employee must not learn it exists — the same rule as the evaluation page). The
 * latest is by period end, the annual before the last quarter that ends with it. DISTINCT ON reads
 * the (employee_id, year) index; the ratings below expectation come in one more statement.
 */
export async function latestEvaluations(employeeIds: readonly number[]): Promise<Map<number, EvaluationFacts>> {
  const latest = await db.$queryRaw<{ id: number; employeeId: number; kind: "PERIODIC" | "ANNUAL"; periodNo: number; year: number; workBelow: boolean }[]>`
    SELECT DISTINCT ON (employee_id) id, employee_id AS "employeeId", kind::text AS kind, period_no AS "periodNo", year, work_rating = 'DI_BAWAH' AS "workBelow"
    FROM evaluations
    WHERE employee_id = ANY(${[...employeeIds]}::int[])
      AND ((kind = 'PERIODIC' AND status IN ('RATED', 'ACKNOWLEDGED')) OR (kind = 'ANNUAL' AND status IN ('RELEASED', 'ACKNOWLEDGED', 'APPEALED', 'FINAL')))
    ORDER BY employee_id, period_end DESC, kind DESC, id DESC`;
  if (latest.length === 0) return new Map();
  const ratings = await db.evaluation.findMany({
    where: { id: { in: latest.map((row) => row.id) } },
    select: { id: true, behaviourRatings: { where: { rating: "DI_BAWAH" }, select: { value: true } }, resultRatings: { where: { rating: "DI_BAWAH" }, select: { resultId: true }, take: 1 } },
  });
  const byId = new Map(ratings.map((row) => [row.id, row]));
  return new Map(
    latest.map((row) => {
      const detail = byId.get(row.id);
      const belowValues = detail?.behaviourRatings.map((b) => b.value) ?? [];
      return [row.employeeId, { kind: row.kind, periodNo: row.periodNo, year: row.year, belowValues, resultBelow: row.workBelow || (detail?.resultRatings.length ?? 0) > 0 }];
    }),
  );
}

/** Latest assessed level per competency per person (employee → competency → level). */
export async function latestLevels(employeeIds: readonly number[]): Promise<Map<number, Map<number, number>>> {
  const rows = await db.competencyAssessment.findMany({
    where: { employeeId: { in: [...employeeIds] } },
    select: { employeeId: true, competencyId: true, level: true },
    orderBy: [{ assessedOn: "desc" }, { id: "desc" }],
  });
  const result = new Map<number, Map<number, number>>();
  for (const row of rows) {
    let levels = result.get(row.employeeId);
    if (!levels) result.set(row.employeeId, (levels = new Map()));
    // Newest first: the first level seen for a competency is the latest.
    if (!levels.has(row.competencyId)) levels.set(row.competencyId, row.level);
  }
  return result;
}
