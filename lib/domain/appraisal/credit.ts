// Angka kredit of functional positions (PermenPANRB 1/2023): each year's SKP earns
// (months / 12) × predikat percentage × the jenjang's annual coefficient.

import { isAfter } from "../dates";
import type { Predikat } from "../predikat";
import type { FunctionalLevel } from "../positions";
import { assertDateOnly } from "./calendar";

export type CreditRow = {
  /** Koefisien tahunan: credit for a full year rated Baik. */
  coefficient: number;
  /** Cumulative credit needed for the next pangkat within the jenjang. */
  forNextRank: number;
  /** Cumulative credit needed for the next jenjang; null at the top of the ladder. */
  forNextLevel: number | null;
};

export const CREDIT_TABLE: Record<FunctionalLevel, CreditRow> = {
  AHLI_PERTAMA: { coefficient: 12.5, forNextRank: 50, forNextLevel: 100 },
  AHLI_MUDA: { coefficient: 25, forNextRank: 100, forNextLevel: 200 },
  AHLI_MADYA: { coefficient: 37.5, forNextRank: 150, forNextLevel: 450 },
  AHLI_UTAMA: { coefficient: 50, forNextRank: 200, forNextLevel: null },
  PEMULA: { coefficient: 3.75, forNextRank: 15, forNextLevel: 15 },
  TERAMPIL: { coefficient: 5, forNextRank: 20, forNextLevel: 60 },
  MAHIR: { coefficient: 12.5, forNextRank: 50, forNextLevel: 100 },
  PENYELIA: { coefficient: 25, forNextRank: 100, forNextLevel: null },
};

export const PREDIKAT_PERCENT: Record<Predikat, number> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

/**
 * Months of an SKP that earn credit: the calendar months whose 15th lies within [start, end].
 * A month counts when the SKP covers its middle, so a month split between two consecutive SKPs
 * (one ends on the 15th or later, the next starts the day after) is counted once, by the SKP that
 * holds the 15th: Jan 1-Jun 30 = 6, Jan 1-Dec 31 = 12, Mar 16-Dec 31 = 9, Jan 1-Mar 15 = 3.
 */
export function monthsCovered(start: Date, end: Date): number {
  assertDateOnly(start, "start");
  assertDateOnly(end, "end");
  if (isAfter(start, end)) throw new RangeError("monthsCovered: end is before start");
  let months = 0;
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  while (year < end.getUTCFullYear() || (year === end.getUTCFullYear() && month <= end.getUTCMonth())) {
    const middle = Date.UTC(year, month, 15);
    if (middle >= start.getTime() && middle <= end.getTime()) months += 1;
    month += 1;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  return months;
}

/**
 * Credit earned, rounded half-up to 3 decimals (the precision of CreditAward.credit). Computed in
 * whole numbers: the coefficient in hundredths, so 3.75 × 75% × 7/12 = 1.640625 rounds to 1.641.
 */
export function annualCredit(months: number, predikat: Predikat, level: FunctionalLevel): number {
  if (!Number.isInteger(months) || months < 0 || months > 12) {
    throw new RangeError(`annualCredit: months must be 0..12, got ${months}`);
  }
  const coefficientHundredths = Math.round(CREDIT_TABLE[level].coefficient * 100);
  // credit × 1000 = months/12 × percent/100 × hundredths/100 × 1000
  const thousandths = (months * PREDIKAT_PERCENT[predikat] * coefficientHundredths) / 120;
  return Math.round(thousandths) / 1000;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export type CreditTarget = { needed: number; remaining: number };

/**
 * How far `total` (credit accumulated towards the next step, as the caller counts it) is from the
 * next pangkat and the next jenjang; remaining never drops below zero.
 */
export function creditProgress(
  total: number,
  level: FunctionalLevel,
): { nextRank: CreditTarget; nextLevel: CreditTarget | null } {
  if (!Number.isFinite(total) || total < 0) throw new RangeError(`creditProgress: bad total ${total}`);
  const row = CREDIT_TABLE[level];
  const target = (needed: number): CreditTarget => ({
    needed,
    remaining: Math.max(0, round3(needed - total)),
  });
  return {
    nextRank: target(row.forNextRank),
    nextLevel: row.forNextLevel === null ? null : target(row.forNextLevel),
  };
}
