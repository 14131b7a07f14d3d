import "server-only";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/domain/appraisal/calendar";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { splitDecision } from "./plan-rules";

// A change of rater or position during the year closes the SKP the day before the change and opens a
// new DRAFT one from the change to 31 December (PermenPANRB 6/2022: both count for the year). The new
// plan starts as a copy of the old RHK so the employee adjusts rather than retypes.

export type RaterOverride = { raterId: number; raterRaterId: number | null };
export type SplitResult = { closedId: number | null; openedId: number };

const openSelect = {
  id: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  raterId: true,
  raterRaterId: true,
  positionId: true,
  unitId: true,
  status: true,
  version: true,
  behaviours: { select: { value: true, expectation: true } },
  results: {
    select: { id: true, position: true, text: true, parentResultId: true, indicators: { select: { position: true, text: true, targetKind: true, targetValue: true, targetUnit: true, targetText: true }, orderBy: { position: "asc" } } },
    orderBy: { position: "asc" },
  },
} as const;

/** The rater a split gives: HR's choice, else the current supervisor, else the SKP's rater unchanged. */
async function nextRater(tx: Tx, employeeId: number, current: { raterId: number; raterRaterId: number | null }, override?: RaterOverride) {
  if (override) return override;
  const employee = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { supervisorId: true, supervisor: { select: { supervisorId: true } } } });
  if (!employee.supervisorId) return current;
  return { raterId: employee.supervisorId, raterRaterId: employee.supervisor?.supervisorId ?? null };
}

/**
 * Closes the employee's open SKP of `effectiveDate`'s year and opens its successor, in the caller's
 * transaction. A change on or before the SKP's first day retargets it in place instead (no day of
 * it belonged to the old arrangement). Null when there is no open SKP that year.
 */
export async function closeAndReopen(tx: Tx, employeeId: number, effectiveDate: Date, reason: string, actorId: number | null, override?: RaterOverride): Promise<SplitResult | null> {
  const open = await tx.appraisal.findFirst({ where: { employeeId, openYear: effectiveDate.getUTCFullYear() }, select: openSelect });
  if (!open) return null;
  const decision = splitDecision(open.periodStart, open.periodEnd, effectiveDate);
  if (decision === "OUTSIDE") return null;
  const rater = await nextRater(tx, employeeId, open, override);
  if (rater.raterId === employeeId || rater.raterRaterId === employeeId) throw new AppError("VALIDATION", t("skp.errors.raterSelf"));
  const employee = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { positionId: true, unitId: true } });
  const target = { ...rater, positionId: employee.positionId, unitId: employee.unitId };
  const before = { raterId: open.raterId, raterRaterId: open.raterRaterId, positionId: open.positionId, unitId: open.unitId, periodEnd: open.periodEnd, status: open.status };

  if (decision === "RETARGET") {
    await tx.appraisal.update({ where: { id: open.id }, data: { ...target, version: { increment: 1 } } });
    // Evaluations carry copies of the rater and unit for the team and distribution pages.
    await tx.evaluation.updateMany({ where: { appraisalId: open.id }, data: { raterId: target.raterId, unitId: target.unitId } });
    await writeAudit(tx, { actorId, action: "appraisal.retarget", entityType: "Appraisal", entityId: open.id, before, after: { ...target, reason } });
    return { closedId: null, openedId: open.id };
  }

  const closedEnd = addDays(effectiveDate, -1);
  const closed = await tx.appraisal.updateMany({
    where: { id: open.id, version: open.version, openYear: { not: null } },
    data: { status: "CLOSED", openYear: null, periodEnd: closedEnd, closedAt: new Date(), closedReason: reason, version: { increment: 1 } },
  });
  if (closed.count !== 1) throw new AppError("CONFLICT", t("errors.conflict"));

  // A link to the rater's RHK survives only if that RHK is in the new rater's open plan for the year.
  const parentIds = open.results.map((r) => r.parentResultId).filter((id): id is number => id !== null);
  const validParents = new Set(
    parentIds.length
      ? (await tx.planResult.findMany({ where: { id: { in: parentIds }, appraisal: { employeeId: target.raterId, openYear: open.year } }, select: { id: true } })).map((r) => r.id)
      : [],
  );
  const sameRater = target.raterId === open.raterId;
  const opened = await tx.appraisal.create({
    data: {
      employeeId,
      year: open.year,
      periodStart: effectiveDate,
      periodEnd: open.periodEnd,
      ...target,
      status: "DRAFT",
      openYear: open.year,
      behaviours: { create: open.behaviours.map((b) => ({ value: b.value, expectation: sameRater ? b.expectation : null })) },
      results: {
        create: open.results.map((r) => ({
          position: r.position,
          text: r.text,
          parentResultId: r.parentResultId !== null && validParents.has(r.parentResultId) ? r.parentResultId : null,
          indicators: { create: r.indicators },
        })),
      },
    },
    select: { id: true, results: { select: { id: true }, orderBy: { position: "asc" } } },
  });

  // Team RHK that supported the closed plan's results now support their copies, so the cascade holds.
  const oldIds = open.results.map((r) => r.id);
  const newIds = opened.results.map((r) => r.id);
  if (oldIds.length) {
    await tx.$executeRaw`
      UPDATE plan_results AS pr SET parent_result_id = m.new_id
      FROM unnest(${oldIds}::int[], ${newIds}::int[]) AS m(old_id, new_id), appraisals AS a
      WHERE pr.parent_result_id = m.old_id AND a.id = pr.appraisal_id AND a.status <> 'CLOSED'`;
  }

  await writeAudit(tx, { actorId, action: "appraisal.close", entityType: "Appraisal", entityId: open.id, before, after: { status: "CLOSED", periodEnd: closedEnd, reason } });
  await writeAudit(tx, { actorId, action: "appraisal.reopen", entityType: "Appraisal", entityId: opened.id, after: { previousId: open.id, periodStart: effectiveDate, ...target, reason } });
  return { closedId: open.id, openedId: opened.id };
}

/** From lib/employees/mutations.ts: a new supervisor becomes the rater from today. No supervisor: the SKP keeps its rater. */
export async function splitOnSupervisorChange(tx: Tx, employeeId: number, supervisorId: number | null, actorId: number | null): Promise<SplitResult | null> {
  if (supervisorId === null) return null;
  const effective = today();
  const open = await tx.appraisal.findFirst({ where: { employeeId, openYear: effective.getUTCFullYear() }, select: { raterId: true } });
  if (!open || open.raterId === supervisorId) return null;
  return closeAndReopen(tx, employeeId, effective, t("skp.split.supervisorReason"), actorId);
}

/** From lib/employees/history-mutations.ts: a new current position, effective on its TMT. */
export async function splitOnPositionChange(tx: Tx, employeeId: number, tmt: Date, actorId: number | null): Promise<SplitResult | null> {
  const open = await tx.appraisal.findFirst({ where: { employeeId, openYear: tmt.getUTCFullYear() }, select: { positionId: true, periodStart: true, periodEnd: true } });
  if (!open || splitDecision(open.periodStart, open.periodEnd, tmt) === "OUTSIDE") return null;
  const current = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { positionId: true } });
  if (current.positionId === open.positionId) return null;
  return closeAndReopen(tx, employeeId, tmt, t("skp.split.positionReason"), actorId);
}
