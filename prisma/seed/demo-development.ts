// Demo competency development for the demo province (called at the end of seedDemo, in its
// transaction, after the appraisals whose predikats it reads): reads the people just written, plans
// the catalog, registrations, external trainings, JP ledger, assessments, awards, sanctions, mentoring
// and career targets in memory (demo-development-plan.ts) and writes them with createMany, ids taken
// from the tables' sequences. Dates are fixed around DEMO_APPRAISAL_DATE (2026-11-23).
import type { Predikat } from "../../lib/domain/predikat";
import type { SeedDb } from "./client";
import { planDemoDevelopment, type DevelopmentTable, type DevPerson, type DevPost, type DevUnit } from "./demo-development-plan";

export { LAST_SEAT_TRAINING, STAFF_OPEN_TRAINING } from "./demo-development-catalog";

const SEQUENCED = ["trainings", "training_registrations", "external_trainings", "mentoring_pairs", "mentoring_sessions"] as const satisfies readonly DevelopmentTable[];

/** Hands out ids from each table's own sequence: the first nextval, then setval past the last one used. */
async function allocator(db: SeedDb): Promise<{ nextId: (table: DevelopmentTable) => number; commit: () => Promise<void> }> {
  const next = new Map<DevelopmentTable, number>();
  for (const table of SEQUENCED) {
    const [row] = await db.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::int AS id`;
    next.set(table, row!.id);
  }
  const first = new Map(next);
  return {
    nextId: (table) => {
      const id = next.get(table)!;
      next.set(table, id + 1);
      return id;
    },
    commit: async () => {
      for (const table of SEQUENCED) {
        if (next.get(table)! > first.get(table)!) await db.$queryRaw`SELECT setval(pg_get_serial_sequence(${table}, 'id'), ${next.get(table)! - 1})::text`;
      }
    },
  };
}

export type DemoDevelopmentCounts = Record<string, number>;

export async function seedDemoDevelopment(db: SeedDb): Promise<DemoDevelopmentCounts> {
  // One after another: inside seedDemo's transaction there is one connection.
  const employees = await db.employee.findMany({
    select: { id: true, nip: true, name: true, status: true, rankId: true, rankTmt: true, educationLevel: true, serviceStart: true, positionId: true, supervisorId: true },
    orderBy: { id: "asc" },
  });
  const rankRows = await db.rankHistory.findMany({ select: { employeeId: true, rankId: true, tmt: true }, orderBy: [{ tmt: "asc" }, { id: "asc" }] });
  const positions = await db.position.findMany({ select: { id: true, name: true, type: true, functionalLevel: true, grade: true, unitId: true, minRankId: true } });
  const orgUnits = await db.orgUnit.findMany({ select: { id: true, code: true, path: true } });
  const standardRows = await db.positionCompetency.findMany({ select: { positionId: true, competencyId: true, requiredLevel: true }, orderBy: [{ positionId: "asc" }, { competencyId: "asc" }] });
  const dictionary = await db.competency.findMany({ select: { id: true, code: true, maxLevel: true } });
  const annual = await db.annualPerformance.findMany({ select: { employeeId: true, year: true, predikat: true } });

  const ranksOf = new Map<number, { rankId: number; tmt: Date }[]>();
  for (const row of rankRows) ranksOf.set(row.employeeId, [...(ranksOf.get(row.employeeId) ?? []), { rankId: row.rankId, tmt: row.tmt }]);
  const people: DevPerson[] = employees.map((e) => ({ ...e, ranks: ranksOf.get(e.id) ?? [] }));
  const posts = new Map<number, DevPost>(positions.map((p) => [p.id, p]));
  const units = new Map<number, DevUnit>(orgUnits.map((u) => [u.id, u]));
  const standards = new Map<number, { competencyId: number; requiredLevel: number }[]>();
  for (const row of standardRows) standards.set(row.positionId, [...(standards.get(row.positionId) ?? []), row]);
  const predikats = new Map<number, Map<number, Predikat>>();
  for (const row of annual) predikats.set(row.employeeId, (predikats.get(row.employeeId) ?? new Map<number, Predikat>()).set(row.year, row.predikat));

  const ids = await allocator(db);
  const rows = planDemoDevelopment({
    people, posts, units, standards, predikats, nextId: ids.nextId,
    competencies: new Map(dictionary.map((c) => [c.code, { id: c.id, maxLevel: c.maxLevel }])),
  });
  await ids.commit();

  // Parents first: trainings, then what refers to them; pairs before their sessions.
  await db.training.createMany({ data: rows.trainings });
  await db.trainingCompetency.createMany({ data: rows.trainingCompetencies });
  await db.trainingRegistration.createMany({ data: rows.registrations });
  await db.externalTraining.createMany({ data: rows.externals });
  await db.mentoringPair.createMany({ data: rows.pairs });
  await db.mentoringSession.createMany({ data: rows.sessions });
  await db.developmentHour.createMany({ data: rows.hours });
  await db.competencyAssessment.createMany({ data: rows.assessments });
  await db.award.createMany({ data: rows.awards });
  await db.sanction.createMany({ data: rows.sanctions });
  await db.careerTarget.createMany({ data: rows.careerTargets });

  const counts: DemoDevelopmentCounts = {
    trainings: rows.trainings.length,
    training_competencies: rows.trainingCompetencies.length,
    training_registrations: rows.registrations.length,
    external_trainings: rows.externals.length,
    development_hours: rows.hours.length,
    competency_assessments: rows.assessments.length,
    awards: rows.awards.length,
    sanctions: rows.sanctions.length,
    mentoring_pairs: rows.pairs.length,
    mentoring_sessions: rows.sessions.length,
    career_targets: rows.careerTargets.length,
  };
  const jp = { year: rows.jp.year, people: rows.jp.people, belowRequired: rows.jp.below, staffAccount: rows.jp.staff };
  await db.auditLog.create({ data: { actorId: null, action: "seed.demo_development", entityType: "Seed", entityId: null, after: { ...counts, jp } } });
  return counts;
}
