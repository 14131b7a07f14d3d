import { describe, expect, it } from "vitest";
import { serviceLength } from "@/lib/domain/service";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("serviceLength (masa kerja)", () => {
  it.each<[string, string, number, number]>([
    ["2005-01-01", "2026-11-23", 21, 10],
    ["2005-01-01", "2005-01-01", 0, 0],
    ["2005-01-01", "2005-01-31", 0, 0],
    ["2005-01-01", "2005-02-01", 0, 1],
    ["2019-03-01", "2023-02-28", 3, 11],
    ["2019-03-01", "2023-03-01", 4, 0],
    ["2020-12-01", "2026-05-20", 5, 5],
    // leap-day TMT
    ["2024-02-29", "2025-02-28", 1, 0],
    ["2024-02-29", "2025-03-28", 1, 0],
    ["2024-02-29", "2025-03-29", 1, 1],
    ["2024-02-29", "2028-02-28", 3, 11],
    ["2024-02-29", "2028-02-29", 4, 0],
  ])("from %s to %s is %i y %i m", (start, asOf, years, months) => {
    expect(serviceLength(utc(start), utc(asOf))).toEqual({ years, months });
  });

  it("is zero before the TMT", () => {
    expect(serviceLength(utc("2027-01-01"), utc("2026-05-20"))).toEqual({ years: 0, months: 0 });
  });
});
