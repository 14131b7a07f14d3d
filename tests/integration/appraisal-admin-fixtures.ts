// Builders shared by the appraisal-admin integration tests: a unit with a head who rates its staff,
// SKPs with an annual evaluation at any status and predikat, and the default limits table.
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit } from "../../prisma/seed/factories";
import { DEFAULT_DISTRIBUTION_RULES } from "../../lib/domain/appraisal/distribution";
import type { FunctionalLevel, EvaluationStatus, Predikat, Rating } from "../../lib/generated/prisma/enums";
import type { SessionUser } from "../../lib/server/session";
import { asSessionUser, seed } from "./support/context";

/** Work and behaviour ratings that give each predikat (lib/domain/predikat.ts). */
export const RATINGS_FOR: Record<Predikat, [Rating, Rating]> = {
  SANGAT_BAIK: ["DI_ATAS", "DI_ATAS"],
  BAIK: ["SESUAI", "SESUAI"],
  BUTUH_PERBAIKAN: ["DI_BAWAH", "SESUAI"],
  KURANG: ["SESUAI", "DI_BAWAH"],
  SANGAT_KURANG: ["DI_BAWAH", "DI_BAWAH"],
};

export const YEAR = new Date().getUTCFullYear();
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

export type Unit = { id: number; head: SessionUser; headId: number };

/** A unit (optionally under `parentId`) whose head holds ATASAN once they have a report. */
export async function unitWithHead(parentId: number | null = null): Promise<Unit> {
  const unit = await createUnit(seed, { parentId });
  const head = await createEmployee(seed, { unitId: unit.id, type: "PENGAWAS", roles: ["PEGAWAI", "ATASAN"] });
  return { id: unit.id, head: asSessionUser(head, ["PEGAWAI", "ATASAN"]), headId: head.id };
}

export type StaffOptions = { status?: EvaluationStatus; functionalLevel?: FunctionalLevel; raterId?: number };

/** A staff member of `unit` rated by its head: an agreed SKP for the year and, unless status is null, its annual evaluation. */
export async function ratedStaff(unit: Unit, predikat: Predikat | null, options: StaffOptions = {}) {
  const person = await createEmployee(seed, {
    unitId: unit.id,
    supervisorId: options.raterId ?? unit.headId,
    ...(options.functionalLevel ? { type: "FUNGSIONAL" as const, functionalLevel: options.functionalLevel } : {}),
  });
  const appraisal = await createAppraisal(seed, { employeeId: person.id, year: YEAR, raterRaterId: null });
  const evaluation = predikat ? await annual(appraisal.id, predikat, options.status ?? "RATED") : null;
  return { person, appraisal, evaluation };
}

export async function annual(appraisalId: number, predikat: Predikat, status: EvaluationStatus = "RATED") {
  const [workRating, behaviourRating] = RATINGS_FOR[predikat];
  return createEvaluation(seed, { appraisalId, kind: "ANNUAL", periodNo: 0, status, workRating, behaviourRating });
}

/**
 * A mid-year split: a CLOSED SKP to 30 June with its own annual evaluation, then an open one from
 * 1 July, as lib/appraisals/plan-split.ts leaves them. Returns both.
 */
export async function splitStaff(first: Unit, second: Unit, before: Predikat, after: Predikat | null) {
  const person = await createEmployee(seed, { unitId: second.id, supervisorId: second.headId });
  const early = await createAppraisal(seed, { employeeId: person.id, raterId: first.headId, raterRaterId: null, year: YEAR, status: "CLOSED", periodEnd: utc(YEAR, 6, 30) });
  await seed.appraisal.update({ where: { id: early.id }, data: { unitId: first.id } });
  const earlyEval = await annual(early.id, before);
  await seed.evaluation.update({ where: { id: earlyEval.id }, data: { unitId: first.id } });
  const late = await createAppraisal(seed, { employeeId: person.id, year: YEAR, raterRaterId: null, periodStart: utc(YEAR, 7, 1) });
  const lateEval = after ? await annual(late.id, after) : null;
  return { person, early, earlyEval, late, lateEval };
}

export async function setResult(unitId: number, result: "ISTIMEWA" | "BAIK" | "BUTUH_PERBAIKAN" | "KURANG" | "SANGAT_KURANG", year = YEAR) {
  return seed.unitYearResult.create({ data: { unitId, year, result }, select: { id: true, version: true } });
}

/** The limits table back to the defaults, so tests do not depend on what another test edited. */
export async function defaultRules(): Promise<void> {
  await seed.distributionRule.deleteMany({});
  await seed.distributionRule.createMany({ data: DEFAULT_DISTRIBUTION_RULES.map((rule) => ({ ...rule, predikats: [...rule.predikats] })) });
}
