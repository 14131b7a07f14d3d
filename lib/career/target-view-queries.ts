import "server-only";
import { recommend } from "@/lib/domain/career/development";
import { positionGap, type PositionGap } from "@/lib/domain/career/position-gap";
import type { EmployeeProfile } from "@/lib/employees/queries";
import type { CompetencyKind, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { readRegistrant } from "@/lib/trainings/catalog-queries";
import { eligibilityProblems } from "@/lib/trainings/rules";

export const targetPositionSelect = {
  id: true,
  name: true,
  type: true,
  functionalLevel: true,
  grade: true,
  active: true,
  minEducation: true,
  minRank: { select: { id: true, code: true, name: true } },
  unit: { select: { name: true } },
  competencies: {
    select: { requiredLevel: true, competency: { select: { id: true, code: true, name: true, kind: true } } },
    orderBy: { competency: { code: "asc" } },
  },
} satisfies Prisma.PositionSelect;

type TargetPosition = Prisma.PositionGetPayload<{ select: typeof targetPositionSelect }>;

export type TargetCompetencyRow = { id: number; code: string; name: string; kind: CompetencyKind; required: number; actual: number | null; gap: number };
export type TargetTraining = { id: number; title: string; startDate: Date; endDate: Date; competencyNames: string[] };

export type TargetView = {
  chosenAt: Date;
  position: Omit<TargetPosition, "competencies">;
  gap: PositionGap;
  competencies: TargetCompetencyRow[];
  /**
   * Published catalog trainings starting after today that develop a competency with a gap and that
   * the person can still register for (the catalog's rules, registration open, not asked for yet).
   */
  trainings: TargetTraining[];
};

/** How many upcoming trainings the suggestions choose from (soonest first). */
const TRAINING_CANDIDATES = 100;

/** The latest assessed level of each competency of one person (DISTINCT ON over the matching index). */
async function latestLevels(employeeId: number, competencyIds: number[]): Promise<Map<number, number>> {
  if (competencyIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ competency_id: number; level: number }[]>`
    SELECT DISTINCT ON (competency_id) competency_id, level
    FROM competency_assessments
    WHERE employee_id = ${employeeId} AND competency_id = ANY(${competencyIds}::int[])
    ORDER BY competency_id, assessed_on DESC, id DESC`;
  return new Map(rows.map((row) => [row.competency_id, row.level]));
}

/**
 * Upcoming trainings for the gaps that the person may register for today, by the same rules as the
 * catalog's "hanya yang bisa saya ikuti" and the recommendations on "Pelatihan saya": a training
 * for another position type, above their pangkat, closed, full or already asked for (pending,
 * approved, declined) is no way to close the gap.
 */
async function trainingsFor(employeeId: number, gapIds: number[], asOf: Date) {
  if (gapIds.length === 0) return [];
  const person = await readRegistrant(db, employeeId);
  if (!person) return [];
  const rows = await db.training.findMany({
    where: {
      published: true,
      startDate: { gt: asOf },
      registrationDeadline: { gte: asOf },
      competencies: { some: { competencyId: { in: gapIds } } },
      registrations: { none: { employeeId, status: { not: "CANCELLED" } } },
    },
    select: {
      id: true,
      title: true,
      startDate: true,
      endDate: true,
      quota: true,
      seatsTaken: true,
      published: true,
      registrationDeadline: true,
      positionTypes: true,
      minRankId: true,
      unitId: true,
      competencies: { select: { competencyId: true } },
    },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    take: TRAINING_CANDIDATES,
  });
  // The position type, pangkat and unit rules of lib/trainings/rules.ts (a list left NULL = everyone).
  return rows.filter((row) => row.seatsTaken < row.quota && eligibilityProblems({ ...row, positionTypes: row.positionTypes ?? [] }, person, asOf).length === 0);
}

/**
 * The gap between the person and their target position (pangkat, pendidikan, each competency of
 * the position's standard against the latest assessment), and the trainings that close it: the
 * domain's `recommend` with competency-gap reasons only. A few indexed statements, one after the other.
 */
export async function loadTargetView(profile: EmployeeProfile, target: { chosenAt: Date; position: TargetPosition }, asOf: Date): Promise<TargetView> {
  const { competencies: standard, ...position } = target.position;
  const levels = await latestLevels(
    profile.id,
    standard.map((line) => line.competency.id),
  );
  const gap = positionGap({
    person: { status: profile.status, rankId: profile.rank?.id ?? null, educationLevel: profile.educationLevel, competencies: levels },
    target: {
      minRankId: position.minRank?.id ?? null,
      minEducation: position.minEducation,
      competencies: standard.map((line) => ({ competencyId: line.competency.id, requiredLevel: line.requiredLevel })),
    },
  });
  const byId = new Map(standard.map((line) => [line.competency.id, line.competency]));
  const competencies = gap.competencies.map((row) => {
    const competency = byId.get(row.competencyId)!;
    return { id: competency.id, code: competency.code, name: competency.name, kind: competency.kind, required: row.required, actual: row.actual, gap: row.gap };
  });
  const gaps = gap.competencies.filter((row) => row.gap > 0);
  const candidates = await trainingsFor(
    profile.id,
    gaps.map((row) => row.competencyId),
    asOf,
  );
  const suggested = recommend({
    belowValues: [],
    resultBelow: false,
    gaps: gaps.map((row) => ({ competencyId: row.competencyId, gap: row.gap, target: "TARGET" as const })),
    technicalCompetencyIds: [],
    codeToId: new Map(),
    trainings: candidates.map((training) => ({ id: training.id, competencyIds: training.competencies.map((line) => line.competencyId) })),
  });
  const trainingById = new Map(candidates.map((training) => [training.id, training]));
  const trainings = suggested.flatMap(({ trainingId, reasons }) => {
    const training = trainingById.get(trainingId);
    if (!training) return [];
    const names = reasons.flatMap((reason) => (reason.kind === "GAP" ? [byId.get(reason.competencyId)?.name ?? ""] : [])).filter(Boolean);
    return [{ id: training.id, title: training.title, startDate: training.startDate, endDate: training.endDate, competencyNames: names }];
  });
  return { chosenAt: target.chosenAt, position, gap, competencies, trainings };
}
