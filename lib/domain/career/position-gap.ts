// The gap between a person and a position (the jabatan target on the career page, or a vacancy):
// minimum pangkat, minimum education, and the position's standard of competency.

import { educationOrder, type EducationLevel } from "../education";
import type { EmploymentStatus } from "../people";

export type GapPerson = {
  status: EmploymentStatus;
  rankId: number | null;
  educationLevel: EducationLevel;
  /** competencyId → the latest assessed level. */
  competencies: ReadonlyMap<number, number>;
};

export type GapTarget = {
  minRankId: number | null;
  minEducation: EducationLevel | null;
  competencies: readonly { competencyId: number; requiredLevel: number }[];
};

export type CompetencyGap = {
  competencyId: number;
  required: number;
  /** null = never assessed. */
  actual: number | null;
  /** Levels missing, never negative; an unassessed competency misses all of them. */
  gap: number;
};

export type PositionGap = {
  rank: { met: boolean; required: number | null; actual: number | null };
  education: { met: boolean; required: EducationLevel | null; actual: EducationLevel };
  competencies: CompetencyGap[];
  met: boolean;
};

/**
 * A PPPK has no pangkat, so a position asking for one is not met (positions open to PPPK have no
 * minimum). Education compares levels (lib/domain/education.ts order: D-IV counts as S1). An
 * unassessed competency is treated as level 0 rather than ignored, so it shows as a gap to close.
 */
export function positionGap({ person, target }: { person: GapPerson; target: GapTarget }): PositionGap {
  const actualRank = person.status === "PNS" ? person.rankId : null;
  const rankMet = target.minRankId === null || (actualRank !== null && actualRank >= target.minRankId);
  const educationMet =
    target.minEducation === null || educationOrder(person.educationLevel) >= educationOrder(target.minEducation);
  const competencies = target.competencies.map(({ competencyId, requiredLevel }) => {
    const actual = person.competencies.get(competencyId) ?? null;
    return { competencyId, required: requiredLevel, actual, gap: Math.max(0, requiredLevel - (actual ?? 0)) };
  });
  return {
    rank: { met: rankMet, required: target.minRankId, actual: actualRank },
    education: { met: educationMet, required: target.minEducation, actual: person.educationLevel },
    competencies,
    met: rankMet && educationMet && competencies.every((row) => row.gap === 0),
  };
}
