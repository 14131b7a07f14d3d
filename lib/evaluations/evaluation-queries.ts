import "server-only";
import { appraisalReadScope } from "@/lib/appraisals/scope";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import { annualRatingOpens, evaluationPeriods } from "@/lib/domain/appraisal/periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { parsePeriodSlug } from "./period-slug";
import { buildEvaluationView, type EvaluationView } from "./evaluation-view";

// One evaluation page: the SKP, its RHK with the realisations dated inside the period, the period's
// evaluation (if touched yet) and what the viewer may do. Two statements: the SKP with everything
// hanging off it (relation joins), then the period's evaluation row.

const appraisalSelect = {
  id: true,
  year: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  agreedAt: true,
  employeeId: true,
  raterId: true,
  raterRaterId: true,
  unitId: true,
  employee: { select: { name: true, nip: true, frontTitle: true, backTitle: true } },
  rater: { select: { name: true, nip: true } },
  raterRater: { select: { name: true, nip: true } },
  position: { select: { name: true } },
  unit: { select: { name: true } },
  behaviours: { select: { value: true, expectation: true } },
} satisfies Prisma.AppraisalSelect;

function resultsSelect(start: Date, end: Date) {
  return {
    select: {
      id: true,
      position: true,
      text: true,
      indicators: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          text: true,
          targetKind: true,
          targetValue: true,
          targetUnit: true,
          targetText: true,
          realizations: {
            where: { date: { gte: start, lte: end } },
            orderBy: [{ date: "asc" }, { id: "asc" }],
            select: { id: true, date: true, value: true, text: true, link: true, fileId: true },
          },
        },
      },
    },
    orderBy: { position: "asc" },
  } satisfies Prisma.Appraisal$resultsArgs;
}

const evaluationSelect = {
  id: true,
  status: true,
  version: true,
  selfAssessment: true,
  selfAssessedAt: true,
  workRating: true,
  behaviourRating: true,
  predikat: true,
  feedback: true,
  ratedAt: true,
  releasedAt: true,
  acknowledgedAt: true,
  resultRatings: { select: { resultId: true, rating: true, note: true } },
  behaviourRatings: { select: { value: true, rating: true, note: true } },
  appeal: { select: { id: true, reason: true, filedAt: true, decision: true, decisionReason: true, previousPredikat: true, newPredikat: true, decidedAt: true, decider: { select: { name: true } } } },
  _count: { select: { feedbackRequests: true } },
} satisfies Prisma.EvaluationSelect;

export type AppraisalRow = Prisma.AppraisalGetPayload<{ select: typeof appraisalSelect & { results: ReturnType<typeof resultsSelect> } }>;
export type EvaluationRowView = Prisma.EvaluationGetPayload<{ select: typeof evaluationSelect }>;

/** The page's data, or null when the SKP is outside the user's scope or the period does not exist. */
export async function getEvaluationView(user: SessionUser, appraisalId: number, slug: string): Promise<EvaluationView | null> {
  const settings = await getAppraisalSettings();
  const key = parsePeriodSlug(slug, settings.frequency);
  if (!key) return null;
  const range = await db.appraisal.findFirst({ where: { AND: [{ id: appraisalId }, appraisalReadScope(user)] }, select: { periodStart: true, periodEnd: true } });
  if (!range) return null;
  const period = evaluationPeriods(settings.frequency, range.periodStart, range.periodEnd).find((p) => p.kind === key.kind && p.periodNo === key.periodNo);
  if (!period) return null;
  const [appraisal, evaluation] = await Promise.all([
    db.appraisal.findFirst({ where: { AND: [{ id: appraisalId }, appraisalReadScope(user)] }, select: { ...appraisalSelect, results: resultsSelect(period.start, period.end) } }),
    db.evaluation.findUnique({ where: { appraisalId_kind_periodNo: { appraisalId, kind: period.kind, periodNo: period.periodNo } }, select: evaluationSelect }),
  ]);
  if (!appraisal) return null;
  return buildEvaluationView({
    appraisal,
    evaluation,
    period,
    settings,
    annualOpens: annualRatingOpens(settings.frequency, appraisal.periodStart, appraisal.periodEnd),
    today: today(),
    viewer: {
      isEmployee: appraisal.employeeId === user.employeeId && can(user, "appraisal.own"),
      isRater: appraisal.raterId === user.employeeId && can(user, "appraisal.rate"),
      isDecider: appraisal.raterRaterId === user.employeeId && can(user, "appraisal.appeal.decide"),
      isHr: can(user, "appraisal.read.all"),
    },
  });
}
