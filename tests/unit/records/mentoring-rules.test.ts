import { describe, expect, it } from "vitest";
import { dateOnly } from "@/lib/domain/dates";
import { closeRefusal, isParticipant, mayClose, mayDeleteSession, mayLogSession, periodProblem, sessionDateProblem, sessionRefusal, sessionTitle, type PairPeople, type Viewer } from "@/lib/mentoring/pair-rules";

const MENTOR = 1;
const MENTEE = 2;
const OPENER = 3;
const OTHER = 4;
const pair = (status: PairPeople["status"] = "ACTIVE"): PairPeople => ({ mentorId: MENTOR, menteeId: MENTEE, openedById: OPENER, status });
const as = (employeeId: number, hr = false): Viewer => ({ employeeId, hr });

describe("periodProblem: a pair lasts from its start to at most 12 calendar months later", () => {
  it.each([
    ["same day", dateOnly(2026, 3, 1), dateOnly(2026, 3, 1), null],
    ["exactly 12 months", dateOnly(2026, 3, 1), dateOnly(2027, 3, 1), null],
    ["a day more", dateOnly(2026, 3, 1), dateOnly(2027, 3, 2), "TOO_LONG"],
    ["end before start", dateOnly(2026, 3, 1), dateOnly(2026, 2, 28), "END_BEFORE_START"],
    ["from a leap day: 12 months end on 28 Feb", dateOnly(2028, 2, 29), dateOnly(2029, 2, 28), null],
    ["from a leap day: 1 Mar is too long", dateOnly(2028, 2, 29), dateOnly(2029, 3, 1), "TOO_LONG"],
  ] as const)("%s", (_name, start, end, expected) => {
    expect(periodProblem(start, end)).toBe(expected);
  });
});

describe("sessionDateProblem: within the period and not after today", () => {
  const period = { startDate: dateOnly(2026, 1, 10), endDate: dateOnly(2026, 6, 30) };
  it.each([
    ["first day", dateOnly(2026, 1, 10), dateOnly(2026, 3, 1), null],
    ["today", dateOnly(2026, 3, 1), dateOnly(2026, 3, 1), null],
    ["last day (already past)", dateOnly(2026, 6, 30), dateOnly(2026, 8, 1), null],
    ["tomorrow", dateOnly(2026, 3, 2), dateOnly(2026, 3, 1), "FUTURE"],
    ["before the start", dateOnly(2026, 1, 9), dateOnly(2026, 3, 1), "BEFORE_PERIOD"],
    ["after the end", dateOnly(2026, 7, 1), dateOnly(2026, 8, 1), "AFTER_PERIOD"],
  ] as const)("%s", (_name, date, today, expected) => {
    expect(sessionDateProblem(date, period, today)).toBe(expected);
  });
});

describe("the pair's states", () => {
  it("allows sessions and closing only while ACTIVE", () => {
    expect([sessionRefusal("ACTIVE"), closeRefusal("ACTIVE")]).toEqual([null, null]);
    expect([sessionRefusal("CLOSED"), closeRefusal("CLOSED")]).toEqual(["PAIR_CLOSED", "ALREADY_CLOSED"]);
  });

  it.each([
    // who, hr, participant, log, close, delete own session, delete the other side's session
    ["mentor", as(MENTOR), true, true, true, true, false],
    ["mentee", as(MENTEE), true, true, false, true, false],
    ["opener (the mentee's supervisor)", as(OPENER), false, false, true, false, false],
    ["HR", as(OTHER, true), false, false, true, true, true],
    ["anyone else", as(OTHER), false, false, false, false, false],
  ] as const)("%s on an active pair", (_who, viewer, participant, log, close, deleteOwn, deleteOther) => {
    const other = viewer.employeeId === MENTOR ? MENTEE : MENTOR;
    expect(isParticipant(pair(), viewer)).toBe(participant);
    expect(mayLogSession(pair(), viewer)).toBe(log);
    expect(mayClose(pair(), viewer)).toBe(close);
    expect(mayDeleteSession(pair(), { loggedById: viewer.employeeId }, viewer)).toBe(deleteOwn);
    expect(mayDeleteSession(pair(), { loggedById: other }, viewer)).toBe(deleteOther);
  });

  it("leaves a closed pair to HR alone: no logging, closing or deleting by anyone else", () => {
    for (const viewer of [as(MENTOR), as(MENTEE), as(OPENER)]) {
      expect(mayLogSession(pair("CLOSED"), viewer)).toBe(false);
      expect(mayClose(pair("CLOSED"), viewer)).toBe(false);
      expect(mayDeleteSession(pair("CLOSED"), { loggedById: viewer.employeeId }, viewer)).toBe(false);
    }
    expect(mayClose(pair("CLOSED"), as(OTHER, true))).toBe(false);
    expect(mayDeleteSession(pair("CLOSED"), { loggedById: MENTOR }, as(OTHER, true))).toBe(true);
  });
});

describe("sessionTitle", () => {
  it("prefixes the topic and fits the ledger's 200 characters", () => {
    expect(sessionTitle("Peta jabatan")).toBe("Mentoring: Peta jabatan");
    expect(sessionTitle("x".repeat(200))).toHaveLength(200);
  });
});
