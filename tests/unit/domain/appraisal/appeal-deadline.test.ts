import { describe, expect, it } from "vitest";
import { toIsoDate } from "@/lib/domain/dates";
import { appealDeadline, isAppealOpen } from "@/lib/domain/appraisal/evaluation-state";

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("appealDeadline (WIB release day + days)", () => {
  it.each<[string, string, number, string]>([
    ["23:30 WIB on 1 March", "2026-03-01T16:30:00.000Z", 14, "2026-03-15"],
    ["00:30 WIB on 2 March (still 1 March in UTC)", "2026-03-01T17:30:00.000Z", 14, "2026-03-16"],
    ["the last millisecond of 1 March WIB", "2026-03-01T16:59:59.999Z", 14, "2026-03-15"],
    ["midnight WIB starting 2 March", "2026-03-01T17:00:00.000Z", 14, "2026-03-16"],
    ["07:00 WIB (midnight UTC)", "2026-03-01T00:00:00.000Z", 14, "2026-03-15"],
    ["into a leap day", "2024-02-15T02:00:00.000Z", 14, "2024-02-29"],
    ["past February in a common year", "2023-02-15T02:00:00.000Z", 14, "2023-03-01"],
    ["over the new year", "2024-12-20T03:00:00.000Z", 14, "2025-01-03"],
    ["New Year's Eve 01:00 WIB next year is 1 January", "2024-12-31T18:00:00.000Z", 14, "2025-01-15"],
    ["zero days: the release day", "2026-03-01T16:30:00.000Z", 0, "2026-03-01"],
    ["one day", "2026-03-01T17:30:00.000Z", 1, "2026-03-03"],
  ])("released %s, %i days -> %s", (_name, releasedAt, days, deadline) => {
    expect(toIsoDate(appealDeadline(new Date(releasedAt), days))).toBe(deadline);
  });

  it("returns a date-only value", () => {
    expect(appealDeadline(new Date("2026-03-01T16:30:00.000Z"), 14).toISOString()).toBe(
      "2026-03-15T00:00:00.000Z",
    );
  });

  it.each([-1, 1.5, Number.NaN])("rejects %s days", (days) => {
    expect(() => appealDeadline(new Date("2026-03-01T03:00:00.000Z"), days)).toThrow(RangeError);
  });

  it("rejects an invalid release time", () => {
    expect(() => appealDeadline(new Date(Number.NaN), 14)).toThrow(RangeError);
  });
});

describe("isAppealOpen", () => {
  const lateEvening = new Date("2026-03-01T16:30:00.000Z"); // 23:30 WIB, 1 March
  const justAfterMidnight = new Date("2026-03-01T17:30:00.000Z"); // 00:30 WIB, 2 March

  it.each<[Date, string, boolean]>([
    [lateEvening, "2026-03-01", true],
    [lateEvening, "2026-03-15", true],
    [lateEvening, "2026-03-16", false],
    [justAfterMidnight, "2026-03-15", true],
    [justAfterMidnight, "2026-03-16", true],
    [justAfterMidnight, "2026-03-17", false],
  ])("released %o, today %s -> %s", (releasedAt, today, open) => {
    expect(isAppealOpen(utc(today), releasedAt, 14)).toBe(open);
  });

  it("wants today as a WIB date-only value, not an instant", () => {
    expect(() => isAppealOpen(new Date("2026-03-10T05:00:00.000Z"), lateEvening, 14)).toThrow(RangeError);
  });
});
