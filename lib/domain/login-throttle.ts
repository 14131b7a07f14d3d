// Sign-in throttling per NIP as a pure state machine; lib/server keeps the state in
// login_throttles. Five failures inside a 15-minute window lock the NIP for 15 minutes.

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return lockRemainingMs(state, now) > 0;
}

/** Milliseconds until the lock ends; 0 when not locked. */
export function lockRemainingMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

function freshWindow(now: Date): ThrottleState {
  return { failures: 1, windowStart: now, lockedUntil: null };
}

/**
 * The state after a failed sign-in at `now`.
 * - While locked the state is returned unchanged (callers do not even check the password then):
 *   a lock that grew with every attempt would keep the real owner out for as long as someone
 *   else kept trying, while a fixed lock ends at a time the UI can tell them.
 * - After a lock has expired, or once the window (windowStart + 15 min) has passed, counting
 *   starts again at 1 with a new window.
 * - The 5th failure inside the window locks until now + 15 min.
 */
export function registerFailure(state: ThrottleState | null, now: Date): ThrottleState {
  if (!state) return freshWindow(now);
  if (isLocked(state, now)) return state;
  if (state.lockedUntil) return freshWindow(now);
  if (now.getTime() - state.windowStart.getTime() >= WINDOW_MS) return freshWindow(now);
  const failures = state.failures + 1;
  const lockedUntil = failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null;
  return { failures, windowStart: state.windowStart, lockedUntil };
}

/** A successful sign-in clears the history (the row is deleted). */
export function registerSuccess(): null {
  return null;
}
