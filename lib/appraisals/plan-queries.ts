import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { appraisalReadScope, ownAppraisal } from "./scope";

// Reads of one SKP for its page and its editor. Every read is scoped in the `where`, so an id outside
// the reader's reach finds nothing (the page shows not-found). Decimal columns leave as text.

const person = { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true } } as const;

const detailSelect = {
  id: true,
  year: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  version: true,
  returnComment: true,
  submittedAt: true,
  agreedAt: true,
  closedAt: true,
  closedReason: true,
  employeeId: true,
  raterId: true,
  raterRaterId: true,
  employee: person,
  rater: person,
  raterRater: person,
  position: { select: { name: true } },
  unit: { select: { name: true } },
  behaviours: { select: { value: true, expectation: true } },
  evaluations: { select: { kind: true, periodNo: true, status: true, predikat: true, selfAssessedAt: true } },
  results: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      text: true,
      parentResult: { select: { id: true, text: true } },
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
            orderBy: [{ date: "desc" }, { id: "desc" }],
            select: { id: true, date: true, value: true, text: true, link: true, file: { select: { id: true, filename: true, size: true } } },
          },
        },
      },
    },
  },
} satisfies Prisma.AppraisalSelect;

type DetailRow = Prisma.AppraisalGetPayload<{ select: typeof detailSelect }>;
type IndicatorRow = DetailRow["results"][number]["indicators"][number];

export type IndicatorView = Omit<IndicatorRow, "targetValue" | "realizations"> & {
  targetValue: string | null;
  realizations: (Omit<IndicatorRow["realizations"][number], "value"> & { value: string | null })[];
};
export type ResultView = Omit<DetailRow["results"][number], "indicators"> & { indicators: IndicatorView[] };
export type AppraisalDetail = Omit<DetailRow, "results"> & { results: ResultView[] };

const decimal = (value: { toString(): string } | null) => (value === null ? null : value.toString());

function toDetail(row: DetailRow): AppraisalDetail {
  return {
    ...row,
    results: row.results.map((result) => ({
      ...result,
      indicators: result.indicators.map((indicator) => ({
        ...indicator,
        targetValue: decimal(indicator.targetValue),
        realizations: indicator.realizations.map((r) => ({ ...r, value: decimal(r.value) })),
      })),
    })),
  };
}

/** One SKP as the reader may see it; null when absent or outside their scope. */
export async function getAppraisalDetail(user: SessionUser, id: number): Promise<AppraisalDetail | null> {
  const row = await db.appraisal.findFirst({ where: { AND: [{ id }, appraisalReadScope(user)] }, select: detailSelect });
  return row ? toDetail(row) : null;
}

/** The SKP that took over the day after a closed one ended (same employee and year), if the reader may see it. */
export async function findSuccessorId(user: SessionUser, closed: { employeeId: number; year: number; periodEnd: Date }): Promise<number | null> {
  const next = await db.appraisal.findFirst({
    where: { AND: [{ employeeId: closed.employeeId, year: closed.year, periodStart: { gt: closed.periodEnd } }, appraisalReadScope(user)] },
    orderBy: { periodStart: "asc" },
    select: { id: true },
  });
  return next?.id ?? null;
}

export type TeamLink = { id: number; text: string; parentResultId: number; appraisalId: number; employeeName: string };

/** Cascading: the team RHK (of plans not closed) that support each of these RHK, in one query. */
export async function getTeamLinks(resultIds: number[]): Promise<TeamLink[]> {
  if (resultIds.length === 0) return [];
  const rows = await db.planResult.findMany({
    where: { parentResultId: { in: resultIds }, appraisal: { status: { not: "CLOSED" } } },
    select: { id: true, text: true, parentResultId: true, appraisal: { select: { id: true, employee: { select: { name: true } } } } },
    orderBy: [{ appraisal: { employee: { searchName: "asc" } } }, { position: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, text: r.text, parentResultId: r.parentResultId ?? 0, appraisalId: r.appraisal.id, employeeName: r.appraisal.employee.name }));
}

export type RaterResultOption = { id: number; text: string };

/** What the editor needs: the employee's own SKP and the RHK of the rater's open plan of that year. */
export async function getPlanForEditing(user: SessionUser, id: number) {
  if (!can(user, "appraisal.own")) return null;
  const row = await db.appraisal.findFirst({ where: { AND: [{ id }, ownAppraisal(user)] }, select: detailSelect });
  if (!row) return null;
  const raterResults: RaterResultOption[] = await db.planResult.findMany({
    where: { appraisal: { employeeId: row.raterId, openYear: row.year } },
    select: { id: true, text: true },
    orderBy: { position: "asc" },
  });
  return { appraisal: toDetail(row), raterResults };
}

export const NOTES_PAGE_SIZE = 20;

/** Dialog kinerja notes, newest first, one page; the SKP must be readable by the user. */
export async function listNotes(user: SessionUser, appraisalId: number, page: number) {
  const where: Prisma.PerformanceNoteWhereInput = { appraisalId, appraisal: appraisalReadScope(user) };
  const [total, rows] = await Promise.all([
    db.performanceNote.count({ where }),
    db.performanceNote.findMany({
      where,
      select: { id: true, date: true, text: true, createdAt: true, author: { select: { id: true, name: true } } },
      orderBy: [{ date: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTES_PAGE_SIZE,
      take: NOTES_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page, pageSize: NOTES_PAGE_SIZE };
}
