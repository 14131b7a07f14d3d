// Kurva distribusi (PermenPANRB 6/2022): the unit's own organisational result limits the share of its
// staff that may receive each predikat. The limits are per-agency data (DistributionRule rows); the
// defaults below seed that table. Raters are warned live; finalisation is blocked past a limit.

import { PREDIKATS, type Predikat } from "../predikat";

export type OrgResult = "ISTIMEWA" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG" | "SANGAT_KURANG";

/** Best first. */
export const ORG_RESULTS = [
  "ISTIMEWA",
  "BAIK",
  "BUTUH_PERBAIKAN",
  "KURANG",
  "SANGAT_KURANG",
] as const satisfies readonly OrgResult[];

/**
 * For a unit whose result is `orgResult`, the share of rated staff whose predikat is one of
 * `predikats` must lie within [minPercent, maxPercent] (whole percents, null = no bound);
 * `requireAny`: at least one such person ("harus ada").
 */
export type DistributionRule = {
  orgResult: OrgResult;
  predikats: Predikat[];
  minPercent: number | null;
  maxPercent: number | null;
  requireAny: boolean;
};

const rule = (
  orgResult: OrgResult,
  predikats: Predikat[],
  bounds: { min?: number; max?: number; requireAny?: boolean },
): DistributionRule => ({
  orgResult,
  predikats,
  minPercent: bounds.min ?? null,
  maxPercent: bounds.max ?? null,
  requireAny: bounds.requireAny ?? false,
});

export const DEFAULT_DISTRIBUTION_RULES: DistributionRule[] = [
  rule("ISTIMEWA", ["SANGAT_BAIK"], { max: 70 }),
  rule("BAIK", ["BAIK"], { max: 70 }),
  rule("BAIK", ["BUTUH_PERBAIKAN", "KURANG"], { requireAny: true }),
  rule("BUTUH_PERBAIKAN", ["BUTUH_PERBAIKAN"], { min: 60 }),
  rule("BUTUH_PERBAIKAN", ["SANGAT_BAIK"], { max: 10 }),
  rule("KURANG", ["KURANG"], { min: 60 }),
  rule("KURANG", ["BUTUH_PERBAIKAN"], { min: 10 }),
  rule("KURANG", ["SANGAT_BAIK"], { max: 10 }),
  rule("SANGAT_KURANG", ["SANGAT_KURANG"], { min: 60 }),
  rule("SANGAT_KURANG", ["BUTUH_PERBAIKAN", "KURANG"], { min: 10, requireAny: true }),
  rule("SANGAT_KURANG", ["SANGAT_BAIK"], { max: 0 }),
];

/** The rules that apply to a unit with this result. */
export function rulesFor(orgResult: OrgResult, rules: readonly DistributionRule[]): DistributionRule[] {
  return rules.filter((r) => r.orgResult === orgResult);
}

export type Counts = Record<Predikat, number>;

export function emptyCounts(): Counts {
  return { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
}

export function countPredikats(predikats: readonly Predikat[]): Counts {
  const counts = emptyCounts();
  for (const predikat of predikats) counts[predikat] += 1;
  return counts;
}

export type Violation = {
  rule: DistributionRule;
  kind: "MAX" | "MIN" | "ANY";
  /**
   * Share of the rated total to one decimal (half-up). A breach never reads as equal to its limit:
   * 70.04% against "at most 70" reads 70.1, 59.96% against "at least 60" reads 59.9.
   */
  actualPercent: number;
  limitPercent: number | null;
};

function totalOf(counts: Counts): number {
  return PREDIKATS.reduce((sum, predikat) => sum + counts[predikat], 0);
}

function matching(counts: Counts, r: DistributionRule): number {
  return r.predikats.reduce((sum, predikat) => sum + counts[predikat], 0);
}

// Comparisons use whole numbers (n × 100 against limit × total), so 7 of 10 is exactly 70%.
function violationsOf(counts: Counts, rules: readonly DistributionRule[]): Violation[] {
  const total = totalOf(counts);
  if (total === 0) return [];
  const violations: Violation[] = [];
  for (const r of rules) {
    const n = matching(counts, r);
    const percent = Math.round((n * 1000) / total) / 10;
    if (r.maxPercent !== null && n * 100 > r.maxPercent * total) {
      const actualPercent = Math.max(percent, (r.maxPercent * 10 + 1) / 10);
      violations.push({ rule: r, kind: "MAX", actualPercent, limitPercent: r.maxPercent });
    }
    if (r.minPercent !== null && n * 100 < r.minPercent * total) {
      const actualPercent = Math.min(percent, (r.minPercent * 10 - 1) / 10);
      violations.push({ rule: r, kind: "MIN", actualPercent, limitPercent: r.minPercent });
    }
    if (r.requireAny && n === 0) {
      violations.push({ rule: r, kind: "ANY", actualPercent: 0, limitPercent: null });
    }
  }
  return violations;
}

function assertCounts(counts: Counts): void {
  for (const predikat of PREDIKATS) {
    const n = counts[predikat];
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`Bad count for ${predikat}: ${n}`);
  }
}

/** Every rule the unit's rated staff break; an empty unit breaks none. Pass the unit's rules only. */
export function checkDistribution(counts: Counts, rules: readonly DistributionRule[]): Violation[] {
  assertCounts(counts);
  return violationsOf(counts, rules);
}

/**
 * The MAX violations a rating change would create or make worse, to warn the rater before saving:
 * `add` is the new predikat, `remove` the person's previous one (null for a first rating). MIN and
 * ANY rules are only judged at finalisation, when everyone is rated.
 */
export function maxViolationsAfter(
  counts: Counts,
  change: { add: Predikat; remove?: Predikat | null },
  rules: readonly DistributionRule[],
): Violation[] {
  assertCounts(counts);
  const remove = change.remove ?? null;
  if (remove === change.add) return [];
  if (remove !== null && counts[remove] === 0) {
    throw new RangeError(`No ${remove} rating to replace`);
  }
  const after = { ...counts, [change.add]: counts[change.add] + 1 };
  if (remove !== null) after[remove] -= 1;
  const totalBefore = totalOf(counts);
  const totalAfter = totalOf(after);
  return violationsOf(after, rules).filter((v) => {
    if (v.kind !== "MAX") return false;
    const before = matching(counts, v.rule);
    const now = matching(after, v.rule);
    // Worse: a larger share than before (now / totalAfter > before / totalBefore), or a new breach.
    const wasBroken = totalBefore > 0 && before * 100 > (v.rule.maxPercent ?? 0) * totalBefore;
    return !wasBroken || now * totalBefore > before * totalAfter;
  });
}
