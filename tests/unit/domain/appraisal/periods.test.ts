import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/dates";
import {
  annualRatingOpens,
  evaluationPeriods,
  yearRange,
  type EvaluationFrequency,
  type EvaluationPeriod,
} from "@/lib/domain/appraisal/periods";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

// [periodNo, start, end]; periodNo 0 is the annual evaluation.
type Row = [number, string, string];

const show = (periods: EvaluationPeriod[]) =>
  periods.map((p) => [p.kind, p.periodNo, toIsoDate(p.start), toIsoDate(p.end)]);

const expected = (rows: Row[]) =>
  rows.map(([no, start, end]) => [no === 0 ? "ANNUAL" : "PERIODIC", no, start, end]);

describe("yearRange", () => {
  it.each([
    [2024, "2024-01-01", "2024-12-31"],
    [2023, "2023-01-01", "2023-12-31"],
  ])("%i is %s .. %s", (year, start, end) => {
    const range = yearRange(year);
    expect([toIsoDate(range.start), toIsoDate(range.end)]).toEqual([start, end]);
  });
});

describe("evaluationPeriods", () => {
  it.each<[string, EvaluationFrequency, string, string, Row[]]>([
    [
      "a whole leap year, monthly (February has 29 days)",
      "MONTHLY",
      "2024-01-01",
      "2024-12-31",
      [
        [1, "2024-01-01", "2024-01-31"],
        [2, "2024-02-01", "2024-02-29"],
        [3, "2024-03-01", "2024-03-31"],
        [4, "2024-04-01", "2024-04-30"],
        [5, "2024-05-01", "2024-05-31"],
        [6, "2024-06-01", "2024-06-30"],
        [7, "2024-07-01", "2024-07-31"],
        [8, "2024-08-01", "2024-08-31"],
        [9, "2024-09-01", "2024-09-30"],
        [10, "2024-10-01", "2024-10-31"],
        [11, "2024-11-01", "2024-11-30"],
        [12, "2024-12-01", "2024-12-31"],
        [0, "2024-01-01", "2024-12-31"],
      ],
    ],
    [
      "a whole common year, quarterly",
      "QUARTERLY",
      "2023-01-01",
      "2023-12-31",
      [
        [1, "2023-01-01", "2023-03-31"],
        [2, "2023-04-01", "2023-06-30"],
        [3, "2023-07-01", "2023-09-30"],
        [4, "2023-10-01", "2023-12-31"],
        [0, "2023-01-01", "2023-12-31"],
      ],
    ],
    [
      "from 16 March, quarterly: Q1 is clipped to 16-31 March",
      "QUARTERLY",
      "2024-03-16",
      "2024-12-31",
      [
        [1, "2024-03-16", "2024-03-31"],
        [2, "2024-04-01", "2024-06-30"],
        [3, "2024-07-01", "2024-09-30"],
        [4, "2024-10-01", "2024-12-31"],
        [0, "2024-03-16", "2024-12-31"],
      ],
    ],
    [
      "from 16 March, monthly: starts at month 3",
      "MONTHLY",
      "2024-03-16",
      "2024-12-31",
      [
        [3, "2024-03-16", "2024-03-31"],
        [4, "2024-04-01", "2024-04-30"],
        [5, "2024-05-01", "2024-05-31"],
        [6, "2024-06-01", "2024-06-30"],
        [7, "2024-07-01", "2024-07-31"],
        [8, "2024-08-01", "2024-08-31"],
        [9, "2024-09-01", "2024-09-30"],
        [10, "2024-10-01", "2024-10-31"],
        [11, "2024-11-01", "2024-11-30"],
        [12, "2024-12-01", "2024-12-31"],
        [0, "2024-03-16", "2024-12-31"],
      ],
    ],
    [
      "until 15 March (closed at a change of rater), monthly",
      "MONTHLY",
      "2023-01-01",
      "2023-03-15",
      [
        [1, "2023-01-01", "2023-01-31"],
        [2, "2023-02-01", "2023-02-28"],
        [3, "2023-03-01", "2023-03-15"],
        [0, "2023-01-01", "2023-03-15"],
      ],
    ],
    [
      "until 15 March, quarterly",
      "QUARTERLY",
      "2023-01-01",
      "2023-03-15",
      [
        [1, "2023-01-01", "2023-03-15"],
        [0, "2023-01-01", "2023-03-15"],
      ],
    ],
    [
      "mid-quarter to mid-quarter, quarterly",
      "QUARTERLY",
      "2024-05-10",
      "2024-08-20",
      [
        [2, "2024-05-10", "2024-06-30"],
        [3, "2024-07-01", "2024-08-20"],
        [0, "2024-05-10", "2024-08-20"],
      ],
    ],
    [
      "exactly one quarter, monthly",
      "MONTHLY",
      "2024-04-01",
      "2024-06-30",
      [
        [4, "2024-04-01", "2024-04-30"],
        [5, "2024-05-01", "2024-05-31"],
        [6, "2024-06-01", "2024-06-30"],
        [0, "2024-04-01", "2024-06-30"],
      ],
    ],
    ["a one-day SKP on a leap day, monthly", "MONTHLY", "2024-02-29", "2024-02-29", [
      [2, "2024-02-29", "2024-02-29"],
      [0, "2024-02-29", "2024-02-29"],
    ]],
    ["a one-day SKP on a leap day, quarterly", "QUARTERLY", "2024-02-29", "2024-02-29", [
      [1, "2024-02-29", "2024-02-29"],
      [0, "2024-02-29", "2024-02-29"],
    ]],
    ["a one-day SKP on 31 December, quarterly", "QUARTERLY", "2024-12-31", "2024-12-31", [
      [4, "2024-12-31", "2024-12-31"],
      [0, "2024-12-31", "2024-12-31"],
    ]],
    ["the last day of a quarter and the first of the next", "QUARTERLY", "2024-06-30", "2024-07-01", [
      [2, "2024-06-30", "2024-06-30"],
      [3, "2024-07-01", "2024-07-01"],
      [0, "2024-06-30", "2024-07-01"],
    ]],
  ])("%s", (_name, frequency, start, end, rows) => {
    expect(show(evaluationPeriods(frequency, utc(start), utc(end)))).toEqual(expected(rows));
  });

  it.each<[string, string, string]>([
    ["spans two years", "2024-12-01", "2025-01-31"],
    ["ends before it starts", "2024-03-16", "2024-03-15"],
  ])("throws RangeError when the SKP %s", (_name, start, end) => {
    expect(() => evaluationPeriods("MONTHLY", utc(start), utc(end))).toThrow(RangeError);
    expect(() => annualRatingOpens("QUARTERLY", utc(start), utc(end))).toThrow(RangeError);
  });

  it("rejects a Date that is not a date-only value", () => {
    const withTime = new Date("2024-03-16T07:00:00.000Z");
    expect(() => evaluationPeriods("MONTHLY", withTime, utc("2024-12-31"))).toThrow(RangeError);
    expect(() => evaluationPeriods("MONTHLY", utc("2024-01-01"), new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("annualRatingOpens (start of the last periodic period)", () => {
  it.each<[EvaluationFrequency, string, string, string]>([
    ["MONTHLY", "2024-01-01", "2024-12-31", "2024-12-01"],
    ["QUARTERLY", "2024-01-01", "2024-12-31", "2024-10-01"],
    ["MONTHLY", "2024-03-16", "2024-12-31", "2024-12-01"],
    ["QUARTERLY", "2024-03-16", "2024-12-31", "2024-10-01"],
    ["MONTHLY", "2023-01-01", "2023-03-15", "2023-03-01"],
    ["QUARTERLY", "2023-01-01", "2023-03-15", "2023-01-01"],
    ["MONTHLY", "2024-01-01", "2024-06-30", "2024-06-01"],
    ["QUARTERLY", "2024-01-01", "2024-06-30", "2024-04-01"],
    ["QUARTERLY", "2024-05-10", "2024-08-20", "2024-07-01"],
    // the last period is clipped to the SKP, so its start may be mid-month
    ["MONTHLY", "2024-03-16", "2024-03-20", "2024-03-16"],
    ["QUARTERLY", "2024-11-20", "2024-12-31", "2024-11-20"],
    ["MONTHLY", "2024-02-29", "2024-02-29", "2024-02-29"],
  ])("%s, SKP %s .. %s: from %s", (frequency, start, end, opens) => {
    expect(toIsoDate(annualRatingOpens(frequency, utc(start), utc(end)))).toBe(opens);
  });
});
