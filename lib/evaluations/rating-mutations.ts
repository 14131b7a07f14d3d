import "server-only";
import { ratedAppraisal } from "@/lib/appraisals/scope";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import { predikatFor, type Rating } from "@/lib/domain/predikat";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { claimEvaluation, guardTransition, inEvaluationTransaction, loadPeriodContext, refuseSelfRating, type PeriodContext } from "./evaluation-row-mutations";
import { resultField, type LineRating, type TBulkRating, type TRating } from "./schemas";

// The rater's rating of one period: per RHK, per BerAKHLAK value, the two overall ratings, feedback
// and the predikat from the matrix. Only SKPs with raterId = the user are found (ratedAppraisal).

type Lines = { results: LineRating<number>[]; values: LineRating<CoreValue>[] };
type Overall = { workRating: Rating; behaviourRating: Rating; feedback: string | null; version: number };

/** Every RHK of the plan rated, nothing else: a forged or stale form is refused beside the field. */
function checkResults(ctx: PeriodContext, results: LineRating<number>[]): void {
  const planned = new Set(ctx.appraisal.results.map((r) => r.id));
  if (results.some((r) => !planned.has(r.key))) throw new AppError("VALIDATION", t("evaluations.errors.planChanged"));
  const given = new Set(results.map((r) => r.key));
  const missing = ctx.appraisal.results.filter((r) => !given.has(r.id));
  if (missing.length) {
    const message = t("evaluations.errors.ratingRequired");
    throw new AppError("VALIDATION", t("errors.validation"), Object.fromEntries(missing.map((r) => [resultField(r.id), [message]])));
  }
}

async function writeRating(tx: Tx, user: SessionUser, ctx: PeriodContext, overall: Overall, lines: (evaluationId: number | null) => Promise<Lines>, action: string) {
  const { row, status } = await claimEvaluation(tx, ctx, overall.version, true);
  const next = guardTransition(ctx, "RATE", status, row?.releasedAt ?? null);
  if (!row) throw new Error("unreachable: claimEvaluation creates the row");
  const { results, values } = await lines(status ? row.id : null);
  const predikat = predikatFor(overall.workRating, overall.behaviourRating);
  await tx.evaluation.update({
    where: { id: row.id },
    data: {
      status: next,
      workRating: overall.workRating,
      behaviourRating: overall.behaviourRating,
      predikat,
      feedback: overall.feedback,
      ratedAt: new Date(),
      resultRatings: { deleteMany: {}, createMany: { data: results.map((r) => ({ resultId: r.key, rating: r.rating, note: r.note })) } },
      behaviourRatings: { deleteMany: {}, createMany: { data: values.map((v) => ({ value: v.key, rating: v.rating, note: v.note })) } },
    },
  });
  await writeAudit(tx, {
    actorId: user.userId,
    action,
    entityType: "Evaluation",
    entityId: row.id,
    before: status ? { status, workRating: row.workRating, behaviourRating: row.behaviourRating, predikat: row.predikat, feedback: row.feedback } : null,
    after: { status: next, workRating: overall.workRating, behaviourRating: overall.behaviourRating, predikat, feedback: overall.feedback, results, values },
  });
}

/** The full rating form. Re-rating is allowed until the employee acknowledges (or the annual release). */
export async function rateEvaluation(user: SessionUser, appraisalId: number, slug: string, input: TRating): Promise<void> {
  authorize(user, "appraisal.rate");
  await inEvaluationTransaction(async (tx) => {
    const ctx = await loadPeriodContext(tx, { id: appraisalId, ...ratedAppraisal(user) }, slug);
    refuseSelfRating(ctx);
    checkResults(ctx, input.results);
    await writeRating(tx, user, ctx, input, async () => ({ results: input.results, values: input.values }), "evaluation.rate");
  });
}

/**
 * Bulk mode ("Tim Saya" cepat): only the overall ratings and feedback; every RHK takes the work
 * rating and every value the behaviour rating. Notes written earlier in the full form are kept.
 */
export async function rateEvaluationBulk(user: SessionUser, appraisalId: number, slug: string, input: TBulkRating): Promise<void> {
  authorize(user, "appraisal.rate");
  await inEvaluationTransaction(async (tx) => {
    const ctx = await loadPeriodContext(tx, { id: appraisalId, ...ratedAppraisal(user) }, slug);
    refuseSelfRating(ctx);
    const lines = async (evaluationId: number | null): Promise<Lines> => {
      // One transaction connection: the two reads run one after the other.
      const resultNotes = evaluationId ? await tx.resultRating.findMany({ where: { evaluationId }, select: { resultId: true, note: true } }) : [];
      const valueNotes = evaluationId ? await tx.behaviourRating.findMany({ where: { evaluationId }, select: { value: true, note: true } }) : [];
      const resultNote = new Map(resultNotes.map((r) => [r.resultId, r.note]));
      const valueNote = new Map(valueNotes.map((v) => [v.value, v.note]));
      return {
        results: ctx.appraisal.results.map((r) => ({ key: r.id, rating: input.workRating, note: resultNote.get(r.id) ?? null })),
        values: CORE_VALUES.map(({ value }) => ({ key: value, rating: input.behaviourRating, note: valueNote.get(value) ?? null })),
      };
    };
    await writeRating(tx, user, ctx, input, lines, "evaluation.rate_bulk");
  });
}
