import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { candidateSelect } from "./queries";
import { ROUND_PAGE_SIZE } from "./schemas";

/** A round as the committee sees it: sent or closed only (a DRAFT round is HR's: not found). */
export async function getRoundForCommittee(user: SessionUser, roundId: number) {
  authorize(user, "committee.review");
  const round = await db.promotionRound.findFirst({
    where: { id: roundId, status: { not: "DRAFT" } },
    select: { id: true, periodTmt: true, status: true, sentAt: true, closedAt: true, chairId: true, chair: { select: { name: true } } },
  });
  if (!round) return null;
  const [proposed, undecided] = await Promise.all([
    db.promotionCandidate.count({ where: { roundId, proposed: true } }),
    db.promotionCandidate.count({ where: { roundId, proposed: true, decision: null } }),
  ]);
  return { ...round, proposed, undecided, isChair: round.chairId === user.employeeId };
}

/** The usulan of a round, a page at a time, by name (index round_id, proposed, eligible). */
export async function listProposedForCommittee(user: SessionUser, roundId: number, page: number, undecidedOnly: boolean) {
  authorize(user, "committee.review");
  const where: Prisma.PromotionCandidateWhereInput = { roundId, proposed: true, round: { status: { not: "DRAFT" } }, ...(undecidedOnly ? { decision: null } : {}) };
  const [total, rows] = await Promise.all([
    db.promotionCandidate.count({ where }),
    db.promotionCandidate.findMany({ where, select: candidateSelect, orderBy: [{ employee: { searchName: "asc" } }, { id: "asc" }], skip: (page - 1) * ROUND_PAGE_SIZE, take: ROUND_PAGE_SIZE }),
  ]);
  return { total, rows, page, pageSize: ROUND_PAGE_SIZE };
}
