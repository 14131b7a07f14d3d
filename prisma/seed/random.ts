// Deterministic randomness for generated data: the same seed gives the same province every run,
// so screenshots, e2e expectations and bug reports about demo data stay reproducible.
import { dateOnly } from "../../lib/domain/dates";

/**
 * Plausibility checks (ages, TMTs) are made against this date instead of today, so the generated
 * data does not change with the calendar; nothing generated lies after it.
 */
export const REFERENCE_DATE = dateOnly(2026, 11, 1);

export type Rng = {
  /** Uniform in [0, 1). */
  next: () => number;
  /** Integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (probability: number) => boolean;
};

/** mulberry32: tiny, fast, and good enough for test data. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return { next, int, pick, chance: (probability) => next() < probability };
}

/** A stable number from a string, to derive per-item seeds ("BKD.MUT/3") without shared state. */
export function hashSeed(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
