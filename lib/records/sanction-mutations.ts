import "server-only";
import { isBefore } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion, lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ownerForWrite, type WriteOwner } from "./owner-mutations";
import type { TSanction, TUpdateSanction } from "./schemas";

// Sanctions feed the KP checklist and the eligibility screening (lib/career), so an edit is versioned:
// two HR officers correcting the same SK cannot silently overwrite each other.

const recordSelect = {
  employeeId: true,
  level: true,
  kind: true,
  reason: true,
  startDate: true,
  endDate: true,
  blocksPromotion: true,
  skNumber: true,
  skDate: true,
} as const;

function checkAgainstOwner(owner: WriteOwner, input: TSanction): void {
  if (isBefore(input.startDate, owner.serviceStart)) throw fieldError("startDate", t("records.errors.beforeService"));
}

/** The sanction of this person, or NOT_FOUND (an id of someone else's sanction finds nothing). */
async function findOwn(tx: Tx, employeeId: number, sanctionId: number) {
  const row = await tx.sanction.findFirst({ where: { id: sanctionId, employeeId }, select: recordSelect });
  if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return row;
}

export async function addSanction(actor: SessionUser, employeeId: number, input: TSanction): Promise<number> {
  authorize(actor, "employee.records.manage");
  return db.$transaction(async (tx) => {
    const owner = await ownerForWrite(tx, actor, employeeId);
    checkAgainstOwner(owner, input);
    const row = await tx.sanction.create({ data: { employeeId, ...input }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "records.sanction_add", entityType: "Sanction", entityId: row.id, after: { employeeId, ...input } });
    return row.id;
  });
}

export async function updateSanction(actor: SessionUser, employeeId: number, sanctionId: number, input: TUpdateSanction): Promise<void> {
  authorize(actor, "employee.records.manage");
  await db.$transaction(async (tx) => {
    const owner = await ownerForWrite(tx, actor, employeeId);
    await findOwn(tx, employeeId, sanctionId);
    // Scope first, then the version the form showed: the row stays ours until the transaction ends.
    await claimVersion(tx, "sanction", sanctionId, input.version);
    const before = await findOwn(tx, employeeId, sanctionId);
    const { version: _version, ...data } = input;
    checkAgainstOwner(owner, data);
    await tx.sanction.update({ where: { id: sanctionId }, data });
    await writeAudit(tx, { actorId: actor.userId, action: "records.sanction_update", entityType: "Sanction", entityId: sanctionId, before, after: data });
  });
}

export async function deleteSanction(actor: SessionUser, employeeId: number, sanctionId: number, version: number): Promise<void> {
  authorize(actor, "employee.records.manage");
  await db.$transaction(async (tx) => {
    await ownerForWrite(tx, actor, employeeId);
    await findOwn(tx, employeeId, sanctionId);
    await lockVersion(tx, "sanction", sanctionId, version);
    const before = await findOwn(tx, employeeId, sanctionId);
    await tx.sanction.delete({ where: { id: sanctionId } });
    await writeAudit(tx, { actorId: actor.userId, action: "records.sanction_delete", entityType: "Sanction", entityId: sanctionId, before });
  });
}
