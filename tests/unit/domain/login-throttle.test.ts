import { describe, expect, it } from "vitest";
import {
  LOCK_MS,
  MAX_FAILURES,
  WINDOW_MS,
  isLocked,
  lockRemainingMs,
  registerFailure,
  registerSuccess,
  type ThrottleState,
} from "@/lib/domain/login-throttle";

const T0 = new Date("2026-05-20T08:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

// Failures at the given offsets from T0, starting from no history.
function failAt(offsets: number[]): ThrottleState | null {
  return offsets.reduce<ThrottleState | null>((state, ms) => registerFailure(state, at(ms)), null);
}

describe("constants", () => {
  it("locks after 5 failures in 15 minutes for 15 minutes", () => {
    expect([MAX_FAILURES, WINDOW_MS, LOCK_MS]).toEqual([5, 15 * MINUTE, 15 * MINUTE]);
  });
});

describe("registerFailure", () => {
  it("starts a window at 1 from no history", () => {
    expect(registerFailure(null, T0)).toEqual({ failures: 1, windowStart: T0, lockedUntil: null });
  });

  it("the 4th failure inside the window does not lock", () => {
    const state = failAt([0, MINUTE, 2 * MINUTE, 3 * MINUTE]);
    expect(state).toEqual({ failures: 4, windowStart: T0, lockedUntil: null });
    expect(isLocked(state, at(3 * MINUTE))).toBe(false);
  });

  it("the 5th failure inside the window locks for 15 minutes from that failure", () => {
    const state = failAt([0, MINUTE, 2 * MINUTE, 3 * MINUTE, 14 * MINUTE]);
    expect(state).toEqual({ failures: 5, windowStart: T0, lockedUntil: at(29 * MINUTE) });
    expect(isLocked(state, at(14 * MINUTE))).toBe(true);
    expect(lockRemainingMs(state, at(20 * MINUTE))).toBe(9 * MINUTE);
  });

  it("a failure once the window has passed starts a new window at 1", () => {
    const state = failAt([0, MINUTE, 2 * MINUTE, 3 * MINUTE, 15 * MINUTE]);
    expect(state).toEqual({ failures: 1, windowStart: at(15 * MINUTE), lockedUntil: null });
  });

  it("a failure 1 ms before the window ends still counts in it", () => {
    const state = failAt([0, MINUTE, 2 * MINUTE, 3 * MINUTE, 15 * MINUTE - 1]);
    expect(state?.failures).toBe(5);
    expect(state?.lockedUntil).toEqual(at(30 * MINUTE - 1));
  });

  it("failures during the lock change nothing", () => {
    const locked = failAt([0, 1, 2, 3, 4]);
    expect(registerFailure(locked, at(10 * MINUTE))).toEqual(locked);
  });

  it("after the lock expires counting starts afresh", () => {
    const locked = failAt([0, 1, 2, 3, 4]);
    const after = at(4 + LOCK_MS);
    expect(isLocked(locked, after)).toBe(false);
    expect(registerFailure(locked, after)).toEqual({ failures: 1, windowStart: after, lockedUntil: null });
  });

  it("does not mutate the state it is given", () => {
    const state = failAt([0, MINUTE]);
    const copy = structuredClone(state);
    registerFailure(state, at(2 * MINUTE));
    expect(state).toEqual(copy);
  });
});

describe("isLocked / lockRemainingMs", () => {
  const locked: ThrottleState = { failures: 5, windowStart: T0, lockedUntil: at(LOCK_MS) };

  it.each<[string, ThrottleState | null, number, boolean, number]>([
    ["no history", null, 0, false, 0],
    ["counting, not locked", { failures: 3, windowStart: T0, lockedUntil: null }, 0, false, 0],
    ["just locked", locked, 0, true, LOCK_MS],
    ["1 ms before the lock ends", locked, LOCK_MS - 1, true, 1],
    ["the instant the lock ends", locked, LOCK_MS, false, 0],
    ["after the lock", locked, LOCK_MS + MINUTE, false, 0],
  ])("%s", (_case, state, ms, lockedNow, remaining) => {
    expect(isLocked(state, at(ms))).toBe(lockedNow);
    expect(lockRemainingMs(state, at(ms))).toBe(remaining);
  });
});

describe("registerSuccess", () => {
  it("clears the history", () => {
    expect(registerSuccess()).toBeNull();
    expect(registerFailure(registerSuccess(), T0).failures).toBe(1);
  });
});
