import "server-only";
import { employeeReadScope } from "@/lib/employees/scope";
import { t } from "@/lib/i18n";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

export type WriteOwner = { id: number; birthDate: Date; serviceStart: Date };

/**
 * First step of every records write: the permission, then the person inside the writer's read scope
 * (HR reads everyone today; the scope keeps it right if the permission is ever granted more narrowly).
 */
export async function ownerForWrite(tx: Tx, actor: SessionUser, employeeId: number): Promise<WriteOwner> {
  authorize(actor, "employee.records.manage");
  const owner = await tx.employee.findFirst({ where: { AND: [{ id: employeeId }, employeeReadScope(actor)] }, select: { id: true, birthDate: true, serviceStart: true } });
  if (!owner) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return owner;
}
