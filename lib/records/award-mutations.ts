import "server-only";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ownerForWrite } from "./owner-mutations";
import type { TAward } from "./schemas";

export async function addAward(actor: SessionUser, employeeId: number, input: TAward): Promise<number> {
  authorize(actor, "employee.records.manage");
  return db.$transaction(async (tx) => {
    await ownerForWrite(tx, actor, employeeId);
    const row = await tx.award.create({ data: { employeeId, ...input }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "records.award_add", entityType: "Award", entityId: row.id, after: { employeeId, ...input } });
    return row.id;
  });
}

export async function deleteAward(actor: SessionUser, employeeId: number, awardId: number): Promise<void> {
  authorize(actor, "employee.records.manage");
  await db.$transaction(async (tx) => {
    await ownerForWrite(tx, actor, employeeId);
    const before = await tx.award.findFirst({ where: { id: awardId, employeeId }, select: { employeeId: true, name: true, grantor: true, skNumber: true, skDate: true } });
    if (!before) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const { count } = await tx.award.deleteMany({ where: { id: awardId, employeeId } });
    if (count !== 1) throw new AppError("NOT_FOUND", t("errors.notFound"));
    await writeAudit(tx, { actorId: actor.userId, action: "records.award_delete", entityType: "Award", entityId: awardId, before });
  });
}
