import "server-only";
import { TRAINING_KIND_TYPE } from "@/lib/domain/career/development";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion, lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import type { TTraining, TUpdateTraining } from "./catalog-schemas";

// The catalog (HR, "training.manage"). The type is never typed in: it follows from the kind.

/** Competencies and the unit must exist; each refusal beside its field, all at once. */
async function checkReferences(tx: Tx, input: TTraining): Promise<void> {
  const problems: Record<string, string[]> = {};
  if (input.competencyIds.length) {
    const found = await tx.competency.count({ where: { id: { in: input.competencyIds } } });
    if (found !== input.competencyIds.length) problems.competencyIds = [t("trainings.errors.competencyNotFound")];
  }
  if (input.unitId !== null && !(await tx.orgUnit.findUnique({ where: { id: input.unitId }, select: { id: true } }))) {
    problems.unitId = [t("trainings.errors.unitNotFound")];
  }
  if (Object.keys(problems).length) throw new AppError("VALIDATION", t("errors.validation"), problems);
}

function columns(input: TTraining) {
  const { competencyIds: _competencies, ...rest } = input;
  return { ...rest, type: TRAINING_KIND_TYPE[input.kind] };
}

export async function createTraining(actor: SessionUser, input: TTraining): Promise<number> {
  authorize(actor, "training.manage");
  return db.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const created = await tx.training.create({
      data: { ...columns(input), competencies: { create: input.competencyIds.map((competencyId) => ({ competencyId })) } },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "training.create", entityType: "Training", entityId: created.id, after: columns(input) });
    return created.id;
  });
}

const auditSelect = {
  title: true,
  kind: true,
  type: true,
  provider: true,
  mode: true,
  location: true,
  startDate: true,
  endDate: true,
  registrationDeadline: true,
  hours: true,
  quota: true,
  seatsTaken: true,
  positionTypes: true,
  minRankId: true,
  unitId: true,
  published: true,
  competencies: { select: { competencyId: true } },
} as const;

export async function updateTraining(actor: SessionUser, id: number, input: TUpdateTraining): Promise<void> {
  authorize(actor, "training.manage");
  const { version, ...fields } = input;
  await db.$transaction(async (tx) => {
    // Claiming the version also locks the row: registrations wait, so seatsTaken below is final.
    await claimVersion(tx, "training", id, version);
    const before = await tx.training.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await checkReferences(tx, fields);
    if (fields.quota < before.seatsTaken) throw fieldError("quota", t("trainings.errors.quotaBelowSeats", { n: before.seatsTaken }));
    // JP already in people's ledgers came from these hours and this type; they stay as recorded.
    const changesCredit = Number(before.hours) !== fields.hours || before.type !== TRAINING_KIND_TYPE[fields.kind];
    if (changesCredit && (await tx.trainingRegistration.count({ where: { trainingId: id, status: "COMPLETED" } }))) {
      throw fieldError("hours", t("trainings.errors.creditLocked"));
    }
    await tx.trainingCompetency.deleteMany({ where: { trainingId: id } });
    await tx.training.update({
      where: { id },
      data: { ...columns(fields), competencies: { create: fields.competencyIds.map((competencyId) => ({ competencyId })) } },
    });
    await writeAudit(tx, { actorId: actor.userId, action: "training.update", entityType: "Training", entityId: id, before, after: columns(fields) });
  });
}

/** Publish or unpublish; asking for the state it is already in is refused (a stale page). */
export async function setTrainingPublished(actor: SessionUser, id: number, version: number, published: boolean): Promise<void> {
  authorize(actor, "training.manage");
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "training", id, version);
    const before = await tx.training.findUniqueOrThrow({ where: { id }, select: { published: true } });
    if (before.published === published) throw new AppError("CONFLICT", t(published ? "trainings.errors.alreadyPublished" : "trainings.errors.alreadyUnpublished"));
    await tx.training.update({ where: { id }, data: { published } });
    await writeAudit(tx, { actorId: actor.userId, action: published ? "training.publish" : "training.unpublish", entityType: "Training", entityId: id, before, after: { published } });
  });
}

/** Only a training nobody registered for (a registration is someone's history, even cancelled). */
export async function deleteTraining(actor: SessionUser, id: number, version: number): Promise<void> {
  authorize(actor, "training.manage");
  await db.$transaction(async (tx) => {
    await lockVersion(tx, "training", id, version);
    if (await tx.trainingRegistration.count({ where: { trainingId: id } })) throw new AppError("CONFLICT", t("trainings.errors.hasRegistrations"));
    const before = await tx.training.findUniqueOrThrow({ where: { id }, select: auditSelect });
    await tx.training.delete({ where: { id } });
    await writeAudit(tx, { actorId: actor.userId, action: "training.delete", entityType: "Training", entityId: id, before });
  });
}
