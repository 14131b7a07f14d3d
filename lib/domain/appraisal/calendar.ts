// Date helpers shared by the appraisal rules. Date-only values follow lib/domain/dates.ts: a JS Date
// at UTC midnight. Instants (releasedAt, now) are real points in time and are turned into a WIB
// calendar date before any day arithmetic, because the agency's day starts at midnight in Jakarta.

import { dateOnly } from "../dates";

const DAY_MS = 24 * 60 * 60 * 1000;

/** WIB (Asia/Jakarta) is UTC+7 all year: Indonesia has no daylight saving time. */
export const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Throws unless `date` is a valid Date at exactly UTC midnight (a date-only value). */
export function assertDateOnly(date: Date, name: string): void {
  const time = date.getTime();
  if (Number.isNaN(time) || time % DAY_MS !== 0) {
    throw new RangeError(`${name} is not a date-only value: ${String(date)}`);
  }
}

/** The WIB calendar date of an instant, date-only: 16:59:59Z is still that UTC day, 17:00Z the next. */
export function wibDate(instant: Date): Date {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError("wibDate: invalid instant");
  const shifted = new Date(time + WIB_OFFSET_MS);
  return dateOnly(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** A date-only value `days` calendar days later (earlier when negative). */
export function addDays(date: Date, days: number): Date {
  if (!Number.isInteger(days)) throw new RangeError(`Whole days only: ${days}`);
  return new Date(date.getTime() + days * DAY_MS);
}
