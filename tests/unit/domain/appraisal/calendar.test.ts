import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/dates";
import { addDays, assertDateOnly, wibDate } from "@/lib/domain/appraisal/calendar";

describe("wibDate (calendar date in Asia/Jakarta, UTC+7)", () => {
  it.each([
    ["2026-03-01T16:59:59.999Z", "2026-03-01"],
    ["2026-03-01T17:00:00.000Z", "2026-03-02"],
    ["2026-03-01T00:00:00.000Z", "2026-03-01"],
    ["2026-02-28T20:00:00.000Z", "2026-03-01"],
    ["2024-02-28T17:00:00.000Z", "2024-02-29"],
    ["2024-12-31T17:00:00.000Z", "2025-01-01"],
  ])("%s is %s in WIB", (instant, date) => {
    const result = wibDate(new Date(instant));
    expect(toIsoDate(result)).toBe(date);
    expect(result.toISOString()).toBe(`${date}T00:00:00.000Z`);
  });

  it("rejects an invalid instant", () => {
    expect(() => wibDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("addDays", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2024-03-01", 0, "2024-03-01"],
  ])("%s + %i = %s", (from, days, to) => {
    expect(toIsoDate(addDays(new Date(`${from}T00:00:00.000Z`), days))).toBe(to);
  });

  it("rejects fractional days", () => {
    expect(() => addDays(new Date("2024-03-01T00:00:00.000Z"), 0.5)).toThrow(RangeError);
  });
});

describe("assertDateOnly", () => {
  it("accepts UTC midnight", () => {
    expect(() => assertDateOnly(new Date("2024-03-16T00:00:00.000Z"), "d")).not.toThrow();
    expect(() => assertDateOnly(new Date("1969-12-31T00:00:00.000Z"), "d")).not.toThrow();
  });

  it.each(["2024-03-16T00:00:00.001Z", "2024-03-15T17:00:00.000Z", "1969-12-31T12:00:00.000Z"])(
    "rejects %s",
    (iso) => {
      expect(() => assertDateOnly(new Date(iso), "d")).toThrow(RangeError);
    },
  );

  it("rejects an invalid Date", () => {
    expect(() => assertDateOnly(new Date(Number.NaN), "d")).toThrow(RangeError);
  });
});
