// The performance condition of a KP: predikat at least Baik in each of the two years before the
// KP period's year (domain.md, Promotion in rank).

import type { Predikat } from "../predikat";

const AT_LEAST_BAIK: Record<Predikat, boolean> = {
  SANGAT_BAIK: true,
  BAIK: true,
  BUTUH_PERBAIKAN: false,
  KURANG: false,
  SANGAT_KURANG: false,
};

/** Worse is higher. */
const SEVERITY: Record<Predikat, number> = {
  SANGAT_BAIK: 0,
  BAIK: 1,
  BUTUH_PERBAIKAN: 2,
  KURANG: 3,
  SANGAT_KURANG: 4,
};

/** An unknown year (undefined or null) does not count as Baik. */
export function isAtLeastBaik(predikat: Predikat | null | undefined): boolean {
  return predikat !== undefined && predikat !== null && AT_LEAST_BAIK[predikat];
}

/**
 * The worst predikat of each year, in one pass. A year can hold two SKPs (a change of position or
 * rater closes one and opens another) and both must be at least Baik, so the worse one decides.
 */
export function worstPredikatByYear(
  predikats: readonly { year: number; predikat: Predikat }[],
): Map<number, Predikat> {
  const byYear = new Map<number, Predikat>();
  for (const { year, predikat } of predikats) {
    const seen = byYear.get(year);
    if (seen === undefined || SEVERITY[predikat] > SEVERITY[seen]) byYear.set(year, predikat);
  }
  return byYear;
}
