import "server-only";
import { ratedAppraisal } from "@/lib/appraisals/scope";
import { today } from "@/lib/clock";
import { addDays } from "@/lib/domain/appraisal/calendar";
import { isAfter } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ensureEvaluation, guardTransition, inEvaluationTransaction, loadPeriodContext, refuseSelfRating } from "./evaluation-row-mutations";
import { MAX_RESPONDENTS, type TFeedbackAnswer, type TFeedbackRequest } from "./feedback-schemas";

// 360 input: the rater asks peers (same atasan langsung as the ratee) or the ratee's direct reports
// for behaviour input; each respondent answers once, before the deadline.

type Ratee = { id: number; supervisorId: number | null };
type Candidate = { id: number; supervisorId: number | null };

function refusal(candidate: Candidate | undefined, ratee: Ratee, raterId: number, asked: Set<number>): string | null {
  if (!candidate) return t("evaluations.feedback.errors.unknownNip");
  if (candidate.id === ratee.id) return t("evaluations.feedback.errors.ratee");
  if (candidate.id === raterId) return t("evaluations.feedback.errors.rater");
  const peer = ratee.supervisorId !== null && candidate.supervisorId === ratee.supervisorId;
  const report = candidate.supervisorId === ratee.id;
  if (!peer && !report) return t("evaluations.feedback.errors.notPeer");
  if (asked.has(candidate.id)) return t("evaluations.feedback.errors.alreadyAsked");
  return null;
}

async function checkRespondents(tx: Tx, employeeId: number, raterId: number, evaluationId: number, entries: TFeedbackRequest): Promise<number[]> {
  const ratee = await tx.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { id: true, supervisorId: true } });
  const asked = await tx.feedbackRequest.findMany({ where: { evaluationId }, select: { respondentId: true } });
  if (asked.length + entries.length > MAX_RESPONDENTS) {
    const left = Math.max(0, MAX_RESPONDENTS - asked.length);
    throw new AppError("VALIDATION", t("evaluations.feedback.errors.tooMany", { max: MAX_RESPONDENTS, left }));
  }
  const found = await tx.employee.findMany({ where: { nip: { in: entries.map((e) => e.nip) } }, select: { id: true, nip: true, supervisorId: true } });
  const byNip = new Map(found.map((e) => [e.nip, e]));
  const askedIds = new Set(asked.map((a) => a.respondentId));
  const fieldErrors: Record<string, string[]> = {};
  for (const entry of entries) {
    const message = refusal(byNip.get(entry.nip), ratee, raterId, askedIds);
    if (message) fieldErrors[entry.field] = [message];
  }
  if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", t("errors.validation"), fieldErrors);
  return entries.map((e) => byNip.get(e.nip)!.id);
}

/** Asks up to five respondents for input on the period; their deadline is today + the 360 days setting. */
export async function requestFeedback(user: SessionUser, appraisalId: number, slug: string, entries: TFeedbackRequest): Promise<void> {
  authorize(user, "appraisal.rate");
  await inEvaluationTransaction(async (tx) => {
    const ctx = await loadPeriodContext(tx, { id: appraisalId, ...ratedAppraisal(user) }, slug);
    refuseSelfRating(ctx);
    const { row, status } = await ensureEvaluation(tx, ctx);
    // Input is only worth asking for while the rater can still rate (or re-rate) the period.
    guardTransition(ctx, "RATE", status, row.releasedAt);
    const respondentIds = await checkRespondents(tx, ctx.appraisal.employeeId, user.employeeId, row.id, entries);
    const deadline = addDays(ctx.today, ctx.settings.feedbackDays);
    await tx.feedbackRequest.createMany({ data: respondentIds.map((respondentId) => ({ evaluationId: row.id, respondentId, deadline })) });
    await writeAudit(tx, { actorId: user.userId, action: "evaluation.feedback_request", entityType: "Evaluation", entityId: row.id, after: { respondentIds, deadline } });
  });
}

/** A respondent's answer, once, until the end of the deadline day (WIB). */
export async function answerFeedback(user: SessionUser, requestId: number, answers: TFeedbackAnswer): Promise<void> {
  authorize(user, "appraisal.feedback.respond");
  await db.$transaction(async (tx) => {
    const request = await tx.feedbackRequest.findFirst({ where: { id: requestId, respondentId: user.employeeId }, select: { id: true, deadline: true, answeredAt: true, evaluationId: true } });
    if (!request) throw new AppError("NOT_FOUND", t("errors.notFound"));
    if (request.answeredAt) throw new AppError("VALIDATION", t("evaluations.feedback.errors.answered"));
    if (isAfter(today(), request.deadline)) throw new AppError("VALIDATION", t("evaluations.feedback.errors.deadlinePassed"));
    // The conditional update is the lock: of two submissions at once, one finds the request answered.
    const claimed = await tx.feedbackRequest.updateMany({ where: { id: request.id, answeredAt: null }, data: { answeredAt: new Date() } });
    if (claimed.count !== 1) throw new AppError("CONFLICT", t("evaluations.feedback.errors.answered"));
    await tx.feedbackAnswer.createMany({ data: answers.map((a) => ({ requestId: request.id, value: a.value, rating: a.rating, comment: a.comment })) });
    // The audit row records that an answer exists, not its content: who said what stays unlinkable.
    await writeAudit(tx, { actorId: user.userId, action: "evaluation.feedback_answer", entityType: "FeedbackRequest", entityId: request.id, after: { evaluationId: request.evaluationId } });
  });
}
