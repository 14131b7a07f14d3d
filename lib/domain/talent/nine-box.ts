// Talent management (PermenPANRB 3/2020): the 9-box of kinerja (from the annual predikat) ×
// potensial (from an assessment score), the talent pool and each box's suggested follow-up.
// Pure: no I/O; the 9-box pages, the succession checks and the placement merit score call it.

import type { Predikat } from "../predikat";

export type KinerjaLevel = "DI_ATAS" | "SESUAI" | "DI_BAWAH";
export type PotentialLevel = "RENDAH" | "MENENGAH" | "TINGGI";
export type Box = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Top-down, as the grid's rows read. */
export const KINERJA_LEVELS = ["DI_ATAS", "SESUAI", "DI_BAWAH"] as const satisfies readonly KinerjaLevel[];
/** Left to right, as the grid's columns read. */
export const POTENTIAL_LEVELS = ["RENDAH", "MENENGAH", "TINGGI"] as const satisfies readonly PotentialLevel[];
export const BOXES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const satisfies readonly Box[];

/**
 * Cut-offs on the 0..100 potential scale: below `menengah` is rendah, from `menengah` below `tinggi`
 * menengah, from `tinggi` tinggi. These are the defaults; an agency may set its own (the assessment
 * centre's scale differs between agencies), so they travel as data and never as literals in queries.
 */
export type PotentialThresholds = { menengah: number; tinggi: number };
export const DEFAULT_POTENTIAL_THRESHOLDS: PotentialThresholds = { menengah: 60, tinggi: 80 };

export const POTENTIAL_SCORE_MIN = 0;
export const POTENTIAL_SCORE_MAX = 100;

/** Which predikat counts as which kinerja level: only Sangat Baik is above expectation. */
export const KINERJA_BY_PREDIKAT: Record<Predikat, KinerjaLevel> = {
  SANGAT_BAIK: "DI_ATAS",
  BAIK: "SESUAI",
  BUTUH_PERBAIKAN: "DI_BAWAH",
  KURANG: "DI_BAWAH",
  SANGAT_KURANG: "DI_BAWAH",
};

/** The table in ../shared/domain.md ("Talent management"), row = kinerja, column = potensial. */
export const NINE_BOX: Record<KinerjaLevel, Record<PotentialLevel, Box>> = {
  DI_ATAS: { RENDAH: 4, MENENGAH: 7, TINGGI: 9 },
  SESUAI: { RENDAH: 2, MENENGAH: 5, TINGGI: 8 },
  DI_BAWAH: { RENDAH: 1, MENENGAH: 3, TINGGI: 6 },
};

/** Boxes 7–9 form the talent pool for promotion and for the succession of key positions. */
export const TALENT_POOL_BOXES = [7, 8, 9] as const satisfies readonly Box[];

export function isTalentPool(box: Box | null): boolean {
  return box !== null && (TALENT_POOL_BOXES as readonly Box[]).includes(box);
}

export function kinerjaLevel(predikat: Predikat | null): KinerjaLevel | null {
  return predikat === null ? null : KINERJA_BY_PREDIKAT[predikat];
}

export function potentialLevel(score: number | null, thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS): PotentialLevel | null {
  if (score === null || Number.isNaN(score)) return null;
  if (score >= thresholds.tinggi) return "TINGGI";
  if (score >= thresholds.menengah) return "MENENGAH";
  return "RENDAH";
}

export function nineBox(kinerja: KinerjaLevel, potential: PotentialLevel): Box {
  return NINE_BOX[kinerja][potential];
}

/** The box of a person, or null while either the predikat or the potential score is missing. */
export function boxOf(predikat: Predikat | null, score: number | null, thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS): Box | null {
  const kinerja = kinerjaLevel(predikat);
  const potential = potentialLevel(score, thresholds);
  return kinerja && potential ? nineBox(kinerja, potential) : null;
}

/** Where a box sits in the grid (the inverse of NINE_BOX). */
export function boxPosition(box: Box): { kinerja: KinerjaLevel; potential: PotentialLevel } {
  for (const kinerja of KINERJA_LEVELS) for (const potential of POTENTIAL_LEVELS) if (NINE_BOX[kinerja][potential] === box) return { kinerja, potential };
  throw new Error(`not a box: ${String(box)}`);
}

/** A score interval [min, max): max null = no upper bound. */
export type ScoreRange = { min: number | null; max: number | null };

export function potentialRange(level: PotentialLevel, thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS): ScoreRange {
  if (level === "TINGGI") return { min: thresholds.tinggi, max: null };
  if (level === "MENENGAH") return { min: thresholds.menengah, max: thresholds.tinggi };
  return { min: null, max: thresholds.menengah };
}

/**
 * What a box asks of the data, for a query that lists the people in it: one of these predikats and
 * a score in the range. Derived from the tables above, so SQL never repeats the rule.
 */
export function boxCriteria(box: Box, thresholds: PotentialThresholds = DEFAULT_POTENTIAL_THRESHOLDS): { predikats: Predikat[]; range: ScoreRange } {
  const { kinerja, potential } = boxPosition(box);
  const predikats = (Object.keys(KINERJA_BY_PREDIKAT) as Predikat[]).filter((p) => KINERJA_BY_PREDIKAT[p] === kinerja);
  return { predikats, range: potentialRange(potential, thresholds) };
}

/** Suggested follow-up per box; the Indonesian text is messages/id/talent.json followUp.<code>. */
export type FollowUp = "PROMOTE_RETAIN_SUCCESSION" | "RETAIN_ROTATE_DEVELOP" | "PLACEMENT_COACHING" | "ROTATION" | "BY_RULES";

export const FOLLOW_UP: Record<Box, FollowUp> = {
  9: "PROMOTE_RETAIN_SUCCESSION",
  8: "RETAIN_ROTATE_DEVELOP",
  7: "RETAIN_ROTATE_DEVELOP",
  6: "PLACEMENT_COACHING",
  5: "PLACEMENT_COACHING",
  3: "PLACEMENT_COACHING",
  2: "PLACEMENT_COACHING",
  4: "ROTATION",
  1: "BY_RULES",
};

export function followUp(box: Box): FollowUp {
  return FOLLOW_UP[box];
}

export function isBox(value: number): value is Box {
  return Number.isInteger(value) && value >= 1 && value <= 9;
}
