import "server-only";
import { getAppraisalSettings, type AppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import { evaluationTransition, type EvaluationAction, type EvaluationStatus } from "@/lib/domain/appraisal/evaluation-state";
import { annualRatingOpens, evaluationPeriods, type EvaluationPeriod } from "@/lib/domain/appraisal/periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { t } from "@/lib/i18n";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { parsePeriodSlug } from "./period-slug";
import { transitionMessage } from "./transition-messages";

// Shared steps of every evaluation write: find the SKP inside the caller's scope, resolve the period
// from the URL segment, take the period's row (creating it at first touch) and ask the state machine.

const appraisalSelect = {
  id: true,
  employeeId: true,
  raterId: true,
  raterRaterId: true,
  unitId: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  agreedAt: true,
  results: { select: { id: true }, orderBy: { position: "asc" } },
} satisfies Prisma.AppraisalSelect;

export type PeriodContext = {
  appraisal: Prisma.AppraisalGetPayload<{ select: typeof appraisalSelect }>;
  period: EvaluationPeriod;
  annualOpens: Date;
  settings: AppraisalSettings;
  today: Date;
};

const notFound = () => new AppError("NOT_FOUND", t("errors.notFound"));

/** The SKP (only if `scope` admits it) and the period named by `slug`; NOT_FOUND otherwise. */
export async function loadPeriodContext(tx: Tx, scope: Prisma.AppraisalWhereInput, slug: string): Promise<PeriodContext> {
  const settings = await getAppraisalSettings();
  const appraisal = await tx.appraisal.findFirst({ where: scope, select: appraisalSelect });
  if (!appraisal) throw notFound();
  const key = parsePeriodSlug(slug, settings.frequency);
  const periods = evaluationPeriods(settings.frequency, appraisal.periodStart, appraisal.periodEnd);
  const period = key && periods.find((p) => p.kind === key.kind && p.periodNo === key.periodNo);
  if (!period) throw notFound();
  return { appraisal, period, annualOpens: annualRatingOpens(settings.frequency, appraisal.periodStart, appraisal.periodEnd), settings, today: today() };
}

/** Nobody rates themselves, even when the data says the SKP's rater is its employee. */
export function refuseSelfRating(ctx: PeriodContext): void {
  if (ctx.appraisal.raterId === ctx.appraisal.employeeId) throw new AppError("FORBIDDEN", t("evaluations.errors.selfRating"));
}

const rowSelect = {
  id: true,
  status: true,
  version: true,
  releasedAt: true,
  workRating: true,
  behaviourRating: true,
  predikat: true,
  feedback: true,
} satisfies Prisma.EvaluationSelect;

export type EvaluationRow = Prisma.EvaluationGetPayload<{ select: typeof rowSelect }>;

function keyOf(ctx: PeriodContext) {
  return { appraisalId_kind_periodNo: { appraisalId: ctx.appraisal.id, kind: ctx.period.kind, periodNo: ctx.period.periodNo } };
}

export async function findEvaluation(tx: Tx, ctx: PeriodContext): Promise<EvaluationRow | null> {
  return tx.evaluation.findUnique({ where: keyOf(ctx), select: rowSelect });
}

/** First touch: the row with the SKP's people, unit and year copied, so lists read one table. */
async function createEvaluation(tx: Tx, ctx: PeriodContext): Promise<EvaluationRow> {
  const { appraisal, period } = ctx;
  return tx.evaluation.create({
    data: {
      appraisalId: appraisal.id,
      employeeId: appraisal.employeeId,
      raterId: appraisal.raterId,
      unitId: appraisal.unitId,
      year: appraisal.year,
      kind: period.kind,
      periodNo: period.periodNo,
      periodStart: period.start,
      periodEnd: period.end,
    },
    select: rowSelect,
  });
}

/** The period's row, created when missing, without claiming it (360 requests only hang off it). */
export async function ensureEvaluation(tx: Tx, ctx: PeriodContext): Promise<{ row: EvaluationRow; status: EvaluationStatus | null }> {
  const existing = await findEvaluation(tx, ctx);
  return existing ? { row: existing, status: existing.status } : { row: await createEvaluation(tx, ctx), status: null };
}

/**
 * The period's row claimed for a write. An existing row's version is bumped only if it still equals
 * `expected` (the version the form showed; "read" = the one just read, for steps the state machine
 * alone guards), so the loser of two saves gets CONFLICT. A missing row is created (version 1) when
 * `create` is set and the form saw no row ("0"); `status` is the state before this write.
 */
export async function claimEvaluation(
  tx: Tx,
  ctx: PeriodContext,
  expected: number | "read",
  create: boolean,
): Promise<{ row: EvaluationRow | null; status: EvaluationStatus | null }> {
  const existing = await findEvaluation(tx, ctx);
  if (existing) {
    await claimVersion(tx, "evaluation", existing.id, expected === "read" ? existing.version : expected);
    return { row: existing, status: existing.status };
  }
  if (!create) return { row: null, status: null };
  if (expected !== "read" && expected !== 0) throw notFound();
  return { row: await createEvaluation(tx, ctx), status: null };
}

/** The next status for `action`, or a refusal in Indonesian (out-of-order steps never write). */
export function guardTransition(ctx: PeriodContext, action: EvaluationAction, status: EvaluationStatus | null, releasedAt: Date | null): EvaluationStatus {
  const result = evaluationTransition({
    action,
    kind: ctx.period.kind,
    status,
    planStatus: ctx.appraisal.status,
    planWasAgreed: ctx.appraisal.agreedAt !== null,
    today: ctx.today,
    periodStart: ctx.period.start,
    annualOpens: ctx.annualOpens,
    releasedAt,
    appealDays: ctx.settings.appealDays,
  });
  if (!result.ok) throw new AppError("VALIDATION", transitionMessage(result.error));
  return result.next;
}

/**
 * Runs a write that may create the period's row. Two first touches at once: the unique
 * (appraisal, kind, period) index refuses the second insert, which aborts its transaction, so the
 * whole transaction runs again and now takes the existing-row path (with its version check).
 */
export async function inEvaluationTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db.$transaction(work);
  }
}
