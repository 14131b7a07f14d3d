import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/appraisal/calendar";
import { addYears } from "@/lib/domain/dates";
import { KGB_INTERVAL_YEARS, nextSalaryStep } from "@/lib/domain/career/salary-step";
import { d, iso } from "./fixtures";

describe("nextSalaryStep (KGB every 2 years from TMT CPNS)", () => {
  it("is every 2 years", () => {
    expect(KGB_INTERVAL_YEARS).toBe(2);
  });

  it.each([
    ["2020-03-01", "2019-01-01", "2022-03-01"],
    ["2020-03-01", "2020-03-01", "2022-03-01"],
    ["2020-03-01", "2022-02-28", "2022-03-01"],
    ["2020-03-01", "2022-03-01", "2024-03-01"],
    ["2020-03-01", "2023-12-31", "2024-03-01"],
    ["1990-01-01", "2025-06-15", "2026-01-01"],
    ["1990-01-01", "2025-12-31", "2026-01-01"],
    ["1990-01-01", "2026-01-01", "2028-01-01"],
    // 29 February: 28 February in common years, back to the 29th in leap years.
    ["2020-02-29", "2021-06-01", "2022-02-28"],
    ["2020-02-29", "2022-02-28", "2024-02-29"],
    ["2020-02-29", "2024-02-28", "2024-02-29"],
    ["2020-02-29", "2024-02-29", "2026-02-28"],
    ["2020-02-29", "2026-03-01", "2028-02-29"],
    ["2019-08-31", "2021-08-30", "2021-08-31"],
  ])("TMT CPNS %s, on %s: next step %s", (start, asOf, next) => {
    expect(iso(nextSalaryStep(d(start), d(asOf)))).toBe(next);
  });

  it.each(["2016-02-29", "2018-01-31", "2019-12-31", "2015-07-01"])(
    "from %s: the first start + 2k years strictly after every day of 2016-2030",
    (start) => {
      const steps = Array.from({ length: 10 }, (_, k) => addYears(d(start), 2 * (k + 1)));
      for (let day = d("2016-01-01"); day < d("2031-01-01"); day = addDays(day, 1)) {
        const expected = steps.find((step) => step.getTime() > day.getTime());
        expect(nextSalaryStep(d(start), day).getTime()).toBe(expected?.getTime());
      }
    },
  );

  it("rejects dates with a time of day", () => {
    expect(() => nextSalaryStep(new Date("2020-03-01T10:00:00Z"), d("2024-01-01"))).toThrow(RangeError);
    expect(() => nextSalaryStep(d("2020-03-01"), new Date("2024-01-01T10:00:00Z"))).toThrow(RangeError);
  });
});
