// Evaluation periods of one SKP: the months or quarters of its year that it covers, then the annual
// evaluation over the whole SKP (PermenPANRB 6/2022: periodic evaluation monthly or quarterly, an
// agency setting, plus the annual one).

import { daysInMonth, dateOnly, isAfter, isBefore } from "../dates";
import { assertDateOnly } from "./calendar";

export type EvaluationFrequency = "MONTHLY" | "QUARTERLY";

export const EVALUATION_FREQUENCIES = [
  "MONTHLY",
  "QUARTERLY",
] as const satisfies readonly EvaluationFrequency[];

export type EvaluationPeriod = {
  kind: "PERIODIC" | "ANNUAL";
  /** 1..12 (month) or 1..4 (quarter) for a periodic evaluation, 0 for the annual one. */
  periodNo: number;
  start: Date;
  end: Date;
};

/** 1 January to 31 December of `year`, date-only. */
export function yearRange(year: number): { start: Date; end: Date } {
  return { start: dateOnly(year, 1, 1), end: dateOnly(year, 12, 31) };
}

function assertSkpRange(skpStart: Date, skpEnd: Date): number {
  assertDateOnly(skpStart, "skpStart");
  assertDateOnly(skpEnd, "skpEnd");
  if (isAfter(skpStart, skpEnd)) throw new RangeError("SKP ends before it starts");
  const year = skpStart.getUTCFullYear();
  // A change of year always opens a new SKP, so an SKP that spans two years is a data error.
  if (skpEnd.getUTCFullYear() !== year) throw new RangeError("An SKP never spans two years");
  return year;
}

/** Calendar [start, end] of month (1..12) or quarter (1..4) `no` of `year`. */
function calendarPeriod(frequency: EvaluationFrequency, year: number, no: number) {
  const months = frequency === "MONTHLY" ? 1 : 3;
  const firstMonth = (no - 1) * months + 1;
  const lastMonth = firstMonth + months - 1;
  return {
    start: dateOnly(year, firstMonth, 1),
    end: dateOnly(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/**
 * The periodic evaluations (months or quarters of the SKP's year that overlap [skpStart, skpEnd],
 * each clipped to the SKP), in order, then the annual evaluation (periodNo 0) over the whole SKP.
 * An SKP from 16 March under a quarterly setting has Q1 = 16-31 March, not the whole quarter.
 */
export function evaluationPeriods(
  frequency: EvaluationFrequency,
  skpStart: Date,
  skpEnd: Date,
): EvaluationPeriod[] {
  const year = assertSkpRange(skpStart, skpEnd);
  const count = frequency === "MONTHLY" ? 12 : 4;
  const periods: EvaluationPeriod[] = [];
  for (let no = 1; no <= count; no += 1) {
    const { start, end } = calendarPeriod(frequency, year, no);
    if (isAfter(start, skpEnd) || isBefore(end, skpStart)) continue;
    periods.push({
      kind: "PERIODIC",
      periodNo: no,
      start: isBefore(start, skpStart) ? skpStart : start,
      end: isAfter(end, skpEnd) ? skpEnd : end,
    });
  }
  periods.push({ kind: "ANNUAL", periodNo: 0, start: skpStart, end: skpEnd });
  return periods;
}

/**
 * The day from which the annual evaluation may be rated: the start of the SKP's last periodic
 * period, so the rater judges the year once its final month or quarter is under way.
 */
export function annualRatingOpens(
  frequency: EvaluationFrequency,
  skpStart: Date,
  skpEnd: Date,
): Date {
  const periodic = evaluationPeriods(frequency, skpStart, skpEnd).filter((p) => p.kind === "PERIODIC");
  const last = periodic[periodic.length - 1];
  // Unreachable: a valid SKP overlaps at least the month or quarter it starts in.
  if (!last) throw new RangeError("SKP has no periodic period");
  return last.start;
}
