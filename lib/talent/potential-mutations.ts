import "server-only";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import type { TAddPotential } from "./schemas";

/** HR records an assessment result; the 9-box reads the latest one per person from then on. */
export async function addPotentialScore(actor: SessionUser, employeeId: number, input: TAddPotential): Promise<number> {
  authorize(actor, "talent.manage");
  return db.$transaction(async (tx) => {
    const owner = await tx.employee.findUnique({ where: { id: employeeId }, select: { id: true } });
    if (!owner) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const row = await tx.potentialAssessment.create({ data: { employeeId, score: input.score, assessedOn: input.assessedOn, source: input.source }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "talent.potential_add", entityType: "PotentialAssessment", entityId: row.id, after: { employeeId, ...input } });
    return row.id;
  });
}

/**
 * A wrongly entered result is removed (audited with what it said): the person's box falls back to
 * the score before it. The row must belong to the person in the bound ids, or nothing is found.
 */
export async function deletePotentialScore(actor: SessionUser, employeeId: number, scoreId: number): Promise<void> {
  authorize(actor, "talent.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.potentialAssessment.findFirst({ where: { id: scoreId, employeeId }, select: { employeeId: true, score: true, assessedOn: true, source: true } });
    if (!before) throw new AppError("NOT_FOUND", t("errors.notFound"));
    // deleteMany: a concurrent delete of the same row leaves nothing to delete, which is NOT_FOUND too.
    const { count } = await tx.potentialAssessment.deleteMany({ where: { id: scoreId, employeeId } });
    if (count !== 1) throw new AppError("NOT_FOUND", t("errors.notFound"));
    await writeAudit(tx, { actorId: actor.userId, action: "talent.potential_delete", entityType: "PotentialAssessment", entityId: scoreId, before: { ...before, score: Number(before.score) } });
  });
}
