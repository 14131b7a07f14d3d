// Scores a loaded pool with the pure merit rule and orders it; the stored form of a candidate's
// components (value, weight, points, the sentence and the facts behind it). No database here.
import { boxOf } from "@/lib/domain/talent/nine-box";
import { compareRanked, MERIT_KEYS, meritScore, type MeritKey, type MeritPosition, type MeritWeights } from "@/lib/domain/talent/merit";
import { meritDetail } from "./merit-text";
import type { PoolInputs } from "./pool-queries";

export type StoredComponent = { key: MeritKey; value: number; weight: number; points: number; detail: string; facts: unknown };
export type ScoredCandidate = { employeeId: number; rankId: number | null; score: number; components: StoredComponent[] };

type Options = { limit?: number; exclude?: ReadonlySet<number> };

/**
 * Scores every person of the pool, best first, and writes the sentences only for the ones kept
 * (`limit`, leaving out `exclude`): a pool can hold tens of thousands of people, a shortlist 20.
 */
export function scorePool(inputs: PoolInputs, position: MeritPosition, weights: MeritWeights, options: Options = {}): ScoredCandidate[] {
  const scored = inputs.persons
    .filter((person) => !options.exclude?.has(person.id))
    .map((person) => {
      const latest = inputs.predikats.get(person.id) ?? null;
      const potential = inputs.potentials.get(person.id) ?? null;
      const result = meritScore(
        {
          status: person.status,
          rankId: person.rankId,
          educationLevel: person.education,
          competencies: inputs.competencies.get(person.id) ?? new Map(),
          latestPredikat: latest,
          potentialScore: potential,
          box: boxOf(latest?.predikat ?? null, potential),
          trainingJp: inputs.jp.get(person.id) ?? 0,
        },
        position,
        weights,
      );
      return { employeeId: person.id, rankId: person.status === "PNS" ? person.rankId : null, score: result.score, components: result.components };
    })
    .sort(compareRanked);
  const kept = options.limit === undefined ? scored : scored.slice(0, options.limit);
  return kept.map((entry) => ({
    ...entry,
    components: entry.components.map((c) => ({ key: c.key, value: c.value, weight: c.weight, points: c.points, detail: meritDetail(c), facts: c.facts })),
  }));
}

/** The stored JSON read back defensively: unknown keys and malformed rows are left out. */
export function readComponents(json: unknown): StoredComponent[] {
  if (!Array.isArray(json)) return [];
  const rows = json.filter((row): row is StoredComponent => {
    const r = row as Partial<StoredComponent> | null;
    return !!r && MERIT_KEYS.includes(r.key as MeritKey) && typeof r.value === "number" && typeof r.weight === "number" && typeof r.points === "number";
  });
  return rows.sort((a, b) => MERIT_KEYS.indexOf(a.key) - MERIT_KEYS.indexOf(b.key));
}

/** Weights stored on a selection, falling back to nothing when malformed (the caller decides). */
export function readWeights(json: unknown): MeritWeights | null {
  if (!json || typeof json !== "object") return null;
  const source = json as Record<string, unknown>;
  const weights = {} as MeritWeights;
  for (const key of MERIT_KEYS) {
    const value = source[key];
    if (typeof value !== "number") return null;
    weights[key] = value;
  }
  return weights;
}
