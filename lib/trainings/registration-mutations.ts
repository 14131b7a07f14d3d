import "server-only";
import { today } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { readRegistrant } from "./catalog-queries";
import { eligibilityText, refusalText } from "./messages";
import type { TRegister } from "./registration-schemas";
import { cancelRefusal, eligibilityProblems, registerAgainRefusal } from "./rules";
import { releaseSeats, takeSeat } from "./seat-mutations";

/**
 * The signed-in employee registers for a catalog training. Eligibility is checked again here (the
 * page's answer may be stale or forged); the seat is taken by one conditional UPDATE in the same
 * transaction as the registration row, so the quota holds under any concurrency.
 */
export async function registerForTraining(actor: SessionUser, trainingId: number, input: TRegister): Promise<number> {
  authorize(actor, "training.register");
  const now = today();
  try {
    return await db.$transaction(async (tx) => {
      const training = await tx.training.findFirst({
        where: { id: trainingId, published: true },
        select: { published: true, registrationDeadline: true, positionTypes: true, minRankId: true, unitId: true },
      });
      if (!training) throw new AppError("NOT_FOUND", t("errors.notFound"));
      const person = await readRegistrant(tx, actor.employeeId);
      if (!person) throw new AppError("NOT_FOUND", t("errors.notFound"));
      const problem = eligibilityProblems(training, person, now)[0];
      if (problem) throw new AppError("CONFLICT", eligibilityText(problem));
      const existing = await tx.trainingRegistration.findUnique({
        where: { trainingId_employeeId: { trainingId, employeeId: actor.employeeId } },
        select: { id: true, status: true },
      });
      const refusal = registerAgainRefusal(existing?.status ?? null);
      if (refusal) throw new AppError("CONFLICT", refusalText(refusal));
      if (!(await takeSeat(tx, trainingId, now))) throw new AppError("CONFLICT", t("trainings.errors.full"));
      const fresh = { status: "PENDING" as const, motivation: input.motivation, requestedAt: new Date(), deciderId: null, decidedAt: null, declineReason: null };
      let row: { id: number };
      if (existing) {
        // Conditional on still being CANCELLED: a second reopening at the same moment changes nothing
        // and rolls back with its seat.
        const reopened = await tx.trainingRegistration.updateMany({ where: { id: existing.id, status: "CANCELLED" }, data: { ...fresh, version: { increment: 1 } } });
        if (reopened.count !== 1) throw new AppError("CONFLICT", refusalText("ALREADY_REGISTERED"));
        row = { id: existing.id };
      } else {
        row = await tx.trainingRegistration.create({ data: { trainingId, employeeId: actor.employeeId, ...fresh }, select: { id: true } });
      }
      await writeAudit(tx, {
        actorId: actor.userId,
        action: "training.register",
        entityType: "TrainingRegistration",
        entityId: row.id,
        before: existing ? { status: existing.status } : undefined,
        after: { trainingId, employeeId: actor.employeeId, status: "PENDING", motivation: input.motivation },
      });
      return row.id;
    });
  } catch (error) {
    // The same person registering twice at once: the unique (training, employee) index decides.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", refusalText("ALREADY_REGISTERED"));
    throw error;
  }
}

/** The registrant withdraws a PENDING or APPROVED registration before the training starts; the seat is freed. */
export async function cancelRegistration(actor: SessionUser, registrationId: number, version: number): Promise<number> {
  authorize(actor, "training.register");
  return db.$transaction(async (tx) => {
    const row = await tx.trainingRegistration.findFirst({
      where: { id: registrationId, employeeId: actor.employeeId },
      select: { status: true, trainingId: true, training: { select: { startDate: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const refusal = cancelRefusal(row.status, row.training.startDate, today());
    if (refusal) throw new AppError("CONFLICT", refusalText(refusal));
    await claimVersion(tx, "trainingRegistration", registrationId, version);
    await tx.trainingRegistration.update({ where: { id: registrationId }, data: { status: "CANCELLED" } });
    await releaseSeats(tx, row.trainingId);
    await writeAudit(tx, { actorId: actor.userId, action: "training.cancel", entityType: "TrainingRegistration", entityId: registrationId, before: { status: row.status }, after: { status: "CANCELLED" } });
    return row.trainingId;
  });
}
