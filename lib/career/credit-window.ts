// Angka kredit "since" a date (the current pangkat's TMT, or the start of the current jenjang).
//
// Decision: credit is pro-rated by month, not counted by year. An award belongs to one SKP period;
// the share that counts is the share of that period's credit months (the 15th-of-the-month rule of
// monthsCovered, which is how the award's months were counted) that fall on or after the date.
// Counting every award whose year is at least the TMT's year would hand a person promoted on
// 1 October the whole year's credit, three quarters of which was earned in the previous pangkat and
// may already have served that promotion. An award whose SKP is gone (appraisal deleted) is spread
// evenly over its calendar year. lib/career/eligibility-queries.ts computes the same rule in SQL;
// the integration tests check that both agree.
import { monthsCovered } from "@/lib/domain/appraisal/credit";
import { dateOnly, isAfter } from "@/lib/domain/dates";

export type CreditPiece = {
  year: number;
  credit: number;
  /** The SKP's period; null when the award has no SKP any more. */
  periodStart: Date | null;
  periodEnd: Date | null;
};

/** Thousandths of one award that count from `since` on, rounded half up (numeric(8,3) precision). */
export function creditShareThousandths(piece: CreditPiece, since: Date): number {
  const start = piece.periodStart ?? dateOnly(piece.year, 1, 1);
  const end = piece.periodEnd ?? dateOnly(piece.year, 12, 31);
  if (isAfter(since, end) || isAfter(start, end)) return 0;
  const whole = monthsCovered(start, end);
  if (whole === 0) return 0;
  const after = monthsCovered(isAfter(since, start) ? since : start, end);
  // Integer arithmetic: thousandths × months / months is exact at a half, so rounding matches SQL's round().
  return Math.round((Math.round(piece.credit * 1000) * after) / whole);
}

/** Credit earned from `since` on; null `since` (no TMT on record) counts nothing. */
export function creditSince(pieces: readonly CreditPiece[], since: Date | null): number {
  if (!since) return 0;
  let thousandths = 0;
  for (const piece of pieces) thousandths += creditShareThousandths(piece, since);
  return thousandths / 1000;
}
