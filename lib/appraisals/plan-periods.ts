// The period list of one SKP: the months or quarters it covers plus the annual evaluation, each with
// the status and predikat of its Evaluation row (if one exists yet). Pure, shared by "SKP Saya" and
// the SKP page.

import type { EvaluationStatus } from "@/lib/domain/appraisal/evaluation-state";
import { evaluationPeriods, type EvaluationFrequency } from "@/lib/domain/appraisal/periods";
import type { Predikat } from "@/lib/domain/predikat";
import { periodSlug } from "./plan-rules";

export type EvaluationSummary = { kind: "PERIODIC" | "ANNUAL"; periodNo: number; status: EvaluationStatus; predikat: Predikat | null; selfAssessedAt: Date | null };

export type PeriodRow = {
  slug: string;
  kind: "PERIODIC" | "ANNUAL";
  periodNo: number;
  start: Date;
  end: Date;
  /** NOT_STARTED: no evaluation row yet. */
  status: EvaluationStatus | "NOT_STARTED";
  predikat: Predikat | null;
};

/**
 * `forRatee`: the employee must not learn of an annual result before it is released (their unit's
 * distribution may still change it), so a RATED annual evaluation reads as not yet rated for them.
 */
export function periodRows(
  frequency: EvaluationFrequency,
  skp: { periodStart: Date; periodEnd: Date },
  evaluations: readonly EvaluationSummary[],
  forRatee: boolean,
): PeriodRow[] {
  const byKey = new Map(evaluations.map((e) => [`${e.kind}:${e.periodNo}`, e]));
  return evaluationPeriods(frequency, skp.periodStart, skp.periodEnd).map((period) => {
    const row = byKey.get(`${period.kind}:${period.periodNo}`);
    const base = { ...period, slug: periodSlug(frequency, period.kind, period.periodNo) };
    if (!row) return { ...base, status: "NOT_STARTED", predikat: null };
    if (forRatee && period.kind === "ANNUAL" && row.status === "RATED") {
      return { ...base, status: row.selfAssessedAt ? "SELF_ASSESSED" : "OPEN", predikat: null };
    }
    return { ...base, status: row.status, predikat: row.predikat };
  });
}
