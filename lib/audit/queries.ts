import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { AUDIT_PAGE_SIZE, encodeCursor, type TAuditFilters } from "./schemas";

/**
 * Entity types present in the log, without reading millions of rows: a skip scan that hops from one
 * entity_type to the next along the (entity_type, entity_id, at) index, one probe per type.
 */
export async function listAuditEntityTypes(user: SessionUser): Promise<string[]> {
  authorize(user, "audit.read");
  const rows = await db.$queryRaw<{ type: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT entity_type AS type FROM audit_logs ORDER BY entity_type LIMIT 1)
      UNION ALL
      SELECT (SELECT entity_type FROM audit_logs WHERE entity_type > types.type ORDER BY entity_type LIMIT 1)
      FROM types WHERE types.type IS NOT NULL
    )
    SELECT type FROM types WHERE type IS NOT NULL`;
  return rows.map((row) => row.type);
}

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A date-only filter value (UTC midnight) → the moment that day starts in WIB, where HR works. */
const startOfWibDay = (date: Date) => new Date(date.getTime() - WIB_OFFSET_MS);

const rowSelect = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
  actor: { select: { employee: { select: { name: true, nip: true } } } },
} satisfies Prisma.AuditLogSelect;

export type AuditRow = {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  actor: { name: string; nip: string } | null;
};

export type AuditPage = {
  rows: AuditRow[];
  /** Cursor of the next (older) page, when there is one. */
  older: string | null;
  /** Cursor of the previous (newer) page, when there is one. */
  newer: string | null;
  /** The actor NIP matched no account: the page says so instead of showing "nothing happened". */
  actorUnknown: boolean;
};

/**
 * Newest first, 50 at a time, paged by keyset on (at, id) so page 1,000 costs what page 1 does, and
 * without a total count (a COUNT(*) over millions of rows on every view). Fetching one row more than
 * a page tells whether another page exists.
 */
export async function findAuditLogs(user: SessionUser, filters: TAuditFilters): Promise<AuditPage> {
  authorize(user, "audit.read");
  const and: Prisma.AuditLogWhereInput[] = [];
  if (filters.actor) {
    const actor = await db.user.findFirst({ where: { employee: { nip: filters.actor } }, select: { id: true } });
    if (!actor) return { rows: [], older: null, newer: null, actorUnknown: true };
    and.push({ actorId: actor.id });
  }
  if (filters.type) and.push({ entityType: filters.type });
  // Without the type the entity id has no index to use; the page asks for the type first.
  if (filters.type && filters.entity) and.push({ entityId: filters.entity });
  if (filters.action) and.push({ action: { startsWith: filters.action } });
  if (filters.from) and.push({ at: { gte: startOfWibDay(filters.from) } });
  if (filters.to) and.push({ at: { lt: startOfWibDay(new Date(filters.to.getTime() + DAY_MS)) } });

  const goingNewer = !filters.before && !!filters.after;
  const cursor = filters.before ?? filters.after;
  if (cursor) {
    // The plain range on `at` lets the index bound the scan; the OR breaks ties on the same instant.
    and.push(
      goingNewer
        ? { at: { gte: cursor.at }, OR: [{ at: { gt: cursor.at } }, { id: { gt: cursor.id } }] }
        : { at: { lte: cursor.at }, OR: [{ at: { lt: cursor.at } }, { id: { lt: cursor.id } }] },
    );
  }
  const direction = goingNewer ? "asc" : "desc";
  const found = await db.auditLog.findMany({
    where: { AND: and },
    select: rowSelect,
    orderBy: [{ at: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
  });
  const more = found.length > AUDIT_PAGE_SIZE;
  const page = found.slice(0, AUDIT_PAGE_SIZE);
  if (goingNewer) page.reverse();
  const rows: AuditRow[] = page.map(({ id, actor, ...rest }) => ({ ...rest, id: id.toString(), actor: actor ? { name: actor.employee.name, nip: actor.employee.nip } : null }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  // Coming from a cursor means rows exist on the side it came from.
  const hasOlder = goingNewer ? !!cursor : more;
  const hasNewer = goingNewer ? more : !!cursor;
  return {
    rows,
    older: hasOlder && last ? encodeCursor(last) : null,
    newer: hasNewer && first ? encodeCursor(first) : null,
    actorUnknown: false,
  };
}
