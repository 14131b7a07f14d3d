// PP 30/2019 numeric scores, for years before the predikat system: nilai SKP and perilaku weighted
// into one score, and the score's band mapped onto today's predikat so history reads as one scale.

import type { Predikat } from "../predikat";

export type LegacyBand = {
  predikat: Predikat;
  /** The PP 30/2019 name of the band; "Cukup" became Butuh Perbaikan. */
  legacyLabel: string;
  /** Inclusive lower bound; the band runs up to the next better band's bound. */
  minScore: number;
  needsInnovation: boolean;
};

/** Best first; the first band whose conditions hold wins. */
export const LEGACY_BANDS = [
  { predikat: "SANGAT_BAIK", legacyLabel: "Sangat Baik", minScore: 110, needsInnovation: true },
  { predikat: "BAIK", legacyLabel: "Baik", minScore: 90, needsInnovation: false },
  { predikat: "BUTUH_PERBAIKAN", legacyLabel: "Cukup", minScore: 70, needsInnovation: false },
  { predikat: "KURANG", legacyLabel: "Kurang", minScore: 50, needsInnovation: false },
  { predikat: "SANGAT_KURANG", legacyLabel: "Sangat Kurang", minScore: 0, needsInnovation: false },
] as const satisfies readonly LegacyBand[];

export const LEGACY_MAX_SCORE = 120;

function assertScore(score: number, name: string): void {
  if (!Number.isFinite(score) || score < 0 || score > LEGACY_MAX_SCORE) {
    throw new RangeError(`${name} must be 0..${LEGACY_MAX_SCORE}, got ${score}`);
  }
}

/** 110-120 is Sangat Baik only with an innovation; without one it stays Baik. */
export function legacyPredikat(score: number, withInnovation: boolean): Predikat {
  assertScore(score, "score");
  const band = LEGACY_BANDS.find(
    (b) => score >= b.minScore && (!b.needsInnovation || withInnovation),
  );
  // Unreachable: the last band starts at 0.
  if (!band) throw new RangeError(`No band for ${score}`);
  return band.predikat;
}

/**
 * Nilai kinerja: SKP 70% + perilaku 30%, or 60/40 when peers and subordinates gave input, rounded
 * half-up to 2 decimals. Inputs are taken to 2 decimals (as recorded) and weighted in whole numbers,
 * so SKP 80 and perilaku 80.75 give 80.23 (80.225 exactly), where 80 × 0.7 + 80.75 × 0.3 in binary
 * floating point reads 80.2249… and would round to 80.22.
 */
export function legacyScore(skp: number, behaviour: number, withPeerInput: boolean): number {
  assertScore(skp, "skp");
  assertScore(behaviour, "behaviour");
  const [skpWeight, behaviourWeight] = withPeerInput ? [60, 40] : [70, 30];
  // Hundredths × percent = score × 10 000.
  const weighted = Math.round(skp * 100) * skpWeight + Math.round(behaviour * 100) * behaviourWeight;
  return Math.round(weighted / 100) / 100;
}
