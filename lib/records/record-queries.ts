import "server-only";
import { today } from "@/lib/clock";
import { DEFAULT_BLOCKS_PROMOTION, isActiveOn } from "@/lib/domain/career/sanctions";
import { employeeReadScope } from "@/lib/employees/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

const ownerSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  positionId: true,
  position: { select: { name: true } },
  unit: { select: { name: true } },
} satisfies Prisma.EmployeeSelect;

export type RecordsOwner = Prisma.EmployeeGetPayload<{ select: typeof ownerSelect }>;

/** The person whose records a page shows, or null outside the user's read scope (same as absent). */
export async function findRecordsOwner(user: SessionUser, employeeId: number): Promise<RecordsOwner | null> {
  return db.employee.findFirst({ where: { AND: [{ id: employeeId }, employeeReadScope(user)] }, select: ownerSelect });
}

const awardSelect = { id: true, name: true, grantor: true, skNumber: true, skDate: true } satisfies Prisma.AwardSelect;
const sanctionSelect = {
  id: true,
  level: true,
  kind: true,
  reason: true,
  startDate: true,
  endDate: true,
  blocksPromotion: true,
  skNumber: true,
  skDate: true,
  version: true,
} satisfies Prisma.SanctionSelect;

export type AwardRow = Prisma.AwardGetPayload<{ select: typeof awardSelect }>;
export type SanctionRow = Prisma.SanctionGetPayload<{ select: typeof sanctionSelect }> & {
  /** Being served today. */
  active: boolean;
  /** HR set "blocks promotion" against the level's default (shown with a note). */
  overridesDefault: boolean;
};

export type EmployeeRecords = { owner: RecordsOwner; awards: AwardRow[]; sanctions: SanctionRow[] };

function toSanctionRow(row: Prisma.SanctionGetPayload<{ select: typeof sanctionSelect }>, asOf: Date): SanctionRow {
  return { ...row, active: isActiveOn(row, asOf), overridesDefault: row.blocksPromotion !== DEFAULT_BLOCKS_PROMOTION[row.level] };
}

/** Awards (newest SK first) and sanctions (newest start first) of one person: a handful each, by index. */
export async function getEmployeeRecords(user: SessionUser, employeeId: number): Promise<EmployeeRecords | null> {
  const owner = await findRecordsOwner(user, employeeId);
  if (!owner) return null;
  const [awards, sanctions] = await Promise.all([
    db.award.findMany({ where: { employeeId }, select: awardSelect, orderBy: [{ skDate: "desc" }, { id: "desc" }] }),
    db.sanction.findMany({ where: { employeeId }, select: sanctionSelect, orderBy: [{ startDate: "desc" }, { id: "desc" }] }),
  ]);
  const asOf = today();
  return { owner, awards, sanctions: sanctions.map((row) => toSanctionRow(row, asOf)) };
}

/** One sanction for HR's edit and delete pages; null for anyone else or a sanction of another person. */
export async function getSanction(user: SessionUser, employeeId: number, sanctionId: number): Promise<(SanctionRow & { owner: RecordsOwner }) | null> {
  if (!can(user, "employee.records.manage")) return null;
  const owner = await findRecordsOwner(user, employeeId);
  if (!owner) return null;
  const row = await db.sanction.findFirst({ where: { id: sanctionId, employeeId }, select: sanctionSelect });
  return row ? { ...toSanctionRow(row, today()), owner } : null;
}
