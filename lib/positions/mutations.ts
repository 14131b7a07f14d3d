import "server-only";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion, lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import { positionIssues, standardRowKey, type StandardRow, type TCreatePosition, type TUpdatePosition } from "./schemas";

function validationError(issues: { path: string; message: string }[]): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) fieldErrors[issue.path] = [...(fieldErrors[issue.path] ?? []), issue.message];
  return new AppError("VALIDATION", t("errors.validation"), fieldErrors);
}

/**
 * What only the database can answer: the unit exists and each competency exists and defines the
 * required level. Run inside the write's transaction, after the pure rules.
 */
async function checkAgainstData(tx: Tx, input: TCreatePosition): Promise<void> {
  const issues = positionIssues(input);
  if (issues.length) throw validationError(issues);
  if (!(await tx.orgUnit.count({ where: { id: input.unitId } }))) throw fieldError("unitId", t("positions.errors.unitNotFound"));
  const ids = input.competencies.map((row) => row.competencyId);
  // FOR SHARE: a competency cannot be deleted or have its levels cut while this standard is saved.
  const found = ids.length
    ? await tx.$queryRaw<{ id: number; maxLevel: number }[]>`SELECT id, max_level AS "maxLevel" FROM competencies WHERE id = ANY(${ids}::int[]) FOR SHARE`
    : [];
  const maxLevel = new Map(found.map((c) => [c.id, c.maxLevel]));
  input.competencies.forEach((row, index) => {
    const max = maxLevel.get(row.competencyId);
    if (max === undefined) issues.push({ path: standardRowKey(index), message: t("positions.errors.competencyNotFound") });
    else if (row.requiredLevel < 1 || row.requiredLevel > max) issues.push({ path: standardRowKey(index), message: t("positions.errors.levelAboveMax", { max }) });
  });
  if (issues.length) throw validationError(issues);
}

function columns(input: TCreatePosition) {
  const { competencies: _competencies, ...rest } = input;
  return rest;
}

const auditSelect = {
  name: true,
  type: true,
  functionalLevel: true,
  grade: true,
  unitId: true,
  minRankId: true,
  minEducation: true,
  formation: true,
  active: true,
  isKey: true,
  competencies: { select: { competencyId: true, requiredLevel: true }, orderBy: { competencyId: "asc" } },
} as const;

export async function createPosition(actor: SessionUser, input: TCreatePosition): Promise<number> {
  authorize(actor, "position.manage");
  return db.$transaction(async (tx) => {
    await checkAgainstData(tx, input);
    const { id } = await tx.position.create({
      data: { ...columns(input), competencies: { createMany: { data: input.competencies } } },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "position.create", entityType: "Position", entityId: id, after: input });
    return id;
  });
}

/** Saves the position and replaces its whole competency standard, in one transaction. */
export async function updatePosition(actor: SessionUser, id: number, input: TUpdatePosition): Promise<void> {
  authorize(actor, "position.manage");
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "position", id, input.version);
    const { version: _version, ...data } = input;
    await checkAgainstData(tx, data);
    const before = await tx.position.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await tx.position.update({ where: { id }, data: columns(data) });
    await replaceStandard(tx, id, data.competencies);
    await writeAudit(tx, { actorId: actor.userId, action: "position.update", entityType: "Position", entityId: id, before, after: data });
  });
}

async function replaceStandard(tx: Tx, positionId: number, rows: readonly StandardRow[]): Promise<void> {
  await tx.positionCompetency.deleteMany({ where: { positionId } });
  if (rows.length) await tx.positionCompetency.createMany({ data: rows.map((row) => ({ positionId, ...row })) });
}

/**
 * Only a position nobody holds and nobody ever held goes: position history rows point at it, and
 * those records are the career of real people. Deactivate instead.
 */
export async function deletePosition(actor: SessionUser, id: number, version: number): Promise<void> {
  authorize(actor, "position.manage");
  await db.$transaction(async (tx) => {
    await lockVersion(tx, "position", id, version);
    const position = await tx.position.findUniqueOrThrow({ where: { id }, select: { ...auditSelect, _count: { select: { holders: true, histories: true } } } });
    const { holders, histories } = position._count;
    if (holders) throw new AppError("CONFLICT", t("positions.errors.hasHolders", { n: holders }));
    if (histories) throw new AppError("CONFLICT", t("positions.errors.hasHistory", { n: histories }));
    await tx.position.delete({ where: { id } });
    const { _count, ...before } = position;
    await writeAudit(tx, { actorId: actor.userId, action: "position.delete", entityType: "Position", entityId: id, before });
  });
}
