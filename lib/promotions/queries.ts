import "server-only";
import { looksLikeNipPrefix, nipPrefixRange } from "@/lib/domain/nip";
import { normalizeSearch } from "@/lib/domain/search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ROUND_PAGE_SIZE, type TCandidateFilters } from "./schemas";

const roundSelect = {
  id: true,
  periodTmt: true,
  status: true,
  screenedAt: true,
  screenedCount: true,
  eligibleCount: true,
  sentAt: true,
  closedAt: true,
  version: true,
  chair: { select: { id: true, name: true, nip: true } },
} satisfies Prisma.PromotionRoundSelect;

export type RoundSummary = Prisma.PromotionRoundGetPayload<{ select: typeof roundSelect }> & { proposed: number; decided: number; added: number };

/** HR's list of rounds, newest period first (index on status, period_tmt; the list is small). */
export async function listRounds(user: SessionUser, page: number) {
  authorize(user, "promotion.manage");
  const [total, rounds] = await Promise.all([
    db.promotionRound.count(),
    db.promotionRound.findMany({ select: roundSelect, orderBy: { periodTmt: "desc" }, skip: (page - 1) * ROUND_PAGE_SIZE, take: ROUND_PAGE_SIZE }),
  ]);
  const counts = await countCandidates(rounds.map((round) => round.id));
  return { total, page, pageSize: ROUND_PAGE_SIZE, rows: rounds.map((round) => ({ ...round, ...(counts.get(round.id) ?? ZERO) })) };
}

const ZERO = { proposed: 0, decided: 0, added: 0 };

/** Proposed, decided and HR-added counts per round in one grouped read (index round_id, proposed, eligible). */
async function countCandidates(roundIds: number[]) {
  const map = new Map<number, typeof ZERO>();
  if (roundIds.length === 0) return map;
  const rows = await db.$queryRaw<{ roundId: number; proposed: number; decided: number; added: number }[]>`
    SELECT round_id AS "roundId", count(*)::int AS proposed, count(decision)::int AS decided, count(added_by_id)::int AS added
    FROM promotion_candidates WHERE round_id = ANY(${roundIds}::int[]) AND proposed GROUP BY round_id`;
  for (const row of rows) map.set(row.roundId, { proposed: row.proposed, decided: row.decided, added: row.added });
  return map;
}

export async function getRound(user: SessionUser, roundId: number): Promise<RoundSummary | null> {
  authorize(user, "promotion.manage");
  const round = await db.promotionRound.findUnique({ where: { id: roundId }, select: roundSelect });
  if (!round) return null;
  const counts = await countCandidates([round.id]);
  return { ...round, ...(counts.get(round.id) ?? ZERO) };
}

export const candidateSelect = {
  id: true,
  version: true,
  route: true,
  eligible: true,
  proposed: true,
  fromRankId: true,
  toRankId: true,
  conditions: true,
  justification: true,
  addedById: true,
  decision: true,
  decisionReason: true,
  skNumber: true,
  employee: { select: { id: true, nip: true, name: true, frontTitle: true, backTitle: true, educationLevel: true, unit: { select: { name: true } } } },
} satisfies Prisma.PromotionCandidateSelect;

export type CandidateRow = Prisma.PromotionCandidateGetPayload<{ select: typeof candidateSelect }>;

export function candidateWhere(roundId: number, filters: Omit<TCandidateFilters, "page">): Prisma.PromotionCandidateWhereInput {
  const where: Prisma.PromotionCandidateWhereInput[] = [{ roundId }];
  if (filters.view === "proposed") where.push({ proposed: true });
  if (filters.view === "eligible") where.push({ eligible: true });
  if (filters.view === "notEligible") where.push({ eligible: false });
  const employee: Prisma.EmployeeWhereInput[] = [];
  if (filters.unit) employee.push({ unit: { path: { has: filters.unit } } });
  const q = filters.q?.trim();
  if (q && looksLikeNipPrefix(q)) {
    const range = nipPrefixRange(q.replace(/\s+/g, ""));
    if (range) employee.push({ nip: range });
  } else if (q) {
    for (const word of normalizeSearch(q).split(" ").filter(Boolean)) employee.push({ searchName: { contains: word } });
  }
  if (employee.length) where.push({ employee: { AND: employee } });
  return { AND: where };
}

/** One page of a round's list: usulan first, then by name; filtered in SQL. */
export async function listRoundCandidates(user: SessionUser, roundId: number, filters: TCandidateFilters) {
  authorize(user, "promotion.manage");
  const where = candidateWhere(roundId, filters);
  const [total, rows] = await Promise.all([
    db.promotionCandidate.count({ where }),
    db.promotionCandidate.findMany({
      where,
      select: candidateSelect,
      orderBy: [{ proposed: "desc" }, { employee: { searchName: "asc" } }, { id: "asc" }],
      skip: (filters.page - 1) * ROUND_PAGE_SIZE,
      take: ROUND_PAGE_SIZE,
    }),
  ]);
  return { total, rows, page: filters.page, pageSize: ROUND_PAGE_SIZE };
}

export type ChairOption = { id: number; name: string; nip: string };

/** Who can chair: employees whose active account holds TIM_PENILAI (a committee is a handful of people). */
export async function listChairOptions(user: SessionUser): Promise<ChairOption[]> {
  authorize(user, "promotion.manage");
  const users = await db.user.findMany({
    where: { active: true, roles: { has: "TIM_PENILAI" } },
    select: { employee: { select: { id: true, name: true, nip: true } } },
    orderBy: { employee: { searchName: "asc" } },
    take: 200,
  });
  return users.map((u) => u.employee);
}

/** How many PNS a screening will read, for the progress label ("Menyaring 100.000 pegawai…"). */
export async function countPns(user: SessionUser): Promise<number> {
  authorize(user, "promotion.manage");
  return db.employee.count({ where: { status: "PNS" } });
}
