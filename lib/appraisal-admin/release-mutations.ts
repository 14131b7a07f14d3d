import "server-only";
import { today } from "@/lib/clock";
import { annualCredit, CREDIT_TABLE, monthsCovered, PREDIKAT_PERCENT } from "@/lib/domain/appraisal/credit";
import { evaluationTransition } from "@/lib/domain/appraisal/evaluation-state";
import type { FunctionalLevel, Predikat, PositionType } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";

export type Released = { id: number; employeeId: number; predikat: Predikat };

/**
 * RELEASE of every RATED annual evaluation of `year` in `unitIds`, as one UPDATE … RETURNING: at
 * unit finalisation that can be thousands of rows. The target status comes from the state machine
 * (RATED --RELEASE--> RELEASED); the WHERE picks exactly the rows in the state it was asked about,
 * and the version bump makes a rater's stale rating form fail with CONFLICT afterwards.
 */
export async function releaseRated(tx: Tx, year: number, unitIds: readonly number[], now: Date): Promise<Released[]> {
  // RELEASE depends on the status alone; the dates are required by the signature, not read.
  const day = today(now);
  const step = evaluationTransition({ action: "RELEASE", kind: "ANNUAL", status: "RATED", planStatus: "AGREED", today: day, periodStart: day, annualOpens: day, releasedAt: null, appealDays: 0 });
  if (!step.ok) throw new Error(`RELEASE from RATED refused: ${step.error}`);
  return tx.$queryRaw<Released[]>`
    UPDATE evaluations
    SET status = ${step.next}::"EvaluationStatus", released_at = ${now}, version = version + 1, updated_at = ${now}
    WHERE year = ${year} AND kind = 'ANNUAL' AND status = 'RATED' AND unit_id = ANY(${unitIds}::int[])
    RETURNING id, employee_id AS "employeeId", predikat::text AS predikat`;
}

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
 * What lib/appraisals/annual.ts `recordAnnualResult` writes for one evaluation, for many at once in
 * three statements (read, AnnualPerformance upsert, CreditAward upsert) instead of four per row:
 * finalising a large unit releases thousands, and a loop of per-row round trips would hold the
 * transaction (and the unit's lock) for tens of seconds. Same rules: only the year's latest SKP sets
 * the annual predikat; each functional SKP earns its credit through the domain's credit functions.
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
