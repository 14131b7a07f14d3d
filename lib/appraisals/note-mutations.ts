import "server-only";
import { today } from "@/lib/clock";
import { isAfter, isBefore } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { lockScoped } from "./plan-guard";
import { canWriteNote } from "./plan-rules";
import type { TNote } from "./note-schemas";
import { ownAppraisal, ratedAppraisal } from "./scope";

/** The two sides of the dialog: the employee on their own SKP, the rater on the SKPs they rate. */
export function noteWriteScope(user: SessionUser): Prisma.AppraisalWhereInput | null {
  const sides: Prisma.AppraisalWhereInput[] = [];
  if (can(user, "appraisal.own")) sides.push(ownAppraisal(user));
  if (can(user, "appraisal.rate")) sides.push(ratedAppraisal(user));
  return sides.length ? { OR: sides } : null;
}

/** A dated feedback / dialog kinerja note; the record is read-only once the SKP is closed. */
export async function addNote(actor: SessionUser, appraisalId: number, input: TNote): Promise<number> {
  const scope = noteWriteScope(actor);
  if (!scope) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  return db.$transaction(async (tx) => {
    const appraisal = await lockScoped(tx, appraisalId, scope);
    if (!canWriteNote(appraisal.status)) throw new AppError("CONFLICT", t("skp.errors.plan.ALREADY_CLOSED"));
    if (isAfter(input.date, today())) throw fieldError("date", t("errors.dateInFuture"));
    if (isBefore(input.date, appraisal.periodStart) || isAfter(input.date, appraisal.periodEnd)) throw fieldError("date", t("skp.errors.dateOutsidePeriod"));
    const note = await tx.performanceNote.create({ data: { appraisalId, authorId: actor.employeeId, date: input.date, text: input.text }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "appraisal.note", entityType: "Appraisal", entityId: appraisalId, after: { noteId: note.id, ...input } });
    return note.id;
  });
}
