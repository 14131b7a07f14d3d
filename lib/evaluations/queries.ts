import "server-only";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import type { EvaluationStatus } from "@/lib/domain/appraisal/evaluation-state";
import { evaluationPeriods } from "@/lib/domain/appraisal/periods";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { periodicKeys, periodName, periodSlug, type PeriodKey } from "./period-slug";
import type { TeamFilter } from "./team-filters";
import { cellStatus, isEvaluationOverdue, isPlanOverdue, type CellStatus } from "./team-status";

// "Tim Saya": every SKP the user rates in a year, one row per SKP (a mid-year split shows twice),
// with a cell per period. Two statements per page: the SKPs (index appraisals(rater_id, year)) and
// their evaluations (evaluations(rater_id, year), narrowed to the page's SKPs).

export const TEAM_PAGE_SIZE = 25;

function filterWhere(filter: TeamFilter | undefined): Prisma.AppraisalWhereInput {
  if (!filter) return {};
  if (filter === "SELF_ASSESSED" || filter === "RATED") return { evaluations: { some: { status: filter } } };
  return { status: filter };
}

const skpSelect = {
  id: true,
  year: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  unitId: true,
  employee: { select: { id: true, name: true, nip: true } },
  position: { select: { name: true } },
} satisfies Prisma.AppraisalSelect;

export type TeamCell = { key: PeriodKey; slug: string; name: string; inRange: boolean; status: CellStatus | null; predikat: string | null; overdue: boolean };

export async function getTeamOverview(user: SessionUser, year: number, page: number, filter?: TeamFilter) {
  if (!can(user, "appraisal.rate")) return null;
  const where: Prisma.AppraisalWhereInput = { raterId: user.employeeId, year, ...filterWhere(filter) };
  const [{ frequency }, total, skps, toAgree] = await Promise.all([
    getAppraisalSettings(),
    db.appraisal.count({ where }),
    db.appraisal.findMany({ where, select: skpSelect, orderBy: [{ employee: { searchName: "asc" } }, { periodStart: "asc" }, { id: "asc" }], skip: (page - 1) * TEAM_PAGE_SIZE, take: TEAM_PAGE_SIZE }),
    db.appraisal.count({ where: { raterId: user.employeeId, year, status: "SUBMITTED" } }),
  ]);
  const evaluations = skps.length
    ? await db.evaluation.findMany({
        where: { raterId: user.employeeId, year, appraisalId: { in: skps.map((s) => s.id) } },
        select: { appraisalId: true, kind: true, periodNo: true, status: true, predikat: true },
      })
    : [];
  const byPeriod = new Map(evaluations.map((e) => [`${e.appraisalId}/${e.kind}/${e.periodNo}`, e]));
  const now = today();
  const keys: PeriodKey[] = [...periodicKeys(frequency), { kind: "ANNUAL", periodNo: 0 }];
  const rows = skps.map((skp) => {
    const periods = evaluationPeriods(frequency, skp.periodStart, skp.periodEnd);
    const cells: TeamCell[] = keys.map((key) => {
      const period = periods.find((p) => p.kind === key.kind && p.periodNo === key.periodNo);
      const base = { key, slug: periodSlug(key, frequency), name: periodName(key, frequency) };
      if (!period) return { ...base, inRange: false, status: null, predikat: null, overdue: false };
      const row = byPeriod.get(`${skp.id}/${key.kind}/${key.periodNo}`);
      const status: EvaluationStatus | null = row?.status ?? null;
      return {
        ...base,
        inRange: true,
        status: cellStatus(status, period.start, now),
        predikat: row?.predikat ?? null,
        overdue: skp.status !== "CLOSED" && isEvaluationOverdue(status, period.end, now),
      };
    });
    return { ...skp, planOverdue: isPlanOverdue(skp, now), cells };
  });
  return { rows, total, page, pageSize: TEAM_PAGE_SIZE, frequency, columns: keys.map((key) => ({ key, name: periodName(key, frequency) })), toAgree };
}

export type TeamOverview = NonNullable<Awaited<ReturnType<typeof getTeamOverview>>>;

/** SKPs waiting for the rater to agree (or return) the plan, oldest submission first. */
export async function getPlansToAgree(user: SessionUser, year: number, take = 10) {
  if (!can(user, "appraisal.rate")) return [];
  return db.appraisal.findMany({
    where: { raterId: user.employeeId, year, status: "SUBMITTED" },
    select: { id: true, submittedAt: true, periodStart: true, year: true, status: true, employee: { select: { name: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take,
  });
}

/** The years the user rated anyone in, newest first, always with the current year. */
export async function getTeamYears(user: SessionUser): Promise<number[]> {
  const current = today().getUTCFullYear();
  if (!can(user, "appraisal.rate")) return [current];
  const rows = await db.appraisal.groupBy({ by: ["year"], where: { raterId: user.employeeId } });
  return [...new Set([current, ...rows.map((r) => r.year)])].sort((a, b) => b - a);
}

/** Appeals waiting for the user's decision (home page badge). */
export async function getDecisionQueueCount(user: SessionUser): Promise<number> {
  if (!can(user, "appraisal.appeal.decide")) return 0;
  return db.appeal.count({ where: { deciderId: user.employeeId, decidedAt: null } });
}

/** 360 requests the user still has to answer before their deadline (home page badge). */
export async function getPendingFeedbackCount(user: SessionUser): Promise<number> {
  if (!can(user, "appraisal.feedback.respond")) return 0;
  return db.feedbackRequest.count({ where: { respondentId: user.employeeId, answeredAt: null, deadline: { gte: today() } } });
}

/**
 * Direct reports with no SKP at all for the year ("belum dimulai"): they are not in the SKP rows
 * above, yet a supervisor must see who has not started. employees(supervisor_id) + appraisals(employee_id, year).
 */
export async function getReportsWithoutSkp(user: SessionUser, year: number, take = 20) {
  if (!can(user, "appraisal.rate")) return { total: 0, people: [] };
  const where = { supervisorId: user.employeeId, appraisals: { none: { year } } };
  const [total, people] = await Promise.all([
    db.employee.count({ where }),
    db.employee.findMany({ where, select: { id: true, name: true, nip: true, position: { select: { name: true } } }, orderBy: [{ searchName: "asc" }, { id: "asc" }], take }),
  ]);
  return { total, people };
}
