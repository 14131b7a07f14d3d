import "server-only";
import { recordAnnualResults } from "@/lib/appraisals/annual";
import { ownAppraisal } from "@/lib/appraisals/scope";
import { today } from "@/lib/clock";
import { evaluationTransition } from "@/lib/domain/appraisal/evaluation-state";
import { predikatFor } from "@/lib/domain/predikat";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { claimEvaluation, guardTransition, loadPeriodContext } from "./evaluation-row-mutations";
import { transitionMessage } from "./transition-messages";
import type { TAppeal, TAppealDecision } from "./schemas";

// Keberatan: the employee objects to a released annual result within the appeal window; the SKP's
// atasan pejabat penilai decides once and for all. The whole exchange stays on the Appeal row.

export async function fileAppeal(user: SessionUser, appraisalId: number, slug: string, input: TAppeal): Promise<void> {
  authorize(user, "appraisal.own");
  await db.$transaction(async (tx) => {
    const ctx = await loadPeriodContext(tx, { id: appraisalId, ...ownAppraisal(user) }, slug);
    const { row, status } = await claimEvaluation(tx, ctx, input.version, false);
    // The deadline is checked here, on the server's clock, not by the page that showed the form.
    const next = guardTransition(ctx, "APPEAL", status, row?.releasedAt ?? null);
    if (!row?.predikat) throw new AppError("VALIDATION", transitionMessage("INVALID_STATE"));
    const deciderId = ctx.appraisal.raterRaterId;
    if (deciderId === null || deciderId === ctx.appraisal.employeeId) throw new AppError("VALIDATION", t("evaluations.appeal.errors.noDecider"));
    const appeal = await tx.appeal.create({
      data: { evaluationId: row.id, employeeId: ctx.appraisal.employeeId, deciderId, reason: input.reason, previousPredikat: row.predikat },
      select: { id: true },
    });
    await tx.evaluation.update({ where: { id: row.id }, data: { status: next } });
    await writeAudit(tx, { actorId: user.userId, action: "evaluation.appeal", entityType: "Appeal", entityId: appeal.id, before: { status }, after: { evaluationId: row.id, status: next, deciderId, reason: input.reason } });
  });
}

export async function decideAppeal(user: SessionUser, appealId: number, input: TAppealDecision): Promise<void> {
  authorize(user, "appraisal.appeal.decide");
  await db.$transaction(async (tx) => {
    const appeal = await tx.appeal.findFirst({
      where: { id: appealId, deciderId: user.employeeId },
      select: {
        id: true,
        employeeId: true,
        previousPredikat: true,
        evaluation: { select: { id: true, kind: true, status: true, periodStart: true, releasedAt: true, workRating: true, behaviourRating: true, appraisal: { select: { status: true } } } },
      },
    });
    if (!appeal) throw new AppError("NOT_FOUND", t("errors.notFound"));
    if (appeal.employeeId === user.employeeId) throw new AppError("FORBIDDEN", t("evaluations.appeal.errors.ownAppeal"));
    const evaluation = appeal.evaluation;
    await claimVersion(tx, "evaluation", evaluation.id, input.version);
    // DECIDE_APPEAL depends on the status alone; the dates are required by the signature, not read.
    const transition = evaluationTransition({
      action: "DECIDE_APPEAL",
      kind: evaluation.kind,
      status: evaluation.status,
      planStatus: evaluation.appraisal.status,
      today: today(),
      periodStart: evaluation.periodStart,
      annualOpens: evaluation.periodStart,
      releasedAt: evaluation.releasedAt,
      appealDays: 0,
    });
    if (!transition.ok) throw new AppError("VALIDATION", transitionMessage(transition.error));
    if (!evaluation.workRating || !evaluation.behaviourRating) throw new AppError("VALIDATION", transitionMessage("INVALID_STATE"));

    const changed = input.decision === "CHANGE";
    const workRating = changed && input.workRating ? input.workRating : evaluation.workRating;
    const behaviourRating = changed && input.behaviourRating ? input.behaviourRating : evaluation.behaviourRating;
    if (changed && workRating === evaluation.workRating && behaviourRating === evaluation.behaviourRating) {
      throw fieldError("workRating", t("evaluations.appeal.errors.sameRatings"));
    }
    const newPredikat = predikatFor(workRating, behaviourRating);
    await tx.evaluation.update({ where: { id: evaluation.id }, data: { status: transition.next, workRating, behaviourRating, predikat: newPredikat } });
    const decidedAt = new Date();
    const decision = changed ? "CHANGED" : "UPHELD";
    await tx.appeal.update({
      where: { id: appeal.id },
      data: { decision, decisionReason: input.reason, newWorkRating: workRating, newBehaviourRating: behaviourRating, newPredikat, decidedAt },
    });
    // The annual result counts from now on (and a changed predikat replaces the recorded one).
    await recordAnnualResults(tx, [evaluation.id]);
    await writeAudit(tx, {
      actorId: user.userId,
      action: "evaluation.appeal_decide",
      entityType: "Appeal",
      entityId: appeal.id,
      before: { status: evaluation.status, predikat: appeal.previousPredikat },
      after: { status: transition.next, decision, newPredikat, reason: input.reason },
    });
  });
}
