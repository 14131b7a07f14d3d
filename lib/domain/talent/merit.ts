// Merit score of a candidate for a position (seleksi jabatan, promosi / mutasi by merit). Six
// components, each a value 0..1 read from the position's requirements and the person's record; the
// score is Σ weight × value over weights in percent that sum to 100. The rules return numbers and
// facts; the Indonesian sentences are written by lib/placements/merit-text.ts.

import { REQUIRED_JP_PER_YEAR } from "../career/development";
import { educationOrder, type EducationLevel } from "../education";
import type { EmploymentStatus } from "../people";
import type { Predikat } from "../predikat";

export const MERIT_KEYS = ["rank", "education", "competency", "performance", "talent", "training"] as const;
export type MeritKey = (typeof MERIT_KEYS)[number];
export type MeritWeights = Record<MeritKey, number>;

/** Default weights (percent) of a new selection; HR may change them per selection with a reason. */
export const DEFAULT_MERIT_WEIGHTS: MeritWeights = { rank: 15, education: 10, competency: 30, performance: 25, talent: 10, training: 10 };

/** Latest predikat → value. Data, not branches, so an agency can tune it in one place. */
export const PREDIKAT_MERIT_VALUE: Record<Predikat, number> = {
  SANGAT_BAIK: 1,
  BAIK: 0.75,
  BUTUH_PERBAIKAN: 0.4,
  KURANG: 0.2,
  SANGAT_KURANG: 0,
};

/**
 * Pangkat against the position's minimum: at or above it 1; exactly one step below it this value
 * (the person may still reach it by the next KP, so they are not out of the race but clearly behind);
 * two or more steps below, or no pangkat at all (PPPK), 0.
 */
export const RANK_ONE_STEP_BELOW_VALUE = 0.5;
/** How far below the minimum pangkat a person may be and still enter the candidate pool. */
export const POOL_MAX_STEPS_BELOW = 1;
/** Training JP of the last 12 months measured against the yearly 20 JP entitlement, capped at 1. */
export const TRAINING_JP_TARGET = REQUIRED_JP_PER_YEAR;
export const TRAINING_WINDOW_MONTHS = 12;
/** The 9-box has 9 boxes; the box number divided by this is the talent value. */
export const NINE_BOX_MAX = 9;

export type MeritPerson = {
  status: EmploymentStatus;
  rankId: number | null;
  educationLevel: EducationLevel;
  /** competencyId → the latest assessed level. */
  competencies: ReadonlyMap<number, number>;
  latestPredikat: { year: number; predikat: Predikat } | null;
  potentialScore: number | null;
  /** 9-box box 1..9 from the talent module (kinerja × potensial); null without both inputs. */
  box: number | null;
  /** JP of the last 12 months. */
  trainingJp: number;
};

export type MeritPosition = {
  minRankId: number | null;
  minEducation: EducationLevel | null;
  competencies: readonly { competencyId: number; requiredLevel: number }[];
};

export type RankFacts = { code: "NO_REQUIREMENT" | "MEETS" | "ONE_BELOW" | "FAR_BELOW" | "NO_RANK"; rankId: number | null; minRankId: number | null };
export type EducationFacts = { code: "NO_REQUIREMENT" | "MEETS" | "BELOW"; education: EducationLevel; minEducation: EducationLevel | null };
export type CompetencyFacts = { code: "NO_STANDARD" | "SCORED"; assessed: number; total: number; lines: { competencyId: number; required: number; actual: number | null }[] };
export type PerformanceFacts = { code: "NONE" | "PREDIKAT"; year: number | null; predikat: Predikat | null };
export type TalentFacts = { code: "NO_BOX" | "BOX"; box: number | null; predikat: Predikat | null; potentialScore: number | null };
export type TrainingFacts = { hours: number; target: number };

export type MeritFacts = {
  rank: RankFacts;
  education: EducationFacts;
  competency: CompetencyFacts;
  performance: PerformanceFacts;
  talent: TalentFacts;
  training: TrainingFacts;
};

export type MeritComponent<K extends MeritKey = MeritKey> = { key: K; value: number; weight: number; points: number; facts: MeritFacts[K] };
export type MeritScore = { score: number; components: MeritComponent[] };

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round((value + Number.EPSILON) * factor) / factor;
};

export function rankComponent(person: Pick<MeritPerson, "status" | "rankId">, minRankId: number | null): { value: number; facts: RankFacts } {
  const rankId = person.status === "PNS" ? person.rankId : null;
  if (minRankId === null) return { value: 1, facts: { code: "NO_REQUIREMENT", rankId, minRankId } };
  if (rankId === null) return { value: 0, facts: { code: "NO_RANK", rankId, minRankId } };
  if (rankId >= minRankId) return { value: 1, facts: { code: "MEETS", rankId, minRankId } };
  if (rankId === minRankId - 1) return { value: RANK_ONE_STEP_BELOW_VALUE, facts: { code: "ONE_BELOW", rankId, minRankId } };
  return { value: 0, facts: { code: "FAR_BELOW", rankId, minRankId } };
}

