import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/passwords";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import type { TResetPassword, TUpdateAccount } from "./schemas";

/**
 * Bumps the session version if it is still the one the form was opened with. The bump is also what
 * ends the person's current sessions (session.ts compares it on every request).
 */
async function claimAccount(tx: Tx, employeeId: number, version: number) {
  const before = await tx.user.findUnique({ where: { employeeId }, select: { id: true, roles: true, active: true, sessionVersion: true } });
  if (!before) throw new AppError("NOT_FOUND", t("errors.notFound"));
  const { count } = await tx.user.updateMany({ where: { id: before.id, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT", t("errors.conflict"));
  return before;
}

export async function updateAccount(actor: SessionUser, employeeId: number, input: TUpdateAccount): Promise<void> {
  authorize(actor, "user.manage");
  // An admin who removes their own admin role or deactivates themselves cannot undo it.
  if (employeeId === actor.employeeId && (!input.active || !input.roles.includes("ADMIN_BKD"))) {
    throw new AppError("VALIDATION", t("employees.account.selfLockout"));
  }
  await db.$transaction(async (tx) => {
    const before = await claimAccount(tx, employeeId, input.version);
    await tx.user.update({ where: { id: before.id }, data: { roles: input.roles, active: input.active } });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "user.update",
      entityType: "User",
      entityId: before.id,
      before: { roles: before.roles, active: before.active },
      after: { roles: input.roles, active: input.active },
    });
  });
}

export async function resetPassword(actor: SessionUser, employeeId: number, input: TResetPassword): Promise<void> {
  authorize(actor, "user.manage");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    const before = await claimAccount(tx, employeeId, input.version);
    await tx.user.update({ where: { id: before.id }, data: { passwordHash } });
    // Neither password appears in the audit row.
    await writeAudit(tx, { actorId: actor.userId, action: "user.password_reset", entityType: "User", entityId: before.id });
  });
}
