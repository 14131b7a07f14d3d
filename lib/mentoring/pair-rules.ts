// The mentoring pair's life as pure rules: ACTIVE (sessions may be logged) → CLOSED with an outcome
// (final). Who may do what is decided here from ids, so the pages' buttons and the mutations'
// refusals come from one place. Unit-tested in tests/unit/records/mentoring-rules.test.ts.

import { addMonths, isAfter, isBefore } from "@/lib/domain/dates";
import type { MentoringStatus } from "@/lib/domain/career/enums";

/** A pair runs at most a year: long enough for a development goal, short enough to be reviewed. */
export const MAX_PAIR_MONTHS = 12;
export const SESSION_MINUTES = { min: 15, max: 480 } as const;
export const GOALS_LENGTH = { min: 20, max: 2000 } as const;
export const SESSION_TITLE_PREFIX = "Mentoring: ";
const LEDGER_TITLE_MAX = 200;

export type PeriodProblem = "END_BEFORE_START" | "TOO_LONG";

export function periodProblem(startDate: Date, endDate: Date): PeriodProblem | null {
  if (isBefore(endDate, startDate)) return "END_BEFORE_START";
  if (isAfter(endDate, addMonths(startDate, MAX_PAIR_MONTHS))) return "TOO_LONG";
  return null;
}

export type PairRefusal = "PAIR_CLOSED" | "ALREADY_CLOSED";

/** Logging (or a participant deleting) a session needs an active pair. */
export function sessionRefusal(status: MentoringStatus): PairRefusal | null {
  return status === "ACTIVE" ? null : "PAIR_CLOSED";
}

export function closeRefusal(status: MentoringStatus): PairRefusal | null {
  return status === "ACTIVE" ? null : "ALREADY_CLOSED";
}

export type SessionDateProblem = "FUTURE" | "BEFORE_PERIOD" | "AFTER_PERIOD";

/** A session happened within the pair's period, and not later than today. */
export function sessionDateProblem(date: Date, pair: { startDate: Date; endDate: Date }, today: Date): SessionDateProblem | null {
  if (isAfter(date, today)) return "FUTURE";
  if (isBefore(date, pair.startDate)) return "BEFORE_PERIOD";
  if (isAfter(date, pair.endDate)) return "AFTER_PERIOD";
  return null;
}

/** The JP ledger's title of a session (the column holds 200 characters). */
export function sessionTitle(topic: string): string {
  return `${SESSION_TITLE_PREFIX}${topic}`.slice(0, LEDGER_TITLE_MAX);
}

export type PairPeople = { mentorId: number; menteeId: number; openedById: number; status: MentoringStatus };
/** `hr`: the user oversees every pair (mentoring.read.all). */
export type Viewer = { employeeId: number; hr: boolean };

export function isParticipant(pair: PairPeople, viewer: Viewer): boolean {
  return pair.mentorId === viewer.employeeId || pair.menteeId === viewer.employeeId;
}

/** Mentor and mentee log their sessions, while the pair is active. */
export function mayLogSession(pair: PairPeople, viewer: Viewer): boolean {
  return isParticipant(pair, viewer) && sessionRefusal(pair.status) === null;
}

/** The mentor, whoever opened the pair (the mentee's supervisor or HR), or HR. Not the mentee. */
export function mayClose(pair: PairPeople, viewer: Viewer): boolean {
  return closeRefusal(pair.status) === null && (viewer.hr || pair.mentorId === viewer.employeeId || pair.openedById === viewer.employeeId);
}

/**
 * Whoever logged a session may take it back while the pair is active; HR corrects at any time (the
 * record of a closed pair is otherwise final).
 */
export function mayDeleteSession(pair: PairPeople, session: { loggedById: number }, viewer: Viewer): boolean {
  if (viewer.hr) return true;
  return session.loggedById === viewer.employeeId && isParticipant(pair, viewer) && sessionRefusal(pair.status) === null;
}
