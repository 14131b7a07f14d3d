// Pengembangan kompetensi: the 20 JP a year every PNS is entitled to, the kinds of development, and
// which competencies a BerAKHLAK value draws on and the training recommendations that follow from appraisal and competency gaps.

import type { CoreValue } from "../appraisal/core-values";
import type { TrainingKind, TrainingType } from "./enums";

/** At least 20 jam pelajaran of development a year (domain.md, Competency development). */
export const REQUIRED_JP_PER_YEAR = 20;
/** One jam pelajaran is 45 minutes. */
export const MINUTES_PER_JP = 45;

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Minutes (e.g. of a mentoring session) as JP, rounded half-up to 2 decimals: 60 min = 1.33 JP. */
export function minutesToJp(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`minutesToJp: bad minutes ${minutes}`);
  return Math.round((minutes * 100) / MINUTES_PER_JP) / 100;
}

export type JpProgress = { hours: number; required: number; remaining: number; met: boolean };

/** A year's JP against the 20 required; remaining never drops below zero. */
export function jpProgress(hours: number): JpProgress {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`jpProgress: bad hours ${hours}`);
  return {
    hours,
    required: REQUIRED_JP_PER_YEAR,
    remaining: Math.max(0, round2(REQUIRED_JP_PER_YEAR - hours)),
    met: hours >= REQUIRED_JP_PER_YEAR,
  };
}

/**
 * Klasikal: leadership, managerial, technical and functional training, seminars, courses.
 * Non-klasikal: e-learning, coaching, mentoring, internship, secondment, learning communities.
 */
export const TRAINING_KIND_TYPE: Record<TrainingKind, TrainingType> = {
  KEPEMIMPINAN: "KLASIKAL",
  MANAJERIAL: "KLASIKAL",
  TEKNIS: "KLASIKAL",
  FUNGSIONAL: "KLASIKAL",
  SEMINAR: "KLASIKAL",
  KURSUS: "KLASIKAL",
  E_LEARNING: "NON_KLASIKAL",
  COACHING: "NON_KLASIKAL",
  MENTORING: "NON_KLASIKAL",
  MAGANG: "NON_KLASIKAL",
  DETASERING: "NON_KLASIKAL",
  KOMUNITAS_BELAJAR: "NON_KLASIKAL",
};

/**
 * The competencies of the agency's dictionary (prisma/seed/reference.ts codes) that develop each
 * core value. Kompeten also draws on the technical competencies of the person's own position,
 * which differ per position: recommend() adds those from its `technicalCompetencyIds`.
 */
export const CORE_VALUE_COMPETENCIES: Record<CoreValue, readonly string[]> = {
  BERORIENTASI_PELAYANAN: ["MNJ.PELAYANAN_PUBLIK"],
  AKUNTABEL: ["MNJ.INTEGRITAS", "MNJ.ORIENTASI_HASIL"],
  KOMPETEN: ["MNJ.PENGEMBANGAN_DIRI"],
  HARMONIS: ["SOS.PEREKAT_BANGSA", "MNJ.KOMUNIKASI"],
  LOYAL: ["MNJ.INTEGRITAS", "SOS.PEREKAT_BANGSA"],
  ADAPTIF: ["MNJ.MENGELOLA_PERUBAHAN"],
  KOLABORATIF: ["MNJ.KERJA_SAMA"],
};

// ─── Recommendations ─────────────────────────────────────────────────────────────────────────

/** Which position a competency gap is measured against: the current one or the jabatan target. */
export type GapPositionKind = "CURRENT" | "TARGET";

export type Reason =
  | { kind: "BEHAVIOUR"; value: CoreValue }
  | { kind: "RESULT" }
  | { kind: "GAP"; competencyId: number; gap: number; target: GapPositionKind };

export type Recommendation = { trainingId: number; reasons: Reason[] };

export type RecommendInput = {
  /** Core values rated below expectation in the latest evaluation. */
  belowValues: readonly CoreValue[];
  /** Hasil kerja rated below expectation. */
  resultBelow: boolean;
  /** Gaps to the current position's standard and to the jabatan target (positionGap). */
  gaps: readonly { competencyId: number; gap: number; target: GapPositionKind }[];
  /** The technical competencies of the person's position. */
  technicalCompetencyIds: readonly number[];
  /** Competency dictionary: code → id. */
  codeToId: ReadonlyMap<string, number>;
  trainings: readonly { id: number; competencyIds: readonly number[] }[];
};

export const RECOMMENDATION_LIMIT = 10;

type ReasonNeed = { reason: Reason; competencyIds: ReadonlySet<number>; gap: number };

function needs(input: RecommendInput): ReasonNeed[] {
  const result: ReasonNeed[] = [];
  for (const value of new Set(input.belowValues)) {
    const ids = new Set<number>();
    for (const code of CORE_VALUE_COMPETENCIES[value]) {
      const id = input.codeToId.get(code);
      if (id !== undefined) ids.add(id);
    }
    // Low Kompeten: developing oneself includes the technical skills of one's own position.
    if (value === "KOMPETEN") for (const id of input.technicalCompetencyIds) ids.add(id);
    result.push({ reason: { kind: "BEHAVIOUR", value }, competencyIds: ids, gap: 0 });
  }
  if (input.resultBelow) {
    result.push({ reason: { kind: "RESULT" }, competencyIds: new Set(input.technicalCompetencyIds), gap: 0 });
  }
  // One reason per competency and target: a repeated row keeps its biggest gap.
  const gaps = new Map<string, { competencyId: number; gap: number; target: GapPositionKind }>();
  for (const row of input.gaps) {
    const key = `${row.target}:${row.competencyId}`;
    const seen = gaps.get(key);
    if (row.gap > 0 && (seen === undefined || row.gap > seen.gap)) gaps.set(key, row);
  }
  const sorted = [...gaps.values()].sort(
    (a, b) => b.gap - a.gap || a.competencyId - b.competencyId || a.target.localeCompare(b.target),
  );
  for (const { competencyId, gap, target } of sorted) {
    result.push({ reason: { kind: "GAP", competencyId, gap, target }, competencyIds: new Set([competencyId]), gap });
  }
  return result;
}

/**
 * A training is suggested when it develops at least one competency a reason names. Ordered by the
 * number of reasons it answers, then the biggest gap it closes, then id; at most 10. Reasons are
 * listed behaviour first (in the order given), then results, then gaps biggest first.
 */
export function recommend(input: RecommendInput): Recommendation[] {
  const reasonNeeds = needs(input);
  const found: (Recommendation & { biggestGap: number })[] = [];
  for (const training of input.trainings) {
    const reasons: Reason[] = [];
    let biggestGap = 0;
    for (const need of reasonNeeds) {
      if (!training.competencyIds.some((id) => need.competencyIds.has(id))) continue;
      reasons.push(need.reason);
      biggestGap = Math.max(biggestGap, need.gap);
    }
    if (reasons.length > 0) found.push({ trainingId: training.id, reasons, biggestGap });
  }
  found.sort((a, b) => b.reasons.length - a.reasons.length || b.biggestGap - a.biggestGap || a.trainingId - b.trainingId);
  return found.slice(0, RECOMMENDATION_LIMIT).map(({ trainingId, reasons }) => ({ trainingId, reasons }));
}
