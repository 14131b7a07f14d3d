import { describe, expect, it } from "vitest";
import type { SanctionLevel } from "@/lib/domain/career/enums";
import { DEFAULT_BLOCKS_PROMOTION, clearFromTime, isActiveOn } from "@/lib/domain/career/sanctions";
import { d } from "./fixtures";

describe("DEFAULT_BLOCKS_PROMOTION (PP 94/2021)", () => {
  it.each<[SanctionLevel, boolean]>([
    ["RINGAN", false],
    ["SEDANG", true],
    ["BERAT", true],
  ])("%s blocks a KP: %s", (level, blocks) => {
    expect(DEFAULT_BLOCKS_PROMOTION[level]).toBe(blocks);
  });
});

describe("isActiveOn (start and end days included)", () => {
  const sanction = { startDate: d("2024-03-01"), endDate: d("2025-02-28") };
  it.each([
    ["2024-02-29", false],
    ["2024-03-01", true],
    ["2024-12-31", true],
    ["2025-02-28", true],
    ["2025-03-01", false],
  ])("1 Mar 2024 .. 28 Feb 2025 on %s: %s", (date, active) => {
    expect(isActiveOn(sanction, d(date))).toBe(active);
  });

  it("ending on a leap day", () => {
    const leap = { startDate: d("2023-03-01"), endDate: d("2024-02-29") };
    expect(isActiveOn(leap, d("2024-02-29"))).toBe(true);
    expect(isActiveOn(leap, d("2024-03-01"))).toBe(false);
  });

  it("open-ended: from the start day on, for ever", () => {
    const open = { startDate: d("2024-03-01"), endDate: null };
    expect(isActiveOn(open, d("2024-02-29"))).toBe(false);
    expect(isActiveOn(open, d("2024-03-01"))).toBe(true);
    expect(isActiveOn(open, d("2099-12-31"))).toBe(true);
  });

  it("a one-day sanction", () => {
    const day = { startDate: d("2024-06-01"), endDate: d("2024-06-01") };
    expect([d("2024-05-31"), d("2024-06-01"), d("2024-06-02")].map((date) => isActiveOn(day, date))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("rejects a date with a time of day", () => {
    expect(() => isActiveOn({ startDate: d("2024-03-01"), endDate: null }, new Date("2024-03-01T12:00:00Z"))).toThrow(
      RangeError,
    );
  });
});

describe("clearFromTime", () => {
  it("is the day itself when nothing runs, and follows chains of sanctions", () => {
    const t = d("2024-06-01").getTime();
    expect(clearFromTime([], t)).toBe(t);
    const chain = [
      { startDate: d("2024-07-01"), endDate: d("2024-12-31") },
      { startDate: d("2024-01-01"), endDate: d("2024-06-30") },
    ];
    expect(clearFromTime(chain, t)).toBe(d("2025-01-01").getTime());
    expect(clearFromTime([...chain, { startDate: d("2025-01-01"), endDate: null }], t)).toBeNull();
  });
});

describe("clearFromTime: a long chain given newest first", () => {
  it("follows 1,000 adjoining months to the end in one call", () => {
    const chain = Array.from({ length: 1000 }, (_, i) => ({
      startDate: new Date(Date.UTC(2024, i, 1)),
      endDate: new Date(Date.UTC(2024, i + 1, 0)),
    })).reverse();
    expect(clearFromTime(chain, d("2024-01-15").getTime())).toBe(Date.UTC(2024, 1000, 1));
    expect(clearFromTime(chain, d("2023-12-31").getTime())).toBe(d("2023-12-31").getTime());
  });
});
