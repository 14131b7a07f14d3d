import { afterEach, describe, expect, it } from "vitest";
import { today } from "@/lib/clock";

afterEach(() => {
  delete process.env.JENJANG_TODAY;
});

describe("today", () => {
  it("is the WIB calendar day: 23:30 UTC is already the next day in Jambi", () => {
    expect(today(new Date("2026-03-31T17:30:00Z")).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(today(new Date("2026-03-31T16:59:00Z")).toISOString()).toBe("2026-03-31T00:00:00.000Z");
  });

  it("follows JENJANG_TODAY when set (the e2e server lives on the demo data's day)", () => {
    process.env.JENJANG_TODAY = "2026-11-23";
    expect(today().toISOString()).toBe("2026-11-23T00:00:00.000Z");
    // An explicit moment is always converted, pinned or not.
    expect(today(new Date("2030-01-01T00:00:00Z")).toISOString()).toBe("2030-01-01T00:00:00.000Z");
  });

  it("refuses a malformed JENJANG_TODAY instead of silently using the real day", () => {
    process.env.JENJANG_TODAY = "23-11-2026";
    expect(() => today()).toThrow(/JENJANG_TODAY/);
  });
});
