// Date-only values (tanggal lahir, TMT) are JS Dates at UTC midnight and every calculation here
// reads and writes UTC fields, so the server's time zone (WIB, WITA, WIT or UTC) never shifts a day.

export type YearsMonths = { years: number; months: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** UTC midnight of a real calendar date; `month` is 1-based. Throws on 2023-02-30 and the like. */
export function dateOnly(year: number, month: number, day: number): Date {
  if (!isRealDate(year, month, day)) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  // Date.UTC maps years 0..99 to 1900..1999; setUTCFullYear does not.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Strict "YYYY-MM-DD": no time part, no rollover (2023-02-29 is null, not 1 March). */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? dateOnly(year, month, day) : null;
}

export function toIsoDate(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/**
 * Calendar months later (or earlier for negative n). A day that does not exist in the target month
 * is clamped to that month's last day: 31 Jan + 1 month = 28/29 Feb, 31 Mar - 1 month = 28/29 Feb.
 * Clamping (rather than spilling into the next month) keeps the result in the month people expect,
 * which is what the retirement month and masa kerja depend on.
 */
export function addMonths(date: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new RangeError(`Whole months only: ${months}`);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dateOnly(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
}

/** Same clamping rule as addMonths: 29 Feb 2024 + 1 year = 28 Feb 2025; + 4 years = 29 Feb 2028. */
export function addYears(date: Date, years: number): Date {
  if (!Number.isInteger(years)) throw new RangeError(`Whole years only: ${years}`);
  return addMonths(date, years * 12);
}

/** The 1st of the following month, also for a date that is itself a 1st (1 Mar -> 1 Apr). */
export function firstDayOfNextMonth(date: Date): Date {
  const month = date.getUTCMonth() + 2;
  return month === 13 ? dateOnly(date.getUTCFullYear() + 1, 1, 1) : dateOnly(date.getUTCFullYear(), month, 1);
}

/**
 * Complete years and months from `from` to `to`: the largest n with addMonths(from, n) <= to.
 * Because addMonths clamps, a month counts as complete on the last day of a shorter month
 * (31 Jan -> 28 Feb is 1 month; 29 Feb 2024 -> 28 Feb 2025 is 1 year). Throws when `to` is
 * before `from`: callers decide what a negative span means (serviceLength treats it as zero).
 */
export function diffYearsMonths(from: Date, to: Date): YearsMonths {
  if (to.getTime() < from.getTime()) {
    throw new RangeError(`diffYearsMonths: ${toIsoDate(to)} is before ${toIsoDate(from)}`);
  }
  let months =
    (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (addMonths(from, months).getTime() > to.getTime()) months -= 1;
  return { years: Math.floor(months / 12), months: months % 12 };
}

/** -1, 0 or 1, for Array.prototype.sort and for readable comparisons. */
export function compareDates(a: Date, b: Date): -1 | 0 | 1 {
  const diff = a.getTime() - b.getTime();
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

export function isBefore(a: Date, b: Date): boolean {
  return a.getTime() < b.getTime();
}

export function isAfter(a: Date, b: Date): boolean {
  return a.getTime() > b.getTime();
}
