import "server-only";
import { today } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Predikat } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ownAppraisal } from "./scope";

// "SKP Saya": the employee's SKPs of the current year in full, older ones as a short list, and the
// predikat per year for the chart. Each list is one indexed query (appraisals(employee_id, year),
// annual_performances primary key).

/** Older SKPs shown at most; 40 years of service with a few splits fit. */
export const PAST_LIMIT = 100;
/** Years on the chart: a career. */
export const CHART_YEARS = 40;

const evaluationSelect = { select: { kind: true, periodNo: true, status: true, predikat: true, selfAssessedAt: true } } as const;

const currentSelect = {
  id: true,
  year: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  version: true,
  returnComment: true,
  closedReason: true,
  rater: { select: { name: true } },
  position: { select: { name: true } },
  unit: { select: { name: true } },
  evaluations: evaluationSelect,
  _count: { select: { results: true } },
} satisfies Prisma.AppraisalSelect;

const pastSelect = {
  id: true,
  year: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  position: { select: { name: true } },
  evaluations: { where: { kind: "ANNUAL" }, ...evaluationSelect },
} satisfies Prisma.AppraisalSelect;

export type CurrentSkp = Prisma.AppraisalGetPayload<{ select: typeof currentSelect }>;
export type PastSkp = Prisma.AppraisalGetPayload<{ select: typeof pastSelect }>;
export type YearResult = { year: number; predikat: Predikat; legacyScore: string | null };

export async function getMySkpOverview(user: SessionUser) {
  authorize(user, "appraisal.own");
  const year = today().getUTCFullYear();
  const own = ownAppraisal(user);
  const [current, past, results, me] = await Promise.all([
    db.appraisal.findMany({ where: { AND: [own, { year }] }, select: currentSelect, orderBy: { periodStart: "asc" } }),
    db.appraisal.findMany({ where: { AND: [own, { year: { lt: year } }] }, select: pastSelect, orderBy: [{ year: "desc" }, { periodStart: "desc" }], take: PAST_LIMIT }),
    db.annualPerformance.findMany({
      where: { employeeId: user.employeeId },
      select: { year: true, predikat: true, legacyScore: true },
      orderBy: { year: "desc" },
      take: CHART_YEARS,
    }),
    db.employee.findUniqueOrThrow({ where: { id: user.employeeId }, select: { supervisorId: true } }),
  ]);
  const chart: YearResult[] = results.reverse().map((r) => ({ year: r.year, predikat: r.predikat, legacyScore: r.legacyScore?.toString() ?? null }));
  return { year, current, past, chart, hasSupervisor: me.supervisorId !== null, canCreate: !current.some((a) => a.status !== "CLOSED") };
}

export type SkpOverview = Awaited<ReturnType<typeof getMySkpOverview>>;
