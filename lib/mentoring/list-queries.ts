import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { OVERSIGHT_PAGE_SIZE, type TPairFilters } from "./schemas";
import { oversightScope } from "./scope";

const partySelect = { id: true, nip: true, name: true, unit: { select: { name: true } } } satisfies Prisma.EmployeeSelect;
const rowSelect = {
  id: true,
  status: true,
  startDate: true,
  endDate: true,
  mentor: { select: partySelect },
  mentee: { select: partySelect },
  _count: { select: { sessions: true } },
} satisfies Prisma.MentoringPairSelect;

type Row = Prisma.MentoringPairGetPayload<{ select: typeof rowSelect }>;
export type PairListRow = Omit<Row, "_count"> & { sessions: number; jp: number };

/**
 * Sessions and JP per listed pair in one grouped statement: JP read from the mentee's ledger rows of
 * the sessions (unique (source, source_id) index), so the list shows exactly what counts.
 */
async function withTotals(rows: Row[]): Promise<PairListRow[]> {
  const ids = rows.map((row) => row.id);
  const sums = ids.length
    ? await db.$queryRaw<{ pair_id: number; jp: string | null }[]>`
        SELECT s.pair_id, SUM(h.hours)::text AS jp
        FROM mentoring_sessions s
        JOIN development_hours h ON h.source = 'MENTORING' AND h.source_id = s.id
        WHERE s.pair_id = ANY(${ids}::int[])
        GROUP BY s.pair_id`
    : [];
  const jp = new Map(sums.map((sum) => [sum.pair_id, Number(sum.jp ?? 0)]));
  return rows.map(({ _count, ...row }) => ({ ...row, sessions: _count.sessions, jp: jp.get(row.id) ?? 0 }));
}

// One person has a handful of pairs; the cap only guards the page against a data accident.
const OWN_LIMIT = 100;
const ownOrder: Prisma.MentoringPairOrderByWithRelationInput[] = [{ status: "asc" }, { startDate: "desc" }, { id: "desc" }];

/** The user's own pairs, as mentor and as mentee (indexes (mentor_id, status) and (mentee_id, status)). */
export async function listOwnPairs(user: SessionUser): Promise<{ asMentor: PairListRow[]; asMentee: PairListRow[] }> {
  const me = user.employeeId;
  const [asMentor, asMentee] = await Promise.all([
    db.mentoringPair.findMany({ where: { mentorId: me }, select: rowSelect, orderBy: ownOrder, take: OWN_LIMIT }),
    db.mentoringPair.findMany({ where: { menteeId: me }, select: rowSelect, orderBy: ownOrder, take: OWN_LIMIT }),
  ]);
  const [mentor, mentee] = await Promise.all([withTotals(asMentor), withTotals(asMentee)]);
  return { asMentor: mentor, asMentee: mentee };
}

export type OverseenPairs = { rows: PairListRow[]; total: number; page: number; pageSize: number };

/**
 * HR: every pair; a supervisor: pairs whose mentee is in their chain. Filtered by status and by the
 * mentee's unit with its sub-units (org_units.path GIN), newest first, paginated in SQL. Null for
 * users with no oversight.
 */
export async function listOverseenPairs(user: SessionUser, filters: TPairFilters): Promise<OverseenPairs | null> {
  const scope = oversightScope(user);
  if (!scope) return null;
  const and: Prisma.MentoringPairWhereInput[] = [scope];
  if (filters.status) and.push({ status: filters.status });
  if (filters.unit) and.push({ mentee: { unit: { path: { has: filters.unit } } } });
  const where: Prisma.MentoringPairWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db.mentoringPair.count({ where }),
    db.mentoringPair.findMany({ where, select: rowSelect, orderBy: { id: "desc" }, skip: (filters.page - 1) * OVERSIGHT_PAGE_SIZE, take: OVERSIGHT_PAGE_SIZE }),
  ]);
  return { rows: await withTotals(rows), total, page: filters.page, pageSize: OVERSIGHT_PAGE_SIZE };
}
