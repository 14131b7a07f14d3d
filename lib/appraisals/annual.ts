import "server-only";
import { annualCredit, monthsCovered, PREDIKAT_PERCENT, CREDIT_TABLE } from "@/lib/domain/appraisal/credit";
import type { Tx } from "@/lib/server/db";

/**
 * Records what an annual evaluation decides once it counts (released at unit finalisation, or changed
 * by an appeal decision): the employee's predikat for the year (from the year's latest SKP, so a
 * mid-year split yields one result) and, for a functional position, the angka kredit of that SKP.
 * Idempotent: running it again after an appeal replaces both with the new predikat.
 */
export async function recordAnnualResult(tx: Tx, evaluationId: number): Promise<void> {
  const evaluation = await tx.evaluation.findUniqueOrThrow({
    where: { id: evaluationId },
    select: {
      id: true,
      kind: true,
      predikat: true,
      employeeId: true,
      unitId: true,
      year: true,
      appraisal: { select: { id: true, periodStart: true, periodEnd: true, position: { select: { type: true, functionalLevel: true } } } },
    },
  });
  if (evaluation.kind !== "ANNUAL" || !evaluation.predikat) throw new Error(`evaluation ${evaluationId} is not a rated annual evaluation`);
  const { appraisal, predikat } = evaluation;

  // Only the year's latest SKP speaks for the year.
  const later = await tx.appraisal.count({
    where: { employeeId: evaluation.employeeId, year: evaluation.year, periodEnd: { gt: appraisal.periodEnd } },
  });
  if (later === 0) {
    await tx.annualPerformance.upsert({
      where: { employeeId_year: { employeeId: evaluation.employeeId, year: evaluation.year } },
      create: { employeeId: evaluation.employeeId, year: evaluation.year, predikat, evaluationId: evaluation.id, unitId: evaluation.unitId },
      update: { predikat, evaluationId: evaluation.id, unitId: evaluation.unitId, legacyScore: null },
    });
  }

  const level = appraisal.position.type === "FUNGSIONAL" ? appraisal.position.functionalLevel : null;
  if (!level) return;
  const months = monthsCovered(appraisal.periodStart, appraisal.periodEnd);
  const award = {
    employeeId: evaluation.employeeId,
    year: evaluation.year,
    functionalLevel: level,
    months,
    predikat,
    percentage: PREDIKAT_PERCENT[predikat],
    coefficient: CREDIT_TABLE[level].coefficient,
    credit: annualCredit(months, predikat, level),
  };
  await tx.creditAward.upsert({ where: { appraisalId: appraisal.id }, create: { ...award, appraisalId: appraisal.id }, update: award });
}
