import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

// Appeals as the atasan pejabat penilai sees them (decider_id = the user), and HR (read-only).

export const APPEALS_PAGE_SIZE = 25;

const listSelect = {
  id: true,
  filedAt: true,
  decision: true,
  decidedAt: true,
  previousPredikat: true,
  newPredikat: true,
  evaluation: { select: { year: true, appraisal: { select: { id: true, employee: { select: { name: true, nip: true } }, rater: { select: { name: true } } } } } },
} satisfies Prisma.AppealSelect;

export type AppealListRow = Prisma.AppealGetPayload<{ select: typeof listSelect }>;

/** Pending appeals (oldest first: they wait longest) and, below, a page of decided ones. */
export async function getAppealQueue(user: SessionUser, page: number, decidedPage: number) {
  if (!can(user, "appraisal.appeal.decide")) return null;
  const pendingWhere = { deciderId: user.employeeId, decidedAt: null };
  const decidedWhere = { deciderId: user.employeeId, decidedAt: { not: null } };
  const [pending, pendingTotal, decided, decidedTotal] = await Promise.all([
    db.appeal.findMany({ where: pendingWhere, select: listSelect, orderBy: [{ filedAt: "asc" }, { id: "asc" }], skip: (page - 1) * APPEALS_PAGE_SIZE, take: APPEALS_PAGE_SIZE }),
    db.appeal.count({ where: pendingWhere }),
    db.appeal.findMany({ where: decidedWhere, select: listSelect, orderBy: [{ decidedAt: "desc" }, { id: "desc" }], skip: (decidedPage - 1) * APPEALS_PAGE_SIZE, take: APPEALS_PAGE_SIZE }),
    db.appeal.count({ where: decidedWhere }),
  ]);
  return { pending, pendingTotal, page, decided, decidedTotal, decidedPage, pageSize: APPEALS_PAGE_SIZE };
}

const detailSelect = {
  id: true,
  deciderId: true,
  reason: true,
  filedAt: true,
  decision: true,
  decisionReason: true,
  previousPredikat: true,
  newWorkRating: true,
  newBehaviourRating: true,
  newPredikat: true,
  decidedAt: true,
  decider: { select: { name: true } },
  evaluation: {
    select: {
      id: true,
      version: true,
      status: true,
      year: true,
      selfAssessment: true,
      workRating: true,
      behaviourRating: true,
      predikat: true,
      feedback: true,
      ratedAt: true,
      releasedAt: true,
      resultRatings: { select: { rating: true, note: true, result: { select: { id: true, position: true, text: true } } } },
      behaviourRatings: { select: { value: true, rating: true, note: true } },
      appraisal: {
        select: {
          id: true,
          periodStart: true,
          periodEnd: true,
          employee: { select: { name: true, nip: true } },
          rater: { select: { name: true } },
          position: { select: { name: true } },
          unit: { select: { name: true } },
        },
      },
    },
  },
} satisfies Prisma.AppealSelect;

export type AppealDetail = Prisma.AppealGetPayload<{ select: typeof detailSelect }> & { canDecide: boolean };

/** The whole exchange; the decider may decide while it is pending, HR only reads. */
export async function getAppealDetail(user: SessionUser, appealId: number): Promise<AppealDetail | null> {
  const decides = can(user, "appraisal.appeal.decide");
  const scope: Prisma.AppealWhereInput = can(user, "appraisal.read.all") ? {} : decides ? { deciderId: user.employeeId } : { id: -1 };
  const appeal = await db.appeal.findFirst({ where: { AND: [{ id: appealId }, scope] }, select: detailSelect });
  if (!appeal) return null;
  appeal.evaluation.resultRatings.sort((a, b) => a.result.position - b.result.position);
  return { ...appeal, canDecide: decides && appeal.deciderId === user.employeeId && appeal.decidedAt === null };
}
