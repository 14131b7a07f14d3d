import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, fieldError } from "@/lib/server/errors";
import { lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import type { TCreateCompetency, TUpdateCompetency } from "./schemas";

async function guardDuplicateCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("code", t("competencies.errors.codeTaken"));
    throw error;
  }
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: number): Promise<void> {
  if (await tx.competency.count({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) } })) throw fieldError("code", t("competencies.errors.codeTaken"));
}

/**
 * Edits and deletes lock the row (lockVersion) rather than just bumping the version: the lock also
 * waits for position standards being saved with this competency (they hold it FOR SHARE), so the
 * level and usage checks after it see them.
 */
async function lockAndRead(tx: Tx, id: number, version: number) {
  await lockVersion(tx, "competency", id, version);
  return tx.competency.findUniqueOrThrow({ where: { id }, select: { code: true, name: true, kind: true, maxLevel: true } });
}

export async function createCompetency(actor: SessionUser, input: TCreateCompetency): Promise<number> {
  authorize(actor, "competency.manage");
  return guardDuplicateCode(() =>
    db.$transaction(async (tx) => {
      await assertCodeFree(tx, input.code);
      const { id } = await tx.competency.create({ data: input, select: { id: true } });
      await writeAudit(tx, { actorId: actor.userId, action: "competency.create", entityType: "Competency", entityId: id, after: input });
      return id;
    }),
  );
}

export async function updateCompetency(actor: SessionUser, id: number, input: TUpdateCompetency): Promise<void> {
  authorize(actor, "competency.manage");
  await guardDuplicateCode(() =>
    db.$transaction(async (tx) => {
      const before = await lockAndRead(tx, id, input.version);
      if (input.code !== before.code) await assertCodeFree(tx, input.code, id);
      // Lowering the top level must not strand a position standard above it.
      const highest = await tx.positionCompetency.aggregate({ where: { competencyId: id }, _max: { requiredLevel: true } });
      const used = highest._max.requiredLevel ?? 0;
      if (input.maxLevel < used) throw fieldError("maxLevel", t("competencies.errors.maxBelowUsed", { level: used }));
      const { version: _version, ...data } = input;
      await tx.competency.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
      await writeAudit(tx, { actorId: actor.userId, action: "competency.update", entityType: "Competency", entityId: id, before, after: data });
    }),
  );
}

export async function deleteCompetency(actor: SessionUser, id: number, version: number): Promise<void> {
  authorize(actor, "competency.manage");
  await db.$transaction(async (tx) => {
    const before = await lockAndRead(tx, id, version);
    const used = await tx.positionCompetency.count({ where: { competencyId: id } });
    if (used) throw new AppError("CONFLICT", t("competencies.errors.inUse", { n: used }));
    await tx.competency.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.userId, action: "competency.delete", entityType: "Competency", entityId: id, before });
  });
}