/** Education compares levels (lib/domain/education.ts: D-IV counts as S1, dokter as S2). */
export function educationComponent(education: EducationLevel, minEducation: EducationLevel | null): { value: number; facts: EducationFacts } {
  if (minEducation === null) return { value: 1, facts: { code: "NO_REQUIREMENT", education, minEducation } };
  const meets = educationOrder(education) >= educationOrder(minEducation);
  return { value: meets ? 1 : 0, facts: { code: meets ? "MEETS" : "BELOW", education, minEducation } };
}

/**
 * Mean over the standar kompetensi of min(1, assessed / required); a competency never assessed counts
 * 0 (a gap to close, as on the career page), a level above the requirement counts no more than 1.
 * A position without a standard measures nothing, so everyone gets 1 and the component does not
 * separate the candidates.
 */
export function competencyComponent(levels: ReadonlyMap<number, number>, standard: MeritPosition["competencies"]): { value: number; facts: CompetencyFacts } {
  const lines = standard.map(({ competencyId, requiredLevel }) => ({ competencyId, required: requiredLevel, actual: levels.get(competencyId) ?? null }));
  if (lines.length === 0) return { value: 1, facts: { code: "NO_STANDARD", assessed: 0, total: 0, lines } };
  const sum = lines.reduce((total, line) => total + (line.required <= 0 ? 1 : Math.min(1, (line.actual ?? 0) / line.required)), 0);
  return { value: sum / lines.length, facts: { code: "SCORED", assessed: lines.filter((line) => line.actual !== null).length, total: lines.length, lines } };
}

export function performanceComponent(latest: MeritPerson["latestPredikat"]): { value: number; facts: PerformanceFacts } {
  if (!latest) return { value: 0, facts: { code: "NONE", year: null, predikat: null } };
  return { value: PREDIKAT_MERIT_VALUE[latest.predikat], facts: { code: "PREDIKAT", year: latest.year, predikat: latest.predikat } };
}

/** Box / 9: box 9 (high performance, high potential) is 1; no box (no predikat or no assessment) is 0. */
export function talentComponent(person: Pick<MeritPerson, "box" | "latestPredikat" | "potentialScore">): { value: number; facts: TalentFacts } {
  const base = { predikat: person.latestPredikat?.predikat ?? null, potentialScore: person.potentialScore };
  if (person.box === null || !Number.isInteger(person.box) || person.box < 1 || person.box > NINE_BOX_MAX) return { value: 0, facts: { code: "NO_BOX", box: null, ...base } };
  return { value: person.box / NINE_BOX_MAX, facts: { code: "BOX", box: person.box, ...base } };
}

export function trainingComponent(hours: number): { value: number; facts: TrainingFacts } {
  const safe = Number.isFinite(hours) && hours > 0 ? hours : 0;
  return { value: Math.min(1, safe / TRAINING_JP_TARGET), facts: { hours: round(safe, 2), target: TRAINING_JP_TARGET } };
}

export type WeightsProblem = { key: MeritKey | "total"; code: "RANGE" | "SUM" };

/** Each weight a whole percent 0..100, together exactly 100. */
export function weightsProblems(weights: MeritWeights): WeightsProblem[] {
  const problems: WeightsProblem[] = [];
  for (const key of MERIT_KEYS) {
    const weight = weights[key];
    if (!Number.isInteger(weight) || weight < 0 || weight > 100) problems.push({ key, code: "RANGE" });
  }
  if (problems.length === 0 && MERIT_KEYS.reduce((sum, key) => sum + weights[key], 0) !== 100) problems.push({ key: "total", code: "SUM" });
  return problems;
}

/**
 * Values are kept to 4 decimals, points to 2 (weight × value), and the score is the sum of the
 * points shown, so the breakdown a candidate reads always adds up to their score.
 */
export function meritScore(person: MeritPerson, position: MeritPosition, weights: MeritWeights): MeritScore {
  if (weightsProblems(weights).length) throw new RangeError("meritScore: weights must be whole percents summing to 100");
  const parts: { [K in MeritKey]: { value: number; facts: MeritFacts[K] } } = {
    rank: rankComponent(person, position.minRankId),
    education: educationComponent(person.educationLevel, position.minEducation),
    competency: competencyComponent(person.competencies, position.competencies),
    performance: performanceComponent(person.latestPredikat),
    talent: talentComponent(person),
    training: trainingComponent(person.trainingJp),
  };
  const components = MERIT_KEYS.map((key) => {
    const value = round(parts[key].value, 4);
    return { key, value, weight: weights[key], points: round(weights[key] * value, 2), facts: parts[key].facts } as MeritComponent;
  });
  return { score: round(components.reduce((sum, c) => sum + c.points, 0), 2), components };
}

export type Ranked = { employeeId: number; score: number; rankId: number | null };

/** Best first: score, then the senior pangkat, then the lower id, so equal scores order the same every time. */
export function compareRanked(a: Ranked, b: Ranked): number {
  return b.score - a.score || (b.rankId ?? 0) - (a.rankId ?? 0) || a.employeeId - b.employeeId;
}

/** Who may enter the pool: at least the minimum education, and at most one pangkat step below the minimum. */
export function poolFloor(position: Pick<MeritPosition, "minRankId">): number | null {
  return position.minRankId === null ? null : Math.max(1, position.minRankId - POOL_MAX_STEPS_BELOW);
}
