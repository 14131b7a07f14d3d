import "server-only";
import { countDistribution, loadGovernance, rulesOf, type Governance } from "@/lib/appraisal-admin/distribution-queries";
import { governedUnitIds, governingUnitId } from "@/lib/domain/appraisal/distribution-unit";
import type { Counts, DistributionRule, OrgResult } from "@/lib/domain/appraisal/distribution";
import type { Predikat } from "@/lib/domain/predikat";
import { db } from "@/lib/server/db";

// The live distribution a rater is warned against while rating annual evaluations: the governing
// unit (nearest unit up the ratee's unit path with an organisational result for the year), its
// limits, and the predikat counts of the rated annual evaluations it governs (the same count HR's
// finalisation uses). Warning only: finalisation blocks on the same rules.

export type DistributionContext = {
  unit: { id: number; name: string; result: OrgResult };
  rules: DistributionRule[];
  counts: Counts;
};

/** Which governing unit (nearest up the path with a result this year) each asked unit falls under. */
function groupByGoverning(unitIds: number[], governance: Governance): Map<number, number[]> {
  const withResult = new Set(governance.results.keys());
  const paths = new Map(governance.units.map((unit) => [unit.id, unit.path]));
  const groups = new Map<number, number[]>();
  for (const unitId of new Set(unitIds)) {
    const governing = governingUnitId(paths.get(unitId) ?? [], withResult);
    if (governing !== null) groups.set(governing, [...(groups.get(governing) ?? []), unitId]);
  }
  return groups;
}

/**
 * Per unit id asked: its distribution context, or no entry when no result governs it this year. The
 * counts are the same ones HR finalises against (countDistribution), so the warning and the block agree.
 */
export async function getDistributionContexts(unitIds: number[], year: number): Promise<Map<number, DistributionContext>> {
  const contexts = new Map<number, DistributionContext>();
  if (unitIds.length === 0) return contexts;
  const governance = await loadGovernance(db, year);
  const withResult = new Set(governance.results.keys());
  for (const [governing, asked] of groupByGoverning(unitIds, governance)) {
    const result = governance.results.get(governing)!;
    const covered = governedUnitIds(governing, governance.units, withResult);
    const [{ counts }, rules] = await Promise.all([countDistribution(db, year, covered), rulesOf(db, result.result)]);
    const name = governance.units.find((unit) => unit.id === governing)?.name ?? "";
    const context: DistributionContext = { unit: { id: governing, name, result: result.result }, rules, counts };
    for (const unitId of asked) contexts.set(unitId, context);
  }
  return contexts;
}

/** The end of each employee's latest SKP of the year: only that SKP's annual predikat counts. */
export async function latestPeriodEnds(employeeIds: number[], year: number): Promise<Map<number, Date>> {
  if (employeeIds.length === 0) return new Map();
  const rows = await db.appraisal.groupBy({ by: ["employeeId"], where: { employeeId: { in: [...new Set(employeeIds)] }, year }, _max: { periodEnd: true } });
  return new Map(rows.flatMap((r) => (r._max.periodEnd ? [[r.employeeId, r._max.periodEnd] as const] : [])));
}

/** The units whose distribution governs these units' people this year (links from "Tim Saya"). */
export async function getGoverningUnits(unitIds: number[], year: number): Promise<{ id: number; name: string }[]> {
  if (unitIds.length === 0) return [];
  const governance = await loadGovernance(db, year);
  const ids = [...groupByGoverning(unitIds, governance).keys()];
  return governance.units.filter((unit) => ids.includes(unit.id)).map((unit) => ({ id: unit.id, name: unit.name }));
}

/**
 * The warning data for rating one annual evaluation, or null when the SKP does not count for the
 * distribution (a later SKP of the year speaks for the employee) — then no warning applies.
 */
export async function getRatingDistribution(
  appraisal: { unitId: number; employeeId: number; periodEnd: Date; year: number },
  currentPredikat: Predikat | null,
): Promise<{ context: DistributionContext | null; remove: Predikat | null } | null> {
  const [contexts, latest] = await Promise.all([getDistributionContexts([appraisal.unitId], appraisal.year), latestPeriodEnds([appraisal.employeeId], appraisal.year)]);
  if (latest.get(appraisal.employeeId)?.getTime() !== appraisal.periodEnd.getTime()) return null;
  return { context: contexts.get(appraisal.unitId) ?? null, remove: currentPredikat };
}
