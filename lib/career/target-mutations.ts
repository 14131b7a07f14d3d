import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, fieldError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import type { TClearCareerTarget, TSetCareerTarget } from "./schemas";

// Only the person sets their own jabatan target: every write is keyed by the session's employee, so
// no id from the browser can point it at someone else. HR and supervisors only read it.

async function currentTarget(tx: Tx, employeeId: number): Promise<number | null> {
  // FOR UPDATE: a second tab saving at the same moment waits here and then sees this one's result.
  const rows = await tx.$queryRaw<{ position_id: number }[]>`SELECT position_id FROM career_targets WHERE employee_id = ${employeeId} FOR UPDATE`;
  return rows[0]?.position_id ?? null;
}

function checkExpected(actual: number | null, expected: number | null): void {
  if (actual !== expected) throw new AppError("CONFLICT", t("career.target.errors.conflict"));
}

export async function setCareerTarget(user: SessionUser, input: TSetCareerTarget): Promise<void> {
  authorize(user, "career.own");
  const employeeId = user.employeeId;
  try {
    await db.$transaction(async (tx) => {
      const before = await currentTarget(tx, employeeId);
      checkExpected(before, input.expected);
      const position = await tx.position.findFirst({ where: { id: input.positionId, active: true }, select: { id: true } });
      if (!position) throw fieldError("positionId", t("career.target.errors.positionNotFound"));
      const me = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { positionId: true } });
      if (me.positionId === position.id) throw fieldError("positionId", t("career.target.errors.currentPosition"));
      if (before === position.id) throw fieldError("positionId", t("career.target.errors.alreadyTarget"));
      await tx.careerTarget.upsert({
        where: { employeeId },
        create: { employeeId, positionId: position.id },
        update: { positionId: position.id, chosenAt: new Date() },
      });
      await writeAudit(tx, {
        actorId: user.userId,
        action: "career.target_set",
        entityType: "CareerTarget",
        entityId: employeeId,
        before: before === null ? null : { positionId: before },
        after: { positionId: position.id },
      });
    });
  } catch (error) {
    // Two first saves at once: the row lock had nothing to lock, so the primary key decides.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", t("career.target.errors.conflict"));
    throw error;
  }
}

export async function clearCareerTarget(user: SessionUser, input: TClearCareerTarget): Promise<void> {
  authorize(user, "career.own");
  const employeeId = user.employeeId;
  await db.$transaction(async (tx) => {
    const before = await currentTarget(tx, employeeId);
    if (before === null && input.expected === null) throw new AppError("VALIDATION", t("career.target.errors.noTarget"));
    checkExpected(before, input.expected);
    await tx.careerTarget.delete({ where: { employeeId } });
    await writeAudit(tx, { actorId: user.userId, action: "career.target_cleared", entityType: "CareerTarget", entityId: employeeId, before: { positionId: before } });
  });
}
