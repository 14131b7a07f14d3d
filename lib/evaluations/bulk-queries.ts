import "server-only";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import { evaluationTransition, type EvaluationError } from "@/lib/domain/appraisal/evaluation-state";
import { annualRatingOpens, evaluationPeriods, yearRange } from "@/lib/domain/appraisal/periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Predikat } from "@/lib/domain/predikat";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { getDistributionContexts, latestPeriodEnds, type DistributionContext } from "./distribution-queries";
import { parsePeriodSlug, periodName, periodSlug, periodicKeys } from "./period-slug";

// The bulk view: the rater's team for one period on one page, one inline form per SKP. Three
// statements: the page of SKPs, their evaluations of that period, and (annual only) the unit
// distributions the warning needs.

export const BULK_PAGE_SIZE = 10;
const EXCERPT = 280;

const skpSelect = {
  id: true,
  employeeId: true,
  raterId: true,
  unitId: true,
  status: true,
  agreedAt: true,
  periodStart: true,
  periodEnd: true,
  employee: { select: { name: true, nip: true } },
  position: { select: { name: true } },
} satisfies Prisma.AppraisalSelect;

function distributionOf(context: DistributionContext | undefined, predikat: Predikat | null) {
  return context ? { context, remove: predikat } : null;
}

export async function getBulkView(user: SessionUser, year: number, slug: string, page: number) {
  if (!can(user, "appraisal.rate")) return null;
  const { frequency } = await getAppraisalSettings();
  const key = parsePeriodSlug(slug, frequency);
  if (!key) return null;
  const calendar = evaluationPeriods(frequency, yearRange(year).start, yearRange(year).end).find((p) => p.kind === key.kind && p.periodNo === key.periodNo)!;
  // SKPs whose range meets the period (an SKP closed in May has no Q3).
  const where: Prisma.AppraisalWhereInput = { raterId: user.employeeId, year, periodStart: { lte: calendar.end }, periodEnd: { gte: calendar.start } };
  const [total, skps] = await Promise.all([
    db.appraisal.count({ where }),
    db.appraisal.findMany({ where, select: skpSelect, orderBy: [{ employee: { searchName: "asc" } }, { periodStart: "asc" }, { id: "asc" }], skip: (page - 1) * BULK_PAGE_SIZE, take: BULK_PAGE_SIZE }),
  ]);
  const ids = skps.map((s) => s.id);
  const evaluations = ids.length
    ? await db.evaluation.findMany({
        where: { raterId: user.employeeId, year, appraisalId: { in: ids }, kind: key.kind, periodNo: key.periodNo },
        select: { appraisalId: true, status: true, version: true, selfAssessment: true, workRating: true, behaviourRating: true, predikat: true, feedback: true, releasedAt: true },
      })
    : [];
  const annual = key.kind === "ANNUAL";
  const [contexts, latest] = annual
    ? await Promise.all([getDistributionContexts(skps.map((s) => s.unitId), year), latestPeriodEnds(skps.map((s) => s.employeeId), year)])
    : [new Map<number, DistributionContext>(), new Map<number, Date>()];
  const now = today();
  const byAppraisal = new Map(evaluations.map((e) => [e.appraisalId, e]));
  const rows = skps.map((skp) => {
    const evaluation = byAppraisal.get(skp.id) ?? null;
    const period = evaluationPeriods(frequency, skp.periodStart, skp.periodEnd).find((p) => p.kind === key.kind && p.periodNo === key.periodNo)!;
    const transition = evaluationTransition({
      action: "RATE",
      kind: key.kind,
      status: evaluation?.status ?? null,
      planStatus: skp.status,
      planWasAgreed: skp.agreedAt !== null,
      today: now,
      periodStart: period.start,
      annualOpens: annualRatingOpens(frequency, skp.periodStart, skp.periodEnd),
      releasedAt: evaluation?.releasedAt ?? null,
      appealDays: 0,
    });
    const refusal: EvaluationError | "SELF_RATING" | null = skp.raterId === skp.employeeId ? "SELF_RATING" : transition.ok ? null : transition.error;
    const counted = annual && latest.get(skp.employeeId)?.getTime() === skp.periodEnd.getTime();
    const excerpt = evaluation?.selfAssessment ? evaluation.selfAssessment.slice(0, EXCERPT) + (evaluation.selfAssessment.length > EXCERPT ? "…" : "") : null;
    return {
      appraisalId: skp.id,
      employee: skp.employee,
      position: skp.position.name,
      period: { start: period.start, end: period.end },
      status: evaluation?.status ?? null,
      version: evaluation?.version ?? 0,
      excerpt,
      workRating: evaluation?.workRating ?? null,
      behaviourRating: evaluation?.behaviourRating ?? null,
      predikat: evaluation?.predikat ?? null,
      feedback: evaluation?.feedback ?? null,
      refusal,
      // Annual only: undefined = no warning (periodic, or an SKP a later one supersedes).
      distribution: counted ? distributionOf(contexts.get(skp.unitId), evaluation?.predikat ?? null) : undefined,
    };
  });
  const keys = [...periodicKeys(frequency), { kind: "ANNUAL" as const, periodNo: 0 }];
  const index = keys.findIndex((k) => k.kind === key.kind && k.periodNo === key.periodNo);
  const neighbour = (i: number) => (keys[i] ? { slug: periodSlug(keys[i], frequency), name: periodName(keys[i], frequency) } : null);
  return {
    rows,
    total,
    page,
    pageSize: BULK_PAGE_SIZE,
    period: { slug: periodSlug(key, frequency), name: periodName(key, frequency), start: calendar.start, end: calendar.end },
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    options: keys.map((k) => ({ slug: periodSlug(k, frequency), name: periodName(k, frequency) })),
  };
}

export type BulkView = NonNullable<Awaited<ReturnType<typeof getBulkView>>>;
export type BulkRow = BulkView["rows"][number];
