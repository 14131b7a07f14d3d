import { dateOnly } from "@/lib/domain/dates";

const jakarta = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Today's date in WIB as a date-only value. The whole product is run from Jambi (WIB); a TMT or a
 * deadline is a calendar day there, not in the server's zone.
 */
export function today(now: Date = new Date()): Date {
  const [year, month, day] = jakarta.format(now).split("-").map(Number) as [number, number, number];
  return dateOnly(year, month, day);
}
