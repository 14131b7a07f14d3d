import { describe, expect, it } from "vitest";
import { creditShareThousandths, creditSince } from "@/lib/career/credit-window";
import { parseIsoDate } from "@/lib/domain/dates";

const d = (iso: string) => parseIsoDate(iso)!;
const award = (credit: number, start: string | null, end: string | null, year = 2024) => ({
  year,
  credit,
  periodStart: start ? d(start) : null,
  periodEnd: end ? d(end) : null,
});

describe("creditShareThousandths: the share of an award earned on or after a date", () => {
  it.each([
    ["the whole SKP lies after the date", award(12.5, "2024-01-01", "2024-12-31"), "2023-06-01", 12_500],
    ["the SKP starts on the date", award(12.5, "2024-01-01", "2024-12-31"), "2024-01-01", 12_500],
    ["a 1 October TMT keeps October–December", award(12.5, "2024-01-01", "2024-12-31"), "2024-10-01", 3_125],
    ["a TMT on the 15th still keeps that month", award(12.5, "2024-01-01", "2024-12-31"), "2024-10-15", 3_125],
    ["a TMT on the 16th loses that month", award(12.5, "2024-01-01", "2024-12-31"), "2024-10-16", 2_083],
    ["a TMT on the last day keeps nothing of a December-ending SKP", award(12.5, "2024-01-01", "2024-12-31"), "2024-12-31", 0],
    ["the SKP ended before the date", award(12.5, "2024-01-01", "2024-06-30"), "2024-07-01", 0],
    ["a split SKP of 5 months, 2 after a TMT on 16 March", award(5.209, "2023-01-01", "2023-05-20", 2023), "2023-03-16", 2_084],
    ["half a thousandth rounds up (1.641 × 1/2)", award(1.641, "2024-01-01", "2024-02-29"), "2024-02-01", 821],
    ["an award without its SKP is spread over its calendar year", award(12.5, null, null), "2024-07-01", 6_250],
    ["an SKP too short to hold a 15th earns nothing to share", award(0, "2024-03-16", "2024-03-31"), "2024-01-01", 0],
  ])("%s", (_label, piece, since, thousandths) => {
    expect(creditShareThousandths(piece, d(since))).toBe(thousandths);
  });
});

describe("creditSince", () => {
  it("sums the shares to three decimals without float drift", () => {
    const pieces = [award(0.1, "2024-01-01", "2024-12-31"), award(0.2, "2025-01-01", "2025-12-31", 2025), award(12.5, "2023-01-01", "2023-12-31", 2023)];
    expect(creditSince(pieces, d("2024-01-01"))).toBe(0.3);
  });

  it("counts nothing without a TMT", () => {
    expect(creditSince([award(12.5, "2024-01-01", "2024-12-31")], null)).toBe(0);
  });
});
