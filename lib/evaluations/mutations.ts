import "server-only";
import { ownAppraisal } from "@/lib/appraisals/scope";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { claimEvaluation, guardTransition, inEvaluationTransaction, loadPeriodContext } from "./evaluation-row-mutations";
import type { TSelfAssessment, TVersionOnly } from "./schemas";

// The employee's own steps on an evaluation. The SKP is looked up inside ownAppraisal(user), so an
// id of someone else's SKP finds nothing (NOT_FOUND) whatever the bound id says.

/** Penilaian diri: once per period, from the period's first day, on an agreed SKP. */
export async function selfAssess(user: SessionUser, appraisalId: number, slug: string, input: TSelfAssessment): Promise<void> {
  authorize(user, "appraisal.own");
  await inEvaluationTransaction(async (tx) => {
    const ctx = await loadPeriodContext(tx, { id: appraisalId, ...ownAppraisal(user) }, slug);
    // Only the employee writes this text and only once (the state machine refuses a second), so the
    // version just read is claimed: a rating saved meanwhile still wins and this step is refused.
    const { row, status } = await claimEvaluation(tx, ctx, "read", true);
    const next = guardTransition(ctx, "SELF_ASSESS", status, row?.releasedAt ?? null);
    if (!row) throw new Error("unreachable: claimEvaluation creates the row");
    await tx.evaluation.update({ where: { id: row.id }, data: { status: next, selfAssessment: input.selfAssessment, selfAssessedAt: new Date() } });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "evaluation.self_assess",
      entityType: "Evaluation",
      entityId: row.id,
      before: { status },
      after: { status: next, selfAssessment: input.selfAssessment },
    });
  });
}

/** The employee accepts the result: a rated periodic evaluation or a released annual one. */
export async function acknowledgeEvaluation(user: SessionUser, appraisalId: number, slug: string, input: TVersionOnly): Promise<void> {
  authorize(user, "appraisal.own");
  await db.$transaction(async (tx) => {
    const ctx = await loadPeriodContext(tx, { id: appraisalId, ...ownAppraisal(user) }, slug);
    // The version the page showed: a re-rating in between must be seen before it is accepted.
    const { row, status } = await claimEvaluation(tx, ctx, input.version, false);
    const next = guardTransition(ctx, "ACKNOWLEDGE", status, row?.releasedAt ?? null);
    if (!row) throw new Error("unreachable: ACKNOWLEDGE needs a rated row");
    await tx.evaluation.update({ where: { id: row.id }, data: { status: next, acknowledgedAt: new Date() } });
    await writeAudit(tx, { actorId: user.userId, action: "evaluation.acknowledge", entityType: "Evaluation", entityId: row.id, before: { status }, after: { status: next } });
  });
}
