import "server-only";
import { today } from "@/lib/clock";
import { evaluationTransition } from "@/lib/domain/appraisal/evaluation-state";
import type { Predikat } from "@/lib/generated/prisma/enums";
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
