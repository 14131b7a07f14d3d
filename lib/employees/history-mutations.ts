import "server-only";
import { splitOnPositionChange } from "@/lib/appraisals/plan-split";
import { compareDates } from "@/lib/domain/dates";
import { educationOrder, isWithinRegularCap, regularRankCap } from "@/lib/domain/education";
import { rankById, rankLabel } from "@/lib/domain/ranks";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import { CAPPED_RANK_KINDS, type TEducationEntry, type TPositionChange, type TRankChange } from "./schemas";

// History rows are appended, never overwritten. A row dated on or after the current one becomes the
// current pangkat/jabatan/pendidikan; an older one is a back-filled record and changes nothing else.

function isCurrentOrLater(tmt: Date, current: Date | null): boolean {
  return current === null || compareDates(tmt, current) >= 0;
}

export async function addRankChange(actor: SessionUser, employeeId: number, input: TRankChange): Promise<void> {
  authorize(actor, "employee.update");
  const rank = rankById(input.rankId);
  if (!rank) throw fieldError("rankId", t("employees.errors.rankNotFound"));
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "employee", employeeId, input.version);
    const employee = await tx.employee.findUniqueOrThrow({
      where: { id: employeeId },
      select: { status: true, educationLevel: true, serviceStart: true, rankId: true, rankTmt: true },
    });
    if (employee.status !== "PNS") throw fieldError("rankId", t("employees.errors.notPns"));
    if (CAPPED_RANK_KINDS.has(input.kind) && !isWithinRegularCap(input.rankId, employee.educationLevel)) {
      throw fieldError("rankId", t("employees.errors.aboveCap", { cap: rankLabel(regularRankCap(employee.educationLevel)) }));
    }
    if (compareDates(input.tmt, employee.serviceStart) < 0) throw fieldError("tmt", t("employees.errors.beforeServiceStart"));
    const { version: _version, ...row } = input;
    const history = await tx.rankHistory.create({ data: { employeeId, ...row }, select: { id: true } });
    const becomesCurrent = isCurrentOrLater(input.tmt, employee.rankTmt);
    if (becomesCurrent) await tx.employee.update({ where: { id: employeeId }, data: { rankId: input.rankId, rankTmt: input.tmt } });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "employee.rank_added",
      entityType: "Employee",
      entityId: employeeId,
      before: { rankId: employee.rankId, rankTmt: employee.rankTmt },
      after: { historyId: history.id, ...row, becomesCurrent },
    });
  });
}

export async function addPositionChange(actor: SessionUser, employeeId: number, input: TPositionChange): Promise<void> {
  authorize(actor, "employee.update");
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "employee", employeeId, input.version);
    await appendPositionChange(tx, actor.userId, employeeId, input);
  });
}

export type PositionChange = { positionId: number; tmt: Date; skNumber: string; skDate: Date };

/**
 * The position change itself, in the caller's transaction (HR's form above, a placement decided by
 * the committee in lib/placements): the history row, the current post and unit, the SKP split and
 * the audit row. The caller authorizes and guards the employee's version.
 */
export async function appendPositionChange(tx: Tx, actorId: number, employeeId: number, input: PositionChange): Promise<{ historyId: number; becomesCurrent: boolean }> {
  const position = await tx.position.findFirst({
    where: { id: input.positionId, active: true },
    select: { id: true, name: true, unitId: true, unit: { select: { name: true } } },
  });
  if (!position) throw fieldError("positionId", t("employees.errors.positionNotFound"));
  const employee = await tx.employee.findUniqueOrThrow({
    where: { id: employeeId },
    select: { serviceStart: true, positionId: true, positionTmt: true, unitId: true },
  });
  if (compareDates(input.tmt, employee.serviceStart) < 0) throw fieldError("tmt", t("employees.errors.beforeServiceStart"));
  const history = await tx.positionHistory.create({
    data: { employeeId, positionId: position.id, positionName: position.name, unitName: position.unit.name, tmt: input.tmt, skNumber: input.skNumber, skDate: input.skDate },
    select: { id: true },
  });
  const becomesCurrent = isCurrentOrLater(input.tmt, employee.positionTmt);
  if (becomesCurrent) {
    await tx.employee.update({ where: { id: employeeId }, data: { positionId: position.id, positionTmt: input.tmt, unitId: position.unitId } });
    // A new post mid-year closes the open SKP and opens one for the new post (lib/appraisals/plan-split.ts).
    await splitOnPositionChange(tx, employeeId, input.tmt, actorId);
  }
  await writeAudit(tx, {
    actorId,
    action: "employee.position_added",
    entityType: "Employee",
    entityId: employeeId,
    before: { positionId: employee.positionId, positionTmt: employee.positionTmt, unitId: employee.unitId },
    after: { historyId: history.id, positionId: position.id, tmt: input.tmt, skNumber: input.skNumber, skDate: input.skDate, becomesCurrent },
  });
  return { historyId: history.id, becomesCurrent };
}

export async function addEducation(actor: SessionUser, employeeId: number, input: TEducationEntry): Promise<void> {
  authorize(actor, "employee.update");
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "employee", employeeId, input.version);
    const employee = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { educationLevel: true } });
    const { version: _version, ...row } = input;
    const history = await tx.educationHistory.create({ data: { employeeId, ...row }, select: { id: true } });
    const raisesLevel = educationOrder(input.level) > educationOrder(employee.educationLevel);
    if (raisesLevel) await tx.employee.update({ where: { id: employeeId }, data: { educationLevel: input.level } });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "employee.education_added",
      entityType: "Employee",
      entityId: employeeId,
      before: { educationLevel: employee.educationLevel },
      after: { historyId: history.id, ...row, raisesLevel },
    });
  });
}
