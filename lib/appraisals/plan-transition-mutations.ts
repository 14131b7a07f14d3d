import "server-only";
import { checkPlanSubmission, planTransition } from "@/lib/domain/appraisal/plan-state";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ownAppraisal, ratedAppraisal } from "./scope";
import { claimScoped, planRefusal, type GuardedAppraisal } from "./plan-guard";
import { canSetExpectations } from "./plan-rules";
import type { TExpectations, TReturnPlan } from "./plan-schemas";

// Submit (employee), agree and return (rater), expectations (rater): each claims the version the page
// showed and asks the plan state machine whether the step may happen now.

function audit(actor: SessionUser, action: string, appraisal: GuardedAppraisal, after: Record<string, unknown>) {
  return { actorId: actor.userId, action, entityType: "Appraisal", entityId: appraisal.id, before: { status: appraisal.status }, after };
}

/** Nobody agrees their own plan, whatever the data says. */
function assertNotSelf(actor: SessionUser, appraisal: GuardedAppraisal) {
  if (appraisal.employeeId === actor.employeeId) throw new AppError("FORBIDDEN", t("skp.errors.rateSelf"));
}

export async function submitPlan(actor: SessionUser, appraisalId: number, version: number): Promise<void> {
  authorize(actor, "appraisal.own");
  await db.$transaction(async (tx) => {
    const appraisal = await claimScoped(tx, appraisalId, ownAppraisal(actor), version);
    const results = await tx.planResult.findMany({ where: { appraisalId }, select: { _count: { select: { indicators: true } } } });
    const transition = checkPlanSubmission(appraisal.status, { results: results.map((r) => ({ indicators: r._count.indicators })) });
    if (!transition.ok) throw planRefusal(transition.error);
    await tx.appraisal.update({ where: { id: appraisalId }, data: { status: transition.next, submittedAt: new Date() } });
    await writeAudit(tx, audit(actor, "appraisal.submit", appraisal, { status: transition.next }));
  });
}

export async function agreePlan(actor: SessionUser, appraisalId: number, version: number): Promise<void> {
  authorize(actor, "appraisal.rate");
  await db.$transaction(async (tx) => {
    const appraisal = await claimScoped(tx, appraisalId, ratedAppraisal(actor), version);
    assertNotSelf(actor, appraisal);
    const transition = planTransition(appraisal.status, "AGREE");
    if (!transition.ok) throw planRefusal(transition.error);
    await tx.appraisal.update({ where: { id: appraisalId }, data: { status: transition.next, agreedAt: new Date(), returnComment: null } });
    await writeAudit(tx, audit(actor, "appraisal.agree", appraisal, { status: transition.next }));
  });
}

/** Back to DRAFT with the rater's comment, which the employee sees on the plan until they resubmit. */
export async function returnPlan(actor: SessionUser, appraisalId: number, input: TReturnPlan): Promise<void> {
  authorize(actor, "appraisal.rate");
  await db.$transaction(async (tx) => {
    const appraisal = await claimScoped(tx, appraisalId, ratedAppraisal(actor), input.version);
    assertNotSelf(actor, appraisal);
    const transition = planTransition(appraisal.status, "RETURN");
    if (!transition.ok) throw planRefusal(transition.error);
    await tx.appraisal.update({ where: { id: appraisalId }, data: { status: transition.next, returnComment: input.comment, submittedAt: null } });
    await writeAudit(tx, audit(actor, "appraisal.return", appraisal, { status: transition.next, comment: input.comment }));
  });
}

export async function saveExpectations(actor: SessionUser, appraisalId: number, input: TExpectations): Promise<void> {
  authorize(actor, "appraisal.rate");
  await db.$transaction(async (tx) => {
    const appraisal = await claimScoped(tx, appraisalId, ratedAppraisal(actor), input.version);
    assertNotSelf(actor, appraisal);
    if (!canSetExpectations(appraisal.status)) {
      throw new AppError("CONFLICT", t(appraisal.status === "CLOSED" ? "skp.errors.plan.ALREADY_CLOSED" : "skp.errors.expectationsWhenSubmitted"));
    }
    const before = await tx.planBehaviour.findMany({ where: { appraisalId }, select: { value: true, expectation: true } });
    for (const { value, expectation } of input.expectations) {
      await tx.planBehaviour.upsert({ where: { appraisalId_value: { appraisalId, value } }, create: { appraisalId, value, expectation }, update: { expectation } });
    }
    await writeAudit(tx, { actorId: actor.userId, action: "appraisal.expectations", entityType: "Appraisal", entityId: appraisalId, before, after: input.expectations });
  });
}
