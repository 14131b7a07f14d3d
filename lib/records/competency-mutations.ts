import "server-only";
import { addYears, isBefore } from "@/lib/domain/dates";
import { formatDate, t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ownerForWrite } from "./owner-mutations";
import type { TAddAssessment } from "./schemas";

/** Nobody is assessed as an ASN before the age of 18 (the minimum age of appointment). */
export const MIN_ASSESSMENT_AGE = 18;

export async function addCompetencyAssessment(actor: SessionUser, employeeId: number, input: TAddAssessment): Promise<number> {
  authorize(actor, "employee.records.manage");
  return db.$transaction(async (tx) => {
    const owner = await ownerForWrite(tx, actor, employeeId);
    const competency = await tx.competency.findUnique({ where: { id: input.competencyId }, select: { maxLevel: true } });
    if (!competency) throw fieldError("competencyId", t("records.errors.competencyNotFound"));
    if (input.level > competency.maxLevel) throw fieldError("level", t("errors.numberRange", { min: 1, max: competency.maxLevel }));
    const earliest = addYears(owner.birthDate, MIN_ASSESSMENT_AGE);
    if (isBefore(input.assessedOn, earliest)) throw fieldError("assessedOn", t("records.errors.assessedTooEarly", { date: formatDate(earliest) }));
    const row = await tx.competencyAssessment.create({ data: { employeeId, ...input }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "records.assessment_add", entityType: "CompetencyAssessment", entityId: row.id, after: { employeeId, ...input } });
    return row.id;
  });
}

/** A wrongly entered result is removed (audited with what it said); the latest level falls back to the one before. */
export async function deleteCompetencyAssessment(actor: SessionUser, employeeId: number, assessmentId: number): Promise<void> {
  authorize(actor, "employee.records.manage");
  await db.$transaction(async (tx) => {
    await ownerForWrite(tx, actor, employeeId);
    const before = await tx.competencyAssessment.findFirst({
      where: { id: assessmentId, employeeId },
      select: { employeeId: true, competencyId: true, level: true, assessedOn: true, source: true, notes: true },
    });
    if (!before) throw new AppError("NOT_FOUND", t("errors.notFound"));
    // deleteMany: a concurrent delete of the same row leaves nothing to delete, which is NOT_FOUND too.
    const { count } = await tx.competencyAssessment.deleteMany({ where: { id: assessmentId, employeeId } });
    if (count !== 1) throw new AppError("NOT_FOUND", t("errors.notFound"));
    await writeAudit(tx, { actorId: actor.userId, action: "records.assessment_delete", entityType: "CompetencyAssessment", entityId: assessmentId, before });
  });
}
