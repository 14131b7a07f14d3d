// Periode kenaikan pangkat (KP): the dates on which a new pangkat may take effect (TMT). The rule has
// changed twice, so the eras are data: a period is the 1st of one of the era's months.
//   until 2023 ............... 1 April and 1 October
//   2024 until September 2025  1 Feb, 1 Apr, 1 Jun, 1 Aug, 1 Oct, 1 Dec
//   from 1 October 2025 ...... the 1st of every month

import { dateOnly } from "../dates";
import { assertDateOnly } from "../appraisal/calendar";

export type KpEra = {
  /** First day of the era (a 1st of a month); null = since forever. Each era runs until the next. */
  from: { year: number; month: number } | null;
  /** Months (1..12) whose 1st is a KP period, ascending. */
  months: readonly number[];
};

/** Oldest first. */
export const KP_SCHEDULE = [
  { from: null, months: [4, 10] },
  { from: { year: 2024, month: 1 }, months: [2, 4, 6, 8, 10, 12] },
  { from: { year: 2025, month: 10 }, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
] as const satisfies readonly KpEra[];

/** year * 12 + (month - 1): whole-month arithmetic without Date objects (the screening hot path). */
export type MonthIndex = number;

export const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;

// The eras newest first, each start as a month index (-Infinity for the first), computed once.
const ERAS_NEWEST_FIRST = KP_SCHEDULE.map((era) => ({
  start: era.from === null ? Number.NEGATIVE_INFINITY : monthIndex(era.from.year, era.from.month),
  months: era.months as readonly number[],
})).reverse();

function kpMonthsAt(index: MonthIndex): readonly number[] {
  for (const era of ERAS_NEWEST_FIRST) if (era.start <= index) return era.months;
  return [];
}

/** Whether the 1st of the month `index` is a KP period. */
export function isKpMonth(index: MonthIndex): boolean {
  const month = (((index % 12) + 12) % 12) + 1;
  return kpMonthsAt(index).includes(month);
}

/** The month index of the first KP period at or after the 1st of month `index`. */
export function kpMonthOnOrAfter(index: MonthIndex): MonthIndex {
  let candidate = index;
  // Every era has a period at least every 6 months, so this loop runs at most 6 times.
  while (!isKpMonth(candidate)) candidate += 1;
  return candidate;
}

/** The month index of the first KP period on or after `date` (a date-only value). */
export function kpMonthOnOrAfterDate(date: Date): MonthIndex {
  const index = monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1);
  return kpMonthOnOrAfter(date.getUTCDate() === 1 ? index : index + 1);
}

/** The 1st of the month `index` (UTC midnight). */
export function monthStart(index: MonthIndex): Date {
  const year = Math.floor(index / 12);
  return dateOnly(year, index - year * 12 + 1, 1);
}

/** Milliseconds of the 1st of month `index`, for comparisons without allocating a Date. */
export function monthStartTime(index: MonthIndex): number {
  const year = Math.floor(index / 12);
  return Date.UTC(year, index - year * 12, 1);
}

export function isKpPeriod(date: Date): boolean {
  assertDateOnly(date, "date");
  return date.getUTCDate() === 1 && isKpMonth(monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1));
}

/** The first KP period on or after `date`: the date itself when it is a period. */
export function kpPeriodOnOrAfter(date: Date): Date {
  assertDateOnly(date, "date");
  return monthStart(kpMonthOnOrAfterDate(date));
}

/** The first KP period strictly after `date`. */
export function kpPeriodAfter(date: Date): Date {
  assertDateOnly(date, "date");
  const index = monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1);
  return monthStart(kpMonthOnOrAfter(index + 1));
}

/** Every KP period in [from, to], both ends included, oldest first; empty when to < from. */
export function kpPeriodsBetween(from: Date, to: Date): Date[] {
  assertDateOnly(from, "from");
  assertDateOnly(to, "to");
  const periods: Date[] = [];
  const last = to.getTime();
  for (let index = kpMonthOnOrAfterDate(from); monthStartTime(index) <= last; index = kpMonthOnOrAfter(index + 1)) {
    periods.push(monthStart(index));
  }
  return periods;
}
