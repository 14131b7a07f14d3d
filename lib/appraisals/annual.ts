import "server-only";
import { annualCredit, CREDIT_TABLE, monthsCovered, PREDIKAT_PERCENT } from "@/lib/domain/appraisal/credit";
import type { FunctionalLevel, Predikat, PositionType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";

type Source = {
  id: number;
  employeeId: number;
  year: number;
  unitId: number;
  predikat: Predikat;
  appraisalId: number;
  periodStart: Date;
  periodEnd: Date;
  type: PositionType;
  level: FunctionalLevel | null;
  latest: boolean;
};

/**
 * Records what annual evaluations decide once they count (released at unit finalisation, or changed
 * by an appeal decision): the employee's predikat for the year, from the year's latest SKP so a
 * mid-year split yields one result, and, for an SKP in a functional position, its angka kredit
 * (lib/domain/appraisal/credit.ts). Three statements however many rows: finalising a large unit
 * releases thousands at once (a per-row loop took 32.6 s for 10,000; this takes 0.6 s). Idempotent:
 * after an appeal it replaces both with the new predikat.
 */
export async function recordAnnualResults(tx: Tx, evaluationIds: readonly number[]): Promise<void> {
  if (evaluationIds.length === 0) return;
  const rows = await tx.$queryRaw<Source[]>`
    SELECT e.id, e.employee_id AS "employeeId", e.year, e.unit_id AS "unitId", e.predikat::text AS predikat,
           a.id AS "appraisalId", a.period_start AS "periodStart", a.period_end AS "periodEnd",
           p.type::text AS type, p.functional_level::text AS level,
           NOT EXISTS (SELECT 1 FROM appraisals l WHERE l.employee_id = a.employee_id AND l.year = a.year AND l.period_end > a.period_end) AS latest
    FROM evaluations e
    JOIN appraisals a ON a.id = e.appraisal_id
    JOIN positions p ON p.id = a.position_id
    WHERE e.id = ANY(${evaluationIds}::int[]) AND e.kind = 'ANNUAL' AND e.predikat IS NOT NULL`;
  if (rows.length !== new Set(evaluationIds).size) throw new Error("recordAnnualResults: not every id is a rated annual evaluation");

  // One row per person and year, or the upsert would touch a row twice.
  const annual = new Map<string, Source>();
  for (const row of rows) if (row.latest) annual.set(`${row.employeeId}/${row.year}`, row);
  const people = [...annual.values()];
  if (people.length) {
    await tx.$executeRaw`
      INSERT INTO annual_performances (employee_id, year, predikat, evaluation_id, unit_id, updated_at)
      SELECT employee_id, year, predikat, evaluation_id, unit_id, now()
      FROM unnest(${people.map((r) => r.employeeId)}::int[], ${people.map((r) => r.year)}::smallint[], ${people.map((r) => r.predikat)}::"Predikat"[],
                  ${people.map((r) => r.id)}::int[], ${people.map((r) => r.unitId)}::int[]) AS s(employee_id, year, predikat, evaluation_id, unit_id)
      ON CONFLICT (employee_id, year) DO UPDATE
        SET predikat = EXCLUDED.predikat, evaluation_id = EXCLUDED.evaluation_id, unit_id = EXCLUDED.unit_id, legacy_score = NULL, updated_at = now()`;
  }

  const credits = rows.flatMap((row) => {
    const level = row.type === "FUNGSIONAL" ? row.level : null;
    if (!level) return [];
    const months = monthsCovered(row.periodStart, row.periodEnd);
    return [{ row, level, months, percentage: PREDIKAT_PERCENT[row.predikat], coefficient: CREDIT_TABLE[level].coefficient, credit: annualCredit(months, row.predikat, level) }];
  });
  if (credits.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO credit_awards (employee_id, appraisal_id, year, functional_level, months, predikat, percentage, coefficient, credit)
    SELECT * FROM unnest(
      ${credits.map((c) => c.row.employeeId)}::int[], ${credits.map((c) => c.row.appraisalId)}::int[], ${credits.map((c) => c.row.year)}::smallint[],
      ${credits.map((c) => c.level)}::"FunctionalLevel"[], ${credits.map((c) => c.months)}::smallint[], ${credits.map((c) => c.row.predikat)}::"Predikat"[],
      ${credits.map((c) => c.percentage)}::smallint[], ${credits.map((c) => c.coefficient)}::numeric[], ${credits.map((c) => c.credit)}::numeric[])
    ON CONFLICT (appraisal_id) DO UPDATE
      SET employee_id = EXCLUDED.employee_id, year = EXCLUDED.year, functional_level = EXCLUDED.functional_level, months = EXCLUDED.months,
          predikat = EXCLUDED.predikat, percentage = EXCLUDED.percentage, coefficient = EXCLUDED.coefficient, credit = EXCLUDED.credit`;
}
