import { describe, expect, it } from "vitest";
import {
  addMonths,
  addYears,
  compareDates,
  dateOnly,
  daysInMonth,
  diffYearsMonths,
  firstDayOfNextMonth,
  isAfter,
  isBefore,
  isRealDate,
  parseIsoDate,
  toIsoDate,
} from "@/lib/domain/dates";

// Independent of the code under test: an ISO date string to its UTC midnight.
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("dateOnly", () => {
  it.each([
    [2024, 1, 1, "2024-01-01T00:00:00.000Z"],
    [2024, 2, 29, "2024-02-29T00:00:00.000Z"],
    [1999, 12, 31, "1999-12-31T00:00:00.000Z"],
    [50, 6, 15, "0050-06-15T00:00:00.000Z"],
  ])("dateOnly(%i, %i, %i) is %s", (y, m, d, iso) => {
    expect(dateOnly(y, m, d).toISOString()).toBe(iso);
  });

  it.each([
    [2023, 2, 29],
    [2024, 13, 1],
    [2024, 4, 31],
    [2024, 0, 10],
    [2024, 1, 0],
  ])("rejects %i-%i-%i", (y, m, d) => {
    expect(() => dateOnly(y, m, d)).toThrow(RangeError);
  });
});

describe("isRealDate", () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2023, 2, 28, true],
    [2023, 4, 30, true],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 13, 1, false],
    [2023, 0, 1, false],
    [2023, 1, 0, false],
    [2023, 1, 1.5, false],
    [0, 1, 1, false],
  ])("%i-%i-%i is %s", (y, m, d, expected) => {
    expect(isRealDate(y, m, d)).toBe(expected);
  });

  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [2024, 1, 31],
    [2024, 4, 30],
    [2024, 11, 30],
    [2024, 12, 31],
  ])("daysInMonth(%i, %i) is %i", (y, m, days) => {
    expect(daysInMonth(y, m)).toBe(days);
  });
});

describe("parseIsoDate / toIsoDate", () => {
  it.each(["2024-02-29", "1978-03-15", "2000-01-01", "2026-12-31"])("round-trips %s", (iso) => {
    const parsed = parseIsoDate(iso);
    expect(parsed?.toISOString()).toBe(`${iso}T00:00:00.000Z`);
    expect(parsed && toIsoDate(parsed)).toBe(iso);
  });

  it.each([
    "2023-02-29",
    "2023-02-30",
    "2024-13-01",
    "2024-00-10",
    "2024-04-31",
    "2024-1-01",
    "24-01-01",
    "2024-01-01T00:00:00Z",
    " 2024-01-01",
    "2024/01/01",
    "",
  ])("rejects %j", (text) => {
    expect(parseIsoDate(text)).toBeNull();
  });

  it("pads years below 1000", () => {
    expect(toIsoDate(dateOnly(50, 6, 15))).toBe("0050-06-15");
  });
});

describe("addMonths / addYears (clamp to the month's last day)", () => {
  it.each([
    ["2024-01-15", 1, "2024-02-15"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-11-30", 2, "2025-01-30"],
    ["2024-01-10", -1, "2023-12-10"],
    ["2024-05-20", 0, "2024-05-20"],
    ["2005-01-01", 262, "2026-11-01"],
  ])("addMonths(%s, %i) = %s", (from, n, expected) => {
    expect(toIsoDate(addMonths(utc(from), n))).toBe(expected);
  });

  it.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2024-02-29", -1, "2023-02-28"],
    ["2000-05-20", 18, "2018-05-20"],
    ["1970-03-15", 58, "2028-03-15"],
  ])("addYears(%s, %i) = %s", (from, n, expected) => {
    expect(toIsoDate(addYears(utc(from), n))).toBe(expected);
  });

  it("rejects fractional steps", () => {
    expect(() => addMonths(utc("2024-01-01"), 1.5)).toThrow(RangeError);
    expect(() => addYears(utc("2024-01-01"), 0.5)).toThrow(RangeError);
  });
});

describe("firstDayOfNextMonth", () => {
  it.each([
    ["2028-03-15", "2028-04-01"],
    ["2028-03-01", "2028-04-01"],
    ["2026-12-31", "2027-01-01"],
    ["2030-02-28", "2030-03-01"],
  ])("%s -> %s", (from, expected) => {
    expect(toIsoDate(firstDayOfNextMonth(utc(from)))).toBe(expected);
  });
});

describe("diffYearsMonths (complete years and months)", () => {
  it.each([
    ["2005-01-01", "2026-11-23", 21, 10],
    ["2005-01-01", "2005-01-01", 0, 0],
    ["2005-01-15", "2005-02-14", 0, 0],
    ["2005-01-15", "2005-02-15", 0, 1],
    ["2005-03-15", "2006-03-14", 0, 11],
    ["2005-03-15", "2006-03-15", 1, 0],
    // end of month: the last day of a shorter month completes the month
    ["2024-01-31", "2024-02-28", 0, 0],
    ["2024-01-31", "2024-02-29", 0, 1],
    ["2023-01-31", "2023-02-28", 0, 1],
    ["2024-01-30", "2024-02-29", 0, 1],
    ["2024-03-31", "2024-04-30", 0, 1],
    ["2024-03-31", "2024-04-29", 0, 0],
    // leap day: 29 Feb completes a year on 28 Feb of a common year
    ["2024-02-29", "2025-02-27", 0, 11],
    ["2024-02-29", "2025-02-28", 1, 0],
    ["2024-02-29", "2028-02-28", 3, 11],
    ["2024-02-29", "2028-02-29", 4, 0],
    ["2023-02-28", "2024-02-28", 1, 0],
  ])("%s -> %s is %i y %i m", (from, to, years, months) => {
    expect(diffYearsMonths(utc(from), utc(to))).toEqual({ years, months });
  });

  it("throws when the end is before the start", () => {
    expect(() => diffYearsMonths(utc("2024-02-01"), utc("2024-01-31"))).toThrow(RangeError);
  });
});

describe("compareDates / isBefore / isAfter", () => {
  it.each([
    ["2024-01-01", "2024-01-02", -1, true, false],
    ["2024-01-02", "2024-01-01", 1, false, true],
    ["2024-01-01", "2024-01-01", 0, false, false],
  ])("%s vs %s", (a, b, order, before, after) => {
    expect(compareDates(utc(a), utc(b))).toBe(order);
    expect(isBefore(utc(a), utc(b))).toBe(before);
    expect(isAfter(utc(a), utc(b))).toBe(after);
  });

  it("sorts dates chronologically", () => {
    const sorted = ["2024-03-01", "2023-12-31", "2024-01-15"].map(utc).sort(compareDates);
    expect(sorted.map(toIsoDate)).toEqual(["2023-12-31", "2024-01-15", "2024-03-01"]);
  });
});
