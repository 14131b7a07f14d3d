import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion, lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import type { TCreateOrgUnit, TUpdateOrgUnit } from "./schemas";

/**
 * Creating and moving units read a parent's path and write paths below it. Two such writes at once
 * could each pass their own check and together form a cycle (A under B, B under A), or a new child
 * could miss a concurrent move of its parent; one transaction-scoped lock makes them take turns.
 * Tree changes are rare admin work, so the queue is never long.
 */
async function lockTree(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.org_units.tree'))`;
}

async function parentPath(tx: Tx, parentId: number | null): Promise<number[]> {
  if (parentId === null) return [];
  const parent = await tx.orgUnit.findUnique({ where: { id: parentId }, select: { path: true } });
  if (!parent) throw fieldError("parentId", t("orgUnits.errors.parentNotFound"));
  return parent.path;
}

async function assertCodeFree(tx: Tx, code: string, exceptId?: number): Promise<void> {
  const taken = await tx.orgUnit.count({ where: { code, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken) throw fieldError("code", t("orgUnits.errors.codeTaken"));
}

/** The unique index has the last word when two admins pick the same code at the same moment. */
async function guardDuplicateCode<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("code", t("orgUnits.errors.codeTaken"));
    throw error;
  }
}

export async function createOrgUnit(actor: SessionUser, input: TCreateOrgUnit): Promise<number> {
  authorize(actor, "orgUnit.manage");
  return guardDuplicateCode(() =>
    db.$transaction(async (tx) => {
      await lockTree(tx);
      await assertCodeFree(tx, input.code);
      const above = await parentPath(tx, input.parentId);
      // The path ends with the unit's own id, which exists only after the insert.
      const { id } = await tx.orgUnit.create({ data: { ...input, path: [] }, select: { id: true } });
      const path = [...above, id];
      await tx.orgUnit.update({ where: { id }, data: { path } });
      await writeAudit(tx, { actorId: actor.userId, action: "orgUnit.create", entityType: "OrgUnit", entityId: id, after: { ...input, path } });
      return id;
    }),
  );
}

/**
 * The unit and everything below it carry the unit's old path as their prefix; swap it for the new
 * one in one statement, however large the subtree.
 */
async function moveSubtree(tx: Tx, id: number, oldPath: number[], newPath: number[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE org_units
    SET path = ${newPath}::int[] || path[${oldPath.length + 1}:]
    WHERE path @> ARRAY[${id}]::int[]`;
}

export async function updateOrgUnit(actor: SessionUser, id: number, input: TUpdateOrgUnit): Promise<void> {
  authorize(actor, "orgUnit.manage");
  await guardDuplicateCode(() =>
    db.$transaction(async (tx) => {
      await lockTree(tx);
      await claimVersion(tx, "orgUnit", id, input.version);
      const before = await tx.orgUnit.findUniqueOrThrow({ where: { id }, select: { code: true, name: true, parentId: true, path: true } });
      if (input.code !== before.code) await assertCodeFree(tx, input.code, id);
      let path = before.path;
      if (input.parentId !== before.parentId) {
        if (input.parentId === id) throw fieldError("parentId", t("orgUnits.errors.parentSelf"));
        const above = await parentPath(tx, input.parentId);
        if (above.includes(id)) throw fieldError("parentId", t("orgUnits.errors.parentDescendant"));
        path = [...above, id];
        await moveSubtree(tx, id, before.path, path);
      }
      const { version: _version, ...fields } = input;
      await tx.orgUnit.update({ where: { id }, data: fields });
      await writeAudit(tx, { actorId: actor.userId, action: "orgUnit.update", entityType: "OrgUnit", entityId: id, before, after: { ...fields, path } });
    }),
  );
}

export async function deleteOrgUnit(actor: SessionUser, id: number, version: number): Promise<void> {
  authorize(actor, "orgUnit.manage");
  await db.$transaction(async (tx) => {
    await lockVersion(tx, "orgUnit", id, version);
    const unit = await tx.orgUnit.findUniqueOrThrow({
      where: { id },
      select: { code: true, name: true, parentId: true, path: true, _count: { select: { children: true, positions: true, employees: true } } },
    });
    const { children, positions, employees } = unit._count;
    if (children || positions || employees) {
      throw new AppError("CONFLICT", t("orgUnits.errors.notEmpty", { subUnits: children, positions, employees }));
    }
    await tx.orgUnit.delete({ where: { id } });
    const { _count, ...before } = unit;
    await writeAudit(tx, { actorId: actor.userId, action: "orgUnit.delete", entityType: "OrgUnit", entityId: id, before });
  });
}
