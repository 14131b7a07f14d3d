// Which unit's organisational result governs a person's predikat (kurva distribusi). A result set on
// a unit covers its whole subtree, except branches below it that carry a result of their own: the
// nearest result up the unit path wins, so no one is ever counted against two limits tables.

/** Anything that can answer "does this unit have a result this year?". */
export type UnitIdSet = ReadonlySet<number> | readonly number[];

function has(set: UnitIdSet, id: number): boolean {
  return Array.isArray(set) ? set.includes(id) : (set as ReadonlySet<number>).has(id);
}

/**
 * The nearest unit up `unitPath` (root first, the unit itself last, as org_units.path stores it) that
 * has a result for the year; null when none has, i.e. no limit applies to that person yet.
 */
export function governingUnitId(unitPath: readonly number[], unitIdsWithResult: UnitIdSet): number | null {
  for (let i = unitPath.length - 1; i >= 0; i -= 1) {
    const id = unitPath[i]!;
    if (has(unitIdsWithResult, id)) return id;
  }
  return null;
}

/**
 * The units whose people `unitId`'s result would govern: its subtree minus every branch that starts
 * at a descendant with its own result. Works whether or not `unitId` itself has a result yet, so a
 * unit's page can show its distribution before HR sets the result.
 */
export function governedUnitIds(
  unitId: number,
  units: readonly { id: number; path: readonly number[] }[],
  unitIdsWithResult: UnitIdSet,
): number[] {
  const governed: number[] = [];
  for (const unit of units) {
    const at = unit.path.indexOf(unitId);
    if (at < 0) continue;
    let blocked = false;
    for (let i = at + 1; i < unit.path.length && !blocked; i += 1) blocked = has(unitIdsWithResult, unit.path[i]!);
    if (!blocked) governed.push(unit.id);
  }
  return governed;
}
