import "server-only";
import { today } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { canAny } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { refusalText } from "./messages";
import type { TDecision } from "./registration-schemas";
import { decisionRefusal } from "./rules";
import { approvalScope } from "./scope";
import { releaseSeats } from "./seat-mutations";

/**
 * The supervisor (or HR, for people without a supervisor) approves or declines a PENDING
 * registration. The scope is in the `where`: a registration of someone else's report is not found.
 * A decline frees the seat in the same transaction.
 */
export async function decideRegistration(actor: SessionUser, registrationId: number, input: TDecision): Promise<void> {
  if (!canAny(actor, ["training.approve", "training.manage"])) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  await db.$transaction(async (tx) => {
    const row = await tx.trainingRegistration.findFirst({
      where: { AND: [{ id: registrationId }, approvalScope(actor)] },
      select: { status: true, trainingId: true, employeeId: true, training: { select: { startDate: true } } },
    });
    if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const refusal = decisionRefusal(row.status, input.decision, row.training.startDate, today());
    if (refusal) throw new AppError("CONFLICT", refusalText(refusal));
    await claimVersion(tx, "trainingRegistration", registrationId, input.version);
    const approved = input.decision === "APPROVE";
    const after = {
      status: approved ? ("APPROVED" as const) : ("DECLINED" as const),
      deciderId: actor.employeeId,
      decidedAt: new Date(),
      declineReason: approved ? null : input.reason,
    };
    await tx.trainingRegistration.update({ where: { id: registrationId }, data: after });
    if (!approved) await releaseSeats(tx, row.trainingId);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: approved ? "training.approve" : "training.decline",
      entityType: "TrainingRegistration",
      entityId: registrationId,
      before: { status: row.status },
      after: { ...after, reason: input.reason },
    });
  });
}
