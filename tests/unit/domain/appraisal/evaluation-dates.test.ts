import { describe, expect, it } from "vitest";
import {
  evaluationTransition,
  type EvaluationAction,
  type EvaluationKind,
  type EvaluationStatus,
} from "@/lib/domain/appraisal/evaluation-state";
import { input, outcome, utc, type Outcome } from "./evaluation-fixture";

describe("dates", () => {
  it.each<[string, EvaluationKind, EvaluationStatus | null, EvaluationAction, string, Outcome]>([
    ["periodic self-assessment the day before the period", "PERIODIC", null, "SELF_ASSESS", "2024-11-30", "!TOO_EARLY"],
    ["periodic self-assessment on the first day", "PERIODIC", null, "SELF_ASSESS", "2024-12-01", "SELF_ASSESSED"],
    ["periodic rating the day before the period", "PERIODIC", "OPEN", "RATE", "2024-11-30", "!TOO_EARLY"],
    ["periodic rating on the first day", "PERIODIC", "OPEN", "RATE", "2024-12-01", "RATED"],
    ["periodic rating after self-assessment, too early", "PERIODIC", "SELF_ASSESSED", "RATE", "2024-11-30", "!TOO_EARLY"],
    ["annual rating the day before it opens", "ANNUAL", null, "RATE", "2024-11-30", "!TOO_EARLY"],
    ["annual rating the day it opens", "ANNUAL", null, "RATE", "2024-12-01", "RATED"],
    ["annual rating after self-assessment, too early", "ANNUAL", "SELF_ASSESSED", "RATE", "2024-06-30", "!TOO_EARLY"],
    ["annual rating after the SKP has ended", "ANNUAL", "SELF_ASSESSED", "RATE", "2025-01-20", "RATED"],
    // the annual self-assessment only needs the SKP to have started (its periodStart)
    ["annual self-assessment in January", "ANNUAL", null, "SELF_ASSESS", "2024-01-01", "SELF_ASSESSED"],
    ["annual self-assessment before the SKP", "ANNUAL", null, "SELF_ASSESS", "2023-12-31", "!TOO_EARLY"],
  ])("%s", (_name, kind, status, action, today, result) => {
    expect(evaluationTransition(input(kind, status, action, { today: utc(today) }))).toEqual(outcome(result));
  });

  it("a status check comes before the date check", () => {
    const early = { today: utc("2024-11-30") };
    expect(evaluationTransition(input("PERIODIC", "SELF_ASSESSED", "SELF_ASSESS", early))).toEqual({
      ok: false,
      error: "ALREADY_SELF_ASSESSED",
    });
  });

  it("rejects dates that are not date-only values", () => {
    const withTime = new Date("2024-12-10T08:00:00.000Z");
    expect(() => evaluationTransition(input("PERIODIC", null, "RATE", { today: withTime }))).toThrow(RangeError);
    expect(() => evaluationTransition(input("ANNUAL", null, "RATE", { annualOpens: withTime }))).toThrow(
      RangeError,
    );
    expect(() => evaluationTransition(input("ANNUAL", null, "RATE", { periodStart: withTime }))).toThrow(
      RangeError,
    );
  });
});

describe("appeal window (14 days after the WIB release day, inclusive)", () => {
  it.each<[string, string, number, string, Outcome]>([
    ["released 5 Dec 23:30 WIB, last day 19 Dec", "2024-12-05T16:30:00.000Z", 14, "2024-12-19", "APPEALED"],
    ["released 5 Dec 23:30 WIB, 20 Dec is late", "2024-12-05T16:30:00.000Z", 14, "2024-12-20", "!APPEAL_CLOSED"],
    ["released 6 Dec 00:30 WIB, 20 Dec is the last day", "2024-12-05T17:30:00.000Z", 14, "2024-12-20", "APPEALED"],
    ["released 6 Dec 00:30 WIB, 21 Dec is late", "2024-12-05T17:30:00.000Z", 14, "2024-12-21", "!APPEAL_CLOSED"],
    ["on the release day itself", "2024-12-05T03:00:00.000Z", 14, "2024-12-05", "APPEALED"],
    ["zero days: the release day only", "2024-12-05T03:00:00.000Z", 0, "2024-12-05", "APPEALED"],
    ["zero days: the next day is late", "2024-12-05T03:00:00.000Z", 0, "2024-12-06", "!APPEAL_CLOSED"],
    ["an agency setting of 30 days", "2024-12-05T03:00:00.000Z", 30, "2025-01-04", "APPEALED"],
  ])("%s", (_name, releasedAt, appealDays, today, result) => {
    const overrides = { releasedAt: new Date(releasedAt), appealDays, today: utc(today) };
    expect(evaluationTransition(input("ANNUAL", "RELEASED", "APPEAL", overrides))).toEqual(outcome(result));
  });

  it("a RELEASED row without a release time is an invalid state", () => {
    const result = evaluationTransition(input("ANNUAL", "RELEASED", "APPEAL", { releasedAt: null }));
    expect(result).toEqual({ ok: false, error: "INVALID_STATE" });
  });

  it("acknowledging stays possible after the appeal window has closed", () => {
    const late = { today: utc("2025-02-01") };
    expect(evaluationTransition(input("ANNUAL", "RELEASED", "ACKNOWLEDGE", late))).toEqual({
      ok: true,
      next: "ACKNOWLEDGED",
    });
  });
});
