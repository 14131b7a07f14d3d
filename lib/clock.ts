import { dateOnly, parseIsoDate } from "@/lib/domain/dates";

const jakarta = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * JENJANG_TODAY=YYYY-MM-DD pins the calendar day: the end-to-end tests run against demo data written
 * "as of" a fixed day (prisma/seed/demo-appraisals-plan.ts), and must keep passing after that day has
 * passed. Only calendar-day rules read it (periods, deadlines, TMT checks); timestamps stay real.
 */
function pinned(): Date | null {
  const value = process.env.JENJANG_TODAY;
  if (!value) return null;
  const date = parseIsoDate(value);
  if (!date) throw new Error(`JENJANG_TODAY must be YYYY-MM-DD, got "${value}"`);
  return date;
}

/**
 * Today's date in WIB as a date-only value. The whole product is run from Jambi (WIB); a TMT or a
 * deadline is a calendar day there, not in the server's zone.
 */
export function today(now?: Date): Date {
  const fixed = now === undefined ? pinned() : null;
  if (fixed) return fixed;
  const [year, month, day] = jakarta.format(now ?? new Date()).split("-").map(Number) as [number, number, number];
  return dateOnly(year, month, day);
}
