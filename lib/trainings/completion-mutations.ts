import "server-only";
import { today } from "@/lib/clock";
import { recordDevelopmentHours, removeDevelopmentHours } from "@/lib/development/hours";
import { isAfter, isBefore } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { refusalText } from "./messages";
import type { TBulkCompletion, TCompletion } from "./registration-schemas";
import { bulkCertificateNumber, completionRefusal } from "./rules";
import { releaseSeats } from "./seat-mutations";

type Credited = { id: number; startDate: Date; endDate: Date; hours: unknown; type: "KLASIKAL" | "NON_KLASIKAL"; title: string };
const trainingSelect = { id: true, startDate: true, endDate: true, hours: true, type: true, title: true } as const;

/** The end date, or today while the training is still running (a completion is never in the future). */
function defaultCompletionDate(training: Credited, now: Date): Date {
  return isAfter(training.endDate, now) ? now : training.endDate;
}

function credit(tx: Tx, training: Credited, registrationId: number, employeeId: number, date: Date) {
  return recordDevelopmentHours(tx, { employeeId, date, hours: Number(training.hours), source: "TRAINING", sourceId: registrationId, type: training.type, title: training.title });
}

/**
 * HR records one participant's outcome from the first day of the training: COMPLETED with its
 * certificate (JP credited in the same transaction) or NOT_COMPLETED (any JP credited before is
 * taken back, so a correction never leaves hours behind). APPROVED → recorded frees the seat count.
 */
export async function recordCompletion(actor: SessionUser, registrationId: number, input: TCompletion): Promise<number> {
  authorize(actor, "training.manage");
  const now = today();
  return db.$transaction(async (tx) => {
    const row = await tx.trainingRegistration.findUnique({
      where: { id: registrationId },
      select: { status: true, employeeId: true, certificateNumber: true, completedAt: true, training: { select: trainingSelect } },
    });
    if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const refusal = completionRefusal(row.status, row.training.startDate, now);
    if (refusal) throw new AppError("CONFLICT", refusalText(refusal));
    const completed = input.outcome === "COMPLETED";
    const date = completed ? (input.completedAt ?? defaultCompletionDate(row.training, now)) : null;
    if (date && isAfter(date, now)) throw fieldError("completedAt", t("errors.dateInFuture"));
    if (date && isBefore(date, row.training.startDate)) throw fieldError("completedAt", t("trainings.errors.completedBeforeStart"));
    await claimVersion(tx, "trainingRegistration", registrationId, input.version);
    const after = { status: input.outcome, certificateNumber: completed ? input.certificateNumber : null, completedAt: date };
    await tx.trainingRegistration.update({ where: { id: registrationId }, data: after });
    if (date) await credit(tx, row.training, registrationId, row.employeeId, date);
    else await removeDevelopmentHours(tx, "TRAINING", registrationId);
    if (row.status === "APPROVED") await releaseSeats(tx, row.training.id);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "training.attendance",
      entityType: "TrainingRegistration",
      entityId: registrationId,
      before: { status: row.status, certificateNumber: row.certificateNumber, completedAt: row.completedAt },
      after: { ...after, hours: completed ? Number(row.training.hours) : 0 },
    });
    return row.training.id;
  });
}

/**
 * "Tandai semua selesai": every APPROVED participant COMPLETED on the end date with the numbered
 * certificates. Refused when the list differs from what HR saw (`expected`). Every JP row still goes
 * through recordDevelopmentHours, the one writer of the ledger.
 */
export async function completeAllApproved(actor: SessionUser, trainingId: number, input: TBulkCompletion): Promise<number> {
  authorize(actor, "training.manage");
  const now = today();
  return db.$transaction(
    async (tx) => {
      // Lock the training: registrations and other bulk runs for it wait until this one ends.
      const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM trainings WHERE id = ${trainingId} FOR UPDATE`;
      if (!locked[0]) throw new AppError("NOT_FOUND", t("errors.notFound"));
      const training = await tx.training.findUniqueOrThrow({ where: { id: trainingId }, select: trainingSelect });
      if (isBefore(now, training.startDate)) throw new AppError("CONFLICT", refusalText("NOT_STARTED"));
      const rows = await tx.trainingRegistration.findMany({
        where: { trainingId, status: "APPROVED" },
        select: { id: true, employeeId: true },
        orderBy: [{ employee: { searchName: "asc" } }, { id: "asc" }],
      });
      if (rows.length === 0) throw new AppError("CONFLICT", t("trainings.errors.nobodyApproved"));
      if (rows.length !== input.expected) throw new AppError("CONFLICT", t("trainings.errors.listChanged"));
      const date = defaultCompletionDate(training, now);
      const done: { id: number; certificateNumber: string }[] = [];
      for (const [index, row] of rows.entries()) {
        const certificateNumber = bulkCertificateNumber(input.prefix, index);
        const changed = await tx.trainingRegistration.updateMany({
          where: { id: row.id, status: "APPROVED" },
          data: { status: "COMPLETED", certificateNumber, completedAt: date, version: { increment: 1 } },
        });
        if (changed.count !== 1) throw new AppError("CONFLICT", t("errors.conflict"));
        await credit(tx, training, row.id, row.employeeId, date);
        done.push({ id: row.id, certificateNumber });
      }
      await releaseSeats(tx, trainingId, rows.length);
      await writeAudit(tx, { actorId: actor.userId, action: "training.attendance_bulk", entityType: "Training", entityId: trainingId, after: { completedAt: date, registrations: done } });
      return rows.length;
    },
    // A class of a few hundred is a few hundred small statements; the default 5 s is too tight.
    { timeout: 60_000 },
  );
}
