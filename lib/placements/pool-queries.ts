import "server-only";
import { addMonths, toIsoDate } from "@/lib/domain/dates";
import { EDUCATION_LEVELS, educationOrder, type EducationLevel } from "@/lib/domain/education";
import type { Predikat } from "@/lib/domain/predikat";
import { poolFloor, TRAINING_WINDOW_MONTHS } from "@/lib/domain/talent/merit";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

// The inputs of a merit ranking for a whole candidate pool: five set-based statements run side by
// side, each one pass over its table joined to the pool, never a query per person. Callers (the
// selection mutations) authorize first.

export type PoolPosition = { id: number; minRankId: number | null; minEducation: EducationLevel | null; competencyIds: readonly number[] };

export type PoolInputs = {
  persons: { id: number; status: "PNS" | "PPPK"; rankId: number | null; education: EducationLevel }[];
  predikats: Map<number, { year: number; predikat: Predikat }>;
  potentials: Map<number, number>;
  /** employeeId → competencyId → latest level. */
  competencies: Map<number, Map<number, number>>;
  jp: Map<number, number>;
};

/** Levels that meet a minimum education (by order: D-IV counts as S1), as SQL can compare them. */
function acceptedLevels(minEducation: EducationLevel | null): string[] {
  if (minEducation === null) return EDUCATION_LEVELS.map((row) => row.level);
  const floor = educationOrder(minEducation);
  return EDUCATION_LEVELS.filter((row) => row.order >= floor).map((row) => row.level);
}

/**
 * The pool: every PNS with at least the minimum education and at most one pangkat step below the
 * minimum (lib/domain/talent/merit.ts poolFloor), except those who already hold the position. With
 * `employeeIds` (people HR adds by hand), exactly those people, whatever they meet.
 */
function poolSql(position: PoolPosition, employeeIds?: readonly number[]): Prisma.Sql {
  if (employeeIds) return Prisma.sql`SELECT e.* FROM employees e WHERE e.id = ANY(${[...employeeIds]}::int[])`;
  const floor = poolFloor(position);
  const rank = floor === null ? Prisma.empty : Prisma.sql`AND e.rank_id >= ${floor}`;
  return Prisma.sql`
    SELECT e.* FROM employees e
    WHERE e.status = 'PNS' AND e.position_id <> ${position.id} ${rank}
      AND e.education_level::text = ANY(${acceptedLevels(position.minEducation)}::text[])`;
}

export async function loadPoolInputs(position: PoolPosition, asOf: Date, employeeIds?: readonly number[]): Promise<PoolInputs> {
  const pool = poolSql(position, employeeIds);
  const asOfText = toIsoDate(asOf);
  const windowStart = toIsoDate(addMonths(asOf, -TRAINING_WINDOW_MONTHS));
  const competencyIds = [...position.competencyIds];
  const [persons, predikats, potentials, levels, jp] = await Promise.all([
    db.$queryRaw<PoolInputs["persons"]>`
      SELECT p.id, p.status::text AS status, p.rank_id AS "rankId", p.education_level::text AS education FROM (${pool}) p`,
    // Latest year first per person: the primary key (employee_id, year) serves it.
    db.$queryRaw<{ id: number; year: number; predikat: Predikat }[]>`
      SELECT DISTINCT ON (ap.employee_id) ap.employee_id AS id, ap.year::int AS year, ap.predikat::text AS predikat
      FROM annual_performances ap JOIN (${pool}) p ON p.id = ap.employee_id
      WHERE ap.year <= ${asOf.getUTCFullYear()}
      ORDER BY ap.employee_id, ap.year DESC`,
    db.$queryRaw<{ id: number; score: number }[]>`
      SELECT DISTINCT ON (pa.employee_id) pa.employee_id AS id, pa.score::float8 AS score
      FROM potential_assessments pa JOIN (${pool}) p ON p.id = pa.employee_id
      WHERE pa.assessed_on <= ${asOfText}::date
      ORDER BY pa.employee_id, pa.assessed_on DESC, pa.id DESC`,
    competencyIds.length === 0
      ? Promise.resolve([] as { id: number; competencyId: number; level: number }[])
      : db.$queryRaw<{ id: number; competencyId: number; level: number }[]>`
          SELECT DISTINCT ON (ca.employee_id, ca.competency_id) ca.employee_id AS id, ca.competency_id AS "competencyId", ca.level::int AS level
          FROM competency_assessments ca JOIN (${pool}) p ON p.id = ca.employee_id
          WHERE ca.competency_id = ANY(${competencyIds}::int[]) AND ca.assessed_on <= ${asOfText}::date
          ORDER BY ca.employee_id, ca.competency_id, ca.assessed_on DESC, ca.id DESC`,
    db.$queryRaw<{ id: number; hours: number }[]>`
      SELECT dh.employee_id AS id, sum(dh.hours)::float8 AS hours
      FROM development_hours dh JOIN (${pool}) p ON p.id = dh.employee_id
      WHERE dh.date > ${windowStart}::date AND dh.date <= ${asOfText}::date
      GROUP BY dh.employee_id`,
  ]);
  const competencies = new Map<number, Map<number, number>>();
  for (const row of levels) {
    let mine = competencies.get(row.id);
    if (!mine) competencies.set(row.id, (mine = new Map()));
    mine.set(row.competencyId, row.level);
  }
  return {
    persons,
    predikats: new Map(predikats.map((row) => [row.id, { year: row.year, predikat: row.predikat }])),
    potentials: new Map(potentials.map((row) => [row.id, row.score])),
    competencies,
    jp: new Map(jp.map((row) => [row.id, row.hours])),
  };
}

export type RankingPosition = PoolPosition & {
  name: string;
  unitName: string;
  active: boolean;
  formation: number;
  standard: { competencyId: number; requiredLevel: number }[];
};

/** A position with what the merit score reads of it; null when it does not exist. */
export async function loadRankingPosition(positionId: number): Promise<RankingPosition | null> {
  const row = await db.position.findUnique({
    where: { id: positionId },
    select: {
      id: true,
      name: true,
      active: true,
      formation: true,
      minRankId: true,
      minEducation: true,
      unit: { select: { name: true } },
      competencies: { select: { competencyId: true, requiredLevel: true }, orderBy: { competencyId: "asc" } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    unitName: row.unit.name,
    active: row.active,
    formation: row.formation,
    minRankId: row.minRankId,
    minEducation: row.minEducation,
    standard: row.competencies,
    competencyIds: row.competencies.map((line) => line.competencyId),
  };
}
