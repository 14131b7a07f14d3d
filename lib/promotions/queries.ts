import "server-only";
import { looksLikeNipPrefix, nipPrefixRange } from "@/lib/domain/nip";
import { normalizeSearch } from "@/lib/domain/search";
import { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * The list's filters as SQL over the round's rows `p` and their employees `e`: the view, a unit with
 * its sub-units, a NIP prefix as a range on the unique index or every word of a name (trigram).
 * `narrowed`: a name or a unit picks out a few people (see listRoundCandidates).
 */
function candidateFilter(roundId: number, filters: Omit<TCandidateFilters, "page">) {
  const where: Prisma.Sql[] = [Prisma.sql`p.round_id = ${roundId}::int`];
  if (filters.view === "proposed") where.push(Prisma.sql`p.proposed`);
  if (filters.view === "eligible") where.push(Prisma.sql`p.eligible`);
  if (filters.view === "notEligible") where.push(Prisma.sql`NOT p.eligible`);
  const people: Prisma.Sql[] = [];
  if (filters.unit) people.push(Prisma.sql`e.unit_id IN (SELECT u.id FROM org_units u WHERE u.path @> ARRAY[${filters.unit}::int])`);
  const q = filters.q?.trim();
  let named = false;
  if (q && looksLikeNipPrefix(q)) {
    const range = nipPrefixRange(q.replace(/\s+/g, ""));
    if (range) people.push(range.lt ? Prisma.sql`e.nip >= ${range.gte}::bpchar AND e.nip < ${range.lt}::bpchar` : Prisma.sql`e.nip >= ${range.gte}::bpchar`);
  } else if (q) {
    // normalizeSearch leaves letters, digits and spaces: nothing LIKE would read as a wildcard.
    for (const word of normalizeSearch(q).split(" ").filter(Boolean)) people.push(Prisma.sql`e.search_name LIKE ${`%${word}%`}`);
    named = people.length > 0;
  }
  return { where: Prisma.join([...where, ...people], " AND "), byEmployee: people.length > 0, narrowed: named || filters.unit !== undefined };
}

const FROM = Prisma.sql`promotion_candidates p JOIN employees e ON e.id = p.employee_id`;

/**
 * One page of a round's list: usulan first, then by name; filtered in SQL. The page's ids come from
 * one statement, their rows from a second. Unnarrowed, each half (usulan, the rest) walks the
 * employees' search_name index and stops at the page, so page 1 of 100,000 costs what 25 rows do
 * instead of sorting the round; a name search or a unit sorts what it matched by `name`, as the
 * directory does (lib/employees/queries.ts orderFor: walking the index would pass most people by).
 */
export async function listRoundCandidates(user: SessionUser, roundId: number, filters: TCandidateFilters) {
  authorize(user, "promotion.manage");
  const f = candidateFilter(roundId, filters);
  const [size, offset] = [ROUND_PAGE_SIZE, (filters.page - 1) * ROUND_PAGE_SIZE];
  const half = (proposed: boolean) => Prisma.sql`(SELECT p.id, p.proposed, e.search_name AS name FROM ${FROM}
    WHERE ${f.where} AND p.proposed = ${proposed} ORDER BY e.search_name, p.id LIMIT ${offset + size}::int)`;
  const [counted, page] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${f.byEmployee ? FROM : Prisma.sql`promotion_candidates p`} WHERE ${f.where}`,
    f.narrowed
      ? db.$queryRaw<{ id: number }[]>`SELECT p.id FROM ${FROM} WHERE ${f.where} ORDER BY p.proposed DESC, e.name, p.id LIMIT ${size}::int OFFSET ${offset}::int`
      : db.$queryRaw<{ id: number }[]>`
          SELECT x.id FROM (${filters.view === "proposed" ? half(true) : Prisma.sql`${half(true)} UNION ALL ${half(false)}`}) x
          ORDER BY x.proposed DESC, x.name, x.id LIMIT ${size}::int OFFSET ${offset}::int`,
  ]);
  const ids = page.map((row) => row.id);
  const found = ids.length ? await db.promotionCandidate.findMany({ where: { id: { in: ids } }, select: candidateSelect }) : [];
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => byId.get(id) ?? []);
  return { total: counted[0]?.n ?? 0, rows, page: filters.page, pageSize: ROUND_PAGE_SIZE };
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
