import "server-only";
import { governedUnitIds, governingUnitId } from "@/lib/domain/appraisal/distribution-unit";
import { emptyCounts, type Counts, type DistributionRule, type OrgResult } from "@/lib/domain/appraisal/distribution";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { db } from "@/lib/server/db";

// The live distribution a rater is warned against while rating annual evaluations: the governing
// unit (nearest unit up the ratee's unit path with an organisational result for the year), its
// limits, and the predikat counts of the rated annual evaluations it governs. Only the year's latest
// SKP of each employee counts, as in lib/appraisals/annual.ts. Warning only: finalisation (HR)
// blocks on the same rules.

export type DistributionContext = {
  unit: { id: number; name: string; result: OrgResult };
  rules: DistributionRule[];
  counts: Counts;
};

type Governing = { unitId: number; governingId: number };

async function governingUnits(unitIds: number[], year: number) {
  const [units, withResult] = await Promise.all([
    db.orgUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, path: true } }),
    db.unitYearResult.findMany({ where: { year }, select: { unitId: true, result: true, unit: { select: { name: true } } } }),
  ]);
  const resultIds = new Set(withResult.map((r) => r.unitId));
  const pairs: Governing[] = units.flatMap((u) => {
    const governingId = governingUnitId(u.path, resultIds);
    return governingId === null ? [] : [{ unitId: u.id, governingId }];
  });
  return { pairs, withResult, resultIds };
}

/** Per unit id asked: its distribution context, or no entry when no result governs it this year. */
export async function getDistributionContexts(unitIds: number[], year: number): Promise<Map<number, DistributionContext>> {
  const contexts = new Map<number, DistributionContext>();
  if (unitIds.length === 0) return contexts;
  const { pairs, withResult, resultIds } = await governingUnits([...new Set(unitIds)], year);
  if (pairs.length === 0) return contexts;
  const governingIds = [...new Set(pairs.map((p) => p.governingId))];
  const results = governingIds.map((id) => withResult.find((r) => r.unitId === id)!);

  // The units each governing unit covers: its subtree minus branches with a result of their own.
  const subtree = await db.orgUnit.findMany({ where: { OR: governingIds.map((id) => ({ path: { has: id } })) }, select: { id: true, path: true } });
  const covered = governingIds.flatMap((g) => governedUnitIds(g, subtree, resultIds).map((unit) => ({ unit, g })));

  const [rules, rows] = await Promise.all([
    db.distributionRule.findMany({ where: { orgResult: { in: [...new Set(results.map((r) => r.result))] } }, select: { orgResult: true, predikats: true, minPercent: true, maxPercent: true, requireAny: true } }),
    // One grouped statement for every governing unit; the (year, kind, unit_id, predikat) index
    // answers the evaluation side, the NOT EXISTS drops SKPs superseded later in the year.
    db.$queryRaw<{ governing: number; predikat: Predikat; n: number }[]>`
      SELECT c.g AS governing, e.predikat::text AS predikat, count(*)::int AS n
      FROM unnest(${covered.map((c) => c.unit)}::int[], ${covered.map((c) => c.g)}::int[]) AS c(unit, g)
      JOIN evaluations e ON e.unit_id = c.unit AND e.year = ${year} AND e.kind = 'ANNUAL' AND e.predikat IS NOT NULL
      JOIN appraisals a ON a.id = e.appraisal_id
      WHERE NOT EXISTS (
        SELECT 1 FROM appraisals later
        WHERE later.employee_id = a.employee_id AND later.year = a.year AND later.period_end > a.period_end)
      GROUP BY 1, 2`,
  ]);

  for (const result of results) {
    const counts = emptyCounts();
    for (const row of rows) if (row.governing === result.unitId && PREDIKATS.includes(row.predikat)) counts[row.predikat] += row.n;
    const context = { unit: { id: result.unitId, name: result.unit.name, result: result.result }, rules: rules.filter((r) => r.orgResult === result.result), counts };
    for (const pair of pairs) if (pair.governingId === result.unitId) contexts.set(pair.unitId, context);
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
  const { pairs, withResult } = await governingUnits([...new Set(unitIds)], year);
  const ids = new Set(pairs.map((p) => p.governingId));
  return withResult.filter((r) => ids.has(r.unitId)).map((r) => ({ id: r.unitId, name: r.unit.name }));
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
