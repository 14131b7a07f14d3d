import "server-only";
import { isTalentPool } from "@/lib/domain/talent/nine-box";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, fieldError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { latestBoxes, newestPerformanceYear, type BoxInfo } from "./box-queries";
import type { TAddSuccessor } from "./schemas";

/** Why a person is not in the talent pool, in words HR can act on. */
function notInPoolMessage(info: BoxInfo | undefined): string {
  if (!info?.predikat) return t("talent.errors.noPredikat");
  if (info.score === null) return t("talent.errors.noPotential");
  return t("talent.errors.notInPool", { box: info.box ?? "—", year: info.predikatYear ?? "—" });
}

/**
 * Adds a successor to a key position's list. Only someone in the talent pool (box 7–9 by their latest
 * predikat and potential score, as the talent pool page opens) may be added, and not the one
 * holding the position already. The person is picked by NIP, so the refusals sit beside that field.
 */
export async function addSuccessor(actor: SessionUser, positionId: number, input: TAddSuccessor): Promise<number> {
  authorize(actor, "talent.manage");
  try {
    return await db.$transaction(async (tx) => {
      const position = await tx.position.findFirst({ where: { id: positionId, isKey: true }, select: { id: true } });
      if (!position) throw new AppError("NOT_FOUND", t("errors.notFound"));
      const person = await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true, positionId: true } });
      if (!person) throw fieldError("nip", t("talent.errors.nipUnknown"));
      if (person.positionId === positionId) throw fieldError("nip", t("talent.errors.isHolder"));
      const year = await newestPerformanceYear(tx);
      const info = year === null ? undefined : (await latestBoxes(tx, [person.id], year)).get(person.id);
      if (!info || !isTalentPool(info.box)) throw fieldError("nip", notInPoolMessage(info));
      const row = await tx.successionCandidate.create({
        data: { positionId, employeeId: person.id, readiness: input.readiness, note: input.note, addedById: actor.employeeId },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: actor.userId,
        action: "talent.successor_add",
        entityType: "SuccessionCandidate",
        entityId: row.id,
        after: { positionId, employeeId: person.id, readiness: input.readiness, note: input.note, box: info.box, year, score: info.score, predikat: info.predikat },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("nip", t("talent.errors.alreadyListed"));
    throw error;
  }
}

/** Removes one successor of the position in the bound ids (another position's row is not found). */
export async function removeSuccessor(actor: SessionUser, positionId: number, successorId: number): Promise<void> {
  authorize(actor, "talent.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.successionCandidate.findFirst({
      where: { id: successorId, positionId, position: { isKey: true } },
      select: { positionId: true, employeeId: true, readiness: true, note: true, addedById: true, createdAt: true },
    });
    if (!before) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const { count } = await tx.successionCandidate.deleteMany({ where: { id: successorId, positionId } });
    if (count !== 1) throw new AppError("NOT_FOUND", t("errors.notFound"));
    await writeAudit(tx, { actorId: actor.userId, action: "talent.successor_remove", entityType: "SuccessionCandidate", entityId: successorId, before });
  });
}
