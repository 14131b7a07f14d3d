import "server-only";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/domain/appraisal/calendar";
import { CORE_VALUES } from "@/lib/domain/appraisal/core-values";
import { planTransition } from "@/lib/domain/appraisal/plan-state";
import { yearRange } from "@/lib/domain/appraisal/periods";
import { isAfter } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ownAppraisal } from "./scope";
import { claimScoped, planRefusal } from "./plan-guard";
import { resultKey, type TPlan } from "./plan-schemas";

/**
 * The employee's SKP for the current year (WIB): from 1 January, or from the day after a closed SKP
 * of the year ended, to 31 December, rated by the supervisor. Creating twice (a double click) gives
 * the one SKP: the unique (employee, open year) index decides, and the existing id is returned.
 */
export async function createYearAppraisal(actor: SessionUser): Promise<number> {
  authorize(actor, "appraisal.own");
  const employeeId = actor.employeeId;
  const year = today().getUTCFullYear();
  const existing = () => db.appraisal.findFirst({ where: { employeeId, openYear: year }, select: { id: true } });
  try {
    return await db.$transaction(async (tx) => {
      const open = await tx.appraisal.findFirst({ where: { employeeId, openYear: year }, select: { id: true } });
      if (open) return open.id;
      const employee = await tx.employee.findUniqueOrThrow({
        where: { id: employeeId },
        select: { positionId: true, unitId: true, supervisorId: true, supervisor: { select: { supervisorId: true } } },
      });
      if (!employee.supervisorId) throw new AppError("VALIDATION", t("skp.errors.noSupervisor"));
      const range = yearRange(year);
      // Closed SKPs only (open_year null): a parallel request's open SKP, committed a moment ago,
      // must reach the unique index below, not read as a year already covered.
      const lastClosed = await tx.appraisal.findFirst({ where: { employeeId, year, openYear: null }, orderBy: { periodEnd: "desc" }, select: { periodEnd: true } });
      const periodStart = lastClosed ? addDays(lastClosed.periodEnd, 1) : range.start;
      if (isAfter(periodStart, range.end)) throw new AppError("CONFLICT", t("skp.errors.yearCovered"));
      const created = await tx.appraisal.create({
        data: {
          employeeId,
          year,
          periodStart,
          periodEnd: range.end,
          raterId: employee.supervisorId,
          raterRaterId: employee.supervisor?.supervisorId ?? null,
          positionId: employee.positionId,
          unitId: employee.unitId,
          status: "DRAFT",
          openYear: year,
          behaviours: { create: CORE_VALUES.map(({ value }) => ({ value })) },
        },
        select: { id: true, periodStart: true, raterId: true, raterRaterId: true, positionId: true, unitId: true },
      });
      await writeAudit(tx, { actorId: actor.userId, action: "appraisal.create", entityType: "Appraisal", entityId: created.id, after: { year, ...created } });
      return created.id;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await existing();
    if (!winner) throw error;
    return winner.id;
  }
}

/** RHK ids in the form must be this plan's own; parents must be RHK of the rater's open plan of the year. */
async function checkReferences(tx: Tx, appraisal: { id: number; raterId: number; year: number }, plan: TPlan): Promise<void> {
  const fieldErrors: Record<string, string[]> = {};
  const ownIds = new Set((await tx.planResult.findMany({ where: { appraisalId: appraisal.id }, select: { id: true } })).map((r) => r.id));
  const parentIds = plan.results.map((r) => r.parentResultId).filter((id): id is number => id !== null);
  const validParents = new Set(
    parentIds.length
      ? (await tx.planResult.findMany({ where: { id: { in: parentIds }, appraisal: { employeeId: appraisal.raterId, openYear: appraisal.year } }, select: { id: true } })).map((r) => r.id)
      : [],
  );
  const seen = new Set<number>();
  plan.results.forEach((result, i) => {
    if (result.id !== null && (!ownIds.has(result.id) || seen.has(result.id))) fieldErrors[resultKey(i, "text")] = [t("skp.errors.resultNotInPlan")];
    if (result.id !== null) seen.add(result.id);
    if (result.parentResultId !== null && !validParents.has(result.parentResultId)) fieldErrors[resultKey(i, "parentResultId")] = [t("skp.errors.parentNotRater")];
  });
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", t("errors.validation"), fieldErrors);
}

/**
 * Replaces the whole plan in one transaction. RHK that were already in the plan keep their row (team
 * RHK link to them); removed ones are deleted, new ones inserted; indicators are rewritten.
 */
export async function savePlan(actor: SessionUser, appraisalId: number, plan: TPlan): Promise<void> {
  authorize(actor, "appraisal.own");
  await db.$transaction(async (tx) => {
    const appraisal = await claimScoped(tx, appraisalId, ownAppraisal(actor), plan.version);
    const transition = planTransition(appraisal.status, "EDIT");
    if (!transition.ok) throw planRefusal(transition.error);
    await checkReferences(tx, appraisal, plan);
    const before = await tx.planResult.findMany({ where: { appraisalId }, select: { id: true, text: true, parentResultId: true, _count: { select: { indicators: true } } }, orderBy: { position: "asc" } });
    const keep = plan.results.map((r) => r.id).filter((id): id is number => id !== null);
    await tx.planResult.deleteMany({ where: { appraisalId, id: { notIn: keep } } });
    if (keep.length) await tx.planIndicator.deleteMany({ where: { resultId: { in: keep } } });
    for (const [index, result] of plan.results.entries()) {
      const data = { position: index + 1, text: result.text, parentResultId: result.parentResultId };
      const indicators = { create: result.indicators.map((indicator, j) => ({ position: j + 1, ...indicator })) };
      if (result.id !== null) await tx.planResult.update({ where: { id: result.id }, data: { ...data, indicators } });
      else await tx.planResult.create({ data: { ...data, appraisalId, indicators } });
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "appraisal.plan_saved",
      entityType: "Appraisal",
      entityId: appraisalId,
      before: before.map((r) => ({ id: r.id, text: r.text, parentResultId: r.parentResultId, indicators: r._count.indicators })),
      after: plan.results,
    });
  });
}
