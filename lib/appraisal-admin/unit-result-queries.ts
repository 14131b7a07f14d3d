import "server-only";
import type { OrgResult } from "@/lib/domain/appraisal/distribution";
import { listUnitTree, type UnitTreeItem } from "@/lib/org-units/queries";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

export type UnitResultRow = UnitTreeItem & {
  result: OrgResult | null;
  /** 0 when the unit has no result row for the year. */
  version: number;
  finalizedAt: Date | null;
  /** The unit whose result limits this unit's staff (itself, an ancestor, or none). */
  governedBy: { id: number; name: string } | null;
};

/**
 * Every unit in tree order with its organisational result for `year`: two statements (the tree and
 * the year's results, by the unit_year_results(year) index), joined in memory. A few hundred units.
 */
export async function listUnitResults(user: SessionUser, year: number): Promise<UnitResultRow[]> {
  authorize(user, "appraisal.manage");
  const [units, results] = await Promise.all([
    listUnitTree(),
    db.unitYearResult.findMany({ where: { year }, select: { unitId: true, result: true, version: true, finalizedAt: true } }),
  ]);
  const byUnit = new Map(results.map((row) => [row.unitId, row]));
  const governing = new Map<number, { id: number; name: string } | null>();
  // Depth-first order lists a parent before its children, so the parent's answer is always ready.
  return units.map((unit) => {
    const own = byUnit.get(unit.id);
    const governedBy = own ? { id: unit.id, name: unit.name } : unit.parentId !== null ? (governing.get(unit.parentId) ?? null) : null;
    governing.set(unit.id, governedBy);
    return { ...unit, result: own?.result ?? null, version: own?.version ?? 0, finalizedAt: own?.finalizedAt ?? null, governedBy };
  });
}
