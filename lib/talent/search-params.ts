/** A page's searchParams with each value's first occurrence, ready for a filter schema. */
export function flatParams(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

/** A unit filter only counts when the unit exists (a stale bookmark falls back to the whole agency). */
export function knownUnit(unitId: number | undefined, units: readonly { id: number }[]): number | null {
  return unitId !== undefined && units.some((unit) => unit.id === unitId) ? unitId : null;
}
