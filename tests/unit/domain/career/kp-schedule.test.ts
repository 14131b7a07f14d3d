import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/appraisal/calendar";
import {
  KP_SCHEDULE,
  isKpPeriod,
  kpPeriodAfter,
  kpPeriodOnOrAfter,
  kpPeriodsBetween,
} from "@/lib/domain/career/kp-schedule";
import { d, iso } from "./fixtures";

describe("KP_SCHEDULE (domain.md, Promotion in rank: periods)", () => {
  it("holds the three eras, oldest first", () => {
    expect(KP_SCHEDULE).toEqual([
      { from: null, months: [4, 10] },
      { from: { year: 2024, month: 1 }, months: [2, 4, 6, 8, 10, 12] },
      { from: { year: 2025, month: 10 }, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    ]);
  });
});

describe("kpPeriodsBetween (both ends included)", () => {
  it.each<[string, string, string[]]>([
    ["1998-01-01", "1998-12-31", ["1998-04-01", "1998-10-01"]],
    ["2023-01-01", "2023-12-31", ["2023-04-01", "2023-10-01"]],
    ["2024-01-01", "2024-12-31", ["2024-02-01", "2024-04-01", "2024-06-01", "2024-08-01", "2024-10-01", "2024-12-01"]],
    // Six periods until September 2025, then every month from 1 October; 1 October counted once.
    [
      "2025-01-01",
      "2025-12-31",
      ["2025-02-01", "2025-04-01", "2025-06-01", "2025-08-01", "2025-10-01", "2025-11-01", "2025-12-01"],
    ],
    [
      "2026-01-01",
      "2026-12-31",
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}-01`),
    ],
    ["2023-10-01", "2024-04-01", ["2023-10-01", "2024-02-01", "2024-04-01"]],
    ["2025-08-02", "2025-11-01", ["2025-10-01", "2025-11-01"]],
    ["2024-04-01", "2024-04-01", ["2024-04-01"]],
    ["2024-04-02", "2024-05-31", []],
    ["2024-04-01", "2024-03-01", []],
  ])("%s .. %s", (from, to, periods) => {
    expect(kpPeriodsBetween(d(from), d(to)).map(iso)).toEqual(periods);
  });

  it("has 2 periods a year until 2023, 6 in 2024, 7 in 2025 and 12 from 2026", () => {
    const count = (year: number) => kpPeriodsBetween(d(`${year}-01-01`), d(`${year}-12-31`)).length;
    expect([1990, 2000, 2023, 2024, 2025, 2026, 2040].map(count)).toEqual([2, 2, 2, 6, 7, 12, 12]);
  });
});

describe("kpPeriodOnOrAfter", () => {
  it.each([
    ["2023-01-15", "2023-04-01"],
    ["2023-04-01", "2023-04-01"],
    ["2023-04-02", "2023-10-01"],
    ["2023-10-02", "2024-02-01"],
    ["2023-12-31", "2024-02-01"],
    ["2024-01-01", "2024-02-01"],
    ["2024-02-01", "2024-02-01"],
    ["2024-02-29", "2024-04-01"],
    ["2020-02-29", "2020-04-01"],
    ["2024-12-02", "2025-02-01"],
    ["2025-08-02", "2025-10-01"],
    ["2025-09-30", "2025-10-01"],
    ["2025-10-02", "2025-11-01"],
    ["2025-11-01", "2025-11-01"],
    ["2025-12-15", "2026-01-01"],
    ["1999-11-01", "2000-04-01"],
  ])("%s -> %s", (date, period) => {
    expect(iso(kpPeriodOnOrAfter(d(date)))).toBe(period);
  });

  it("agrees with kpPeriodsBetween on every day of 2022-2026", () => {
    const periods = kpPeriodsBetween(d("2022-01-01"), d("2027-01-01")).map((p) => p.getTime());
    for (let day = d("2022-01-01"); day < d("2027-01-01"); day = addDays(day, 1)) {
      const expected = periods.find((p) => p >= day.getTime());
      expect(kpPeriodOnOrAfter(day).getTime()).toBe(expected);
      expect(isKpPeriod(day)).toBe(periods.includes(day.getTime()));
    }
  });

  it("kpPeriodAfter is strictly after, also from a period date", () => {
    expect(iso(kpPeriodAfter(d("2023-04-01")))).toBe("2023-10-01");
    expect(iso(kpPeriodAfter(d("2023-10-01")))).toBe("2024-02-01");
    expect(iso(kpPeriodAfter(d("2025-08-01")))).toBe("2025-10-01");
    expect(iso(kpPeriodAfter(d("2025-10-01")))).toBe("2025-11-01");
    expect(iso(kpPeriodAfter(d("2025-12-31")))).toBe("2026-01-01");
  });

  it("rejects a date with a time of day", () => {
    expect(() => kpPeriodOnOrAfter(new Date("2024-02-01T07:00:00Z"))).toThrow(RangeError);
    expect(() => kpPeriodsBetween(d("2024-01-01"), new Date("2024-02-01T07:00:00Z"))).toThrow(RangeError);
  });
});
