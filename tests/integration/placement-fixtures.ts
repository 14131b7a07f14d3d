// Shared by the placement test files: a position with a competency standard of its own (a fresh
// competency per run, so people left by earlier runs cannot match it) and people with a chosen
// pangkat, education, predikat, potential, competency level and JP.
import { today } from "../../lib/clock";
import { addMonths, firstDayOfNextMonth } from "../../lib/domain/dates";
import type { EducationLevel } from "../../lib/domain/education";
import type { Predikat } from "../../lib/domain/predikat";
import type { RankCode } from "../../lib/domain/ranks";
import { createEmployee, createPosition, type FactoryEmployee } from "../../prisma/seed/factories";
import { RUN, seed } from "./support/context";

let sequence = 0;

export const nextTmt = () => firstDayOfNextMonth(today());

export async function standardPosition(input: { unitId: number; minRankCode: RankCode; minEducation: EducationLevel; formation: number; levels?: number[] }) {
  sequence += 1;
  const position = await createPosition(seed, { unitId: input.unitId, type: "PENGAWAS", name: `Kepala Seksi Seleksi ${RUN}-${sequence}`, minRankCode: input.minRankCode, minEducation: input.minEducation, formation: input.formation });
  await seed.positionCompetency.deleteMany({ where: { positionId: position.id } });
  const competencyIds: number[] = [];
  for (const [index, level] of (input.levels ?? [3, 4]).entries()) {
    const competency = await seed.competency.create({ data: { code: `SEL.${RUN}.${sequence}.${index}`, name: `Kompetensi Seleksi ${RUN} ${sequence}.${index}`, kind: "TEKNIS" }, select: { id: true } });
    await seed.positionCompetency.create({ data: { positionId: position.id, competencyId: competency.id, requiredLevel: level } });
    competencyIds.push(competency.id);
  }
  return { id: position.id, competencyIds };
}

export type PersonFacts = {
  rankCode: RankCode;
  educationLevel: EducationLevel;
  predikat?: Predikat;
  potential?: number;
  /** Level per competency of the standard, in order; missing = never assessed. */
  levels?: number[];
  jp?: number;
  positionId?: number;
  unitId: number;
};

/** A PNS with exactly the record the merit score reads. */
export async function candidate(facts: PersonFacts, competencyIds: readonly number[]): Promise<FactoryEmployee> {
  const person = await createEmployee(seed, { unitId: facts.unitId, positionId: facts.positionId, rankCode: facts.rankCode, educationLevel: facts.educationLevel });
  const now = today();
  if (facts.predikat) await seed.annualPerformance.create({ data: { employeeId: person.id, year: now.getUTCFullYear() - 1, predikat: facts.predikat, unitId: person.unitId } });
  if (facts.potential !== undefined) await seed.potentialAssessment.create({ data: { employeeId: person.id, score: facts.potential, assessedOn: addMonths(now, -2), source: "Assessment Center BKD" } });
  for (const [index, level] of (facts.levels ?? []).entries()) {
    const competencyId = competencyIds[index];
    if (competencyId !== undefined) await seed.competencyAssessment.create({ data: { employeeId: person.id, competencyId, level, assessedOn: addMonths(now, -3), source: "Uji kompetensi" } });
  }
  if (facts.jp) {
    await seed.developmentHour.create({ data: { employeeId: person.id, year: now.getUTCFullYear(), date: addMonths(now, -1), hours: facts.jp, source: "EXTERNAL", sourceId: 800_000_000 + person.id, type: "KLASIKAL", title: "Diklat uji seleksi" } });
  }
  return person;
}
