import "server-only";
import { today } from "@/lib/clock";
import { nipPrefixRange, looksLikeNipPrefix } from "@/lib/domain/nip";
import { retirementAge, retirementDate } from "@/lib/domain/retirement";
import { normalizeSearch } from "@/lib/domain/search";
import { serviceLength } from "@/lib/domain/service";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import { DIRECTORY_PAGE_SIZE, type TDirectoryFilters } from "./schemas";
import { directoryScope, employeeReadScope } from "./scope";

const rowSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  status: true,
  rank: { select: { code: true, name: true } },
  position: { select: { name: true, type: true } },
  unit: { select: { name: true } },
} satisfies Prisma.EmployeeSelect;

export type DirectoryRow = Prisma.EmployeeGetPayload<{ select: typeof rowSelect }>;

const SORTS: Record<NonNullable<TDirectoryFilters["sort"]>, Prisma.EmployeeOrderByWithRelationInput[]> = {
  name: [{ searchName: "asc" }, { id: "asc" }],
  nip: [{ nip: "asc" }],
  rank: [{ rankId: { sort: "desc", nulls: "last" } }, { searchName: "asc" }, { id: "asc" }],
  serviceStart: [{ serviceStart: "asc" }, { searchName: "asc" }, { id: "asc" }],
};

/**
 * Name order, but by the unindexed `name` column when a name search or a unit filter is present.
 * Matches of such filters cluster in, or are badly estimated against, the search_name index, and
 * PostgreSQL would walk that index from "a" looking for 25 rows (300 ms for a small unit or for
 * "siti" at 100,000 employees). Sorting the filtered rows instead costs what the filter matches.
 */
function orderFor(filters: TDirectoryFilters): Prisma.EmployeeOrderByWithRelationInput[] {
  const sort = filters.sort ?? "name";
  const narrowed = filters.unit !== undefined || (filters.q !== undefined && filters.q.trim() !== "" && !looksLikeNipPrefix(filters.q));
  return sort === "name" && narrowed ? [{ name: "asc" }, { id: "asc" }] : SORTS[sort];
}

/** The filters as a where clause: NIP prefix as a range on the unique index, names by trigram. */
export function directoryWhere(filters: TDirectoryFilters): Prisma.EmployeeWhereInput {
  const where: Prisma.EmployeeWhereInput[] = [];
  const q = filters.q?.trim();
  if (q && looksLikeNipPrefix(q)) {
    const range = nipPrefixRange(q.replace(/\s+/g, ""));
    if (range) where.push({ nip: range });
  } else if (q) {
    for (const word of normalizeSearch(q).split(" ").filter(Boolean)) where.push({ searchName: { contains: word } });
  }
  if (filters.unit) where.push({ unit: { path: { has: filters.unit } } });
  if (filters.rank) where.push({ rankId: filters.rank });
  if (filters.type) where.push({ position: { type: filters.type as Prisma.EnumPositionTypeFilter["equals"] } });
  if (filters.status) where.push({ status: filters.status });
  return { AND: where };
}

export async function findEmployees(user: SessionUser, filters: TDirectoryFilters) {
  const scope = directoryScope(user);
  if (!scope) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  const where: Prisma.EmployeeWhereInput = { AND: [scope, directoryWhere(filters)] };
  const [total, rows] = await Promise.all([
    db.employee.count({ where }),
    db.employee.findMany({
      where,
      select: rowSelect,
      orderBy: orderFor(filters),
      skip: (filters.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page: filters.page, pageSize: DIRECTORY_PAGE_SIZE };
}

const profileSelect = {
  id: true,
  nip: true,
  name: true,
  frontTitle: true,
  backTitle: true,
  gender: true,
  birthPlace: true,
  birthDate: true,
  status: true,
  serviceStart: true,
  educationLevel: true,
  email: true,
  phone: true,
  version: true,
  rankTmt: true,
  positionTmt: true,
  rank: { select: { id: true, code: true, name: true } },
  position: { select: { id: true, name: true, type: true, functionalLevel: true, grade: true } },
  unit: { select: { id: true, name: true } },
  supervisor: { select: { id: true, nip: true, name: true, position: { select: { name: true } } } },
  rankHistory: { select: { id: true, tmt: true, kind: true, skNumber: true, skDate: true, rank: { select: { code: true, name: true } } }, orderBy: [{ tmt: "desc" }, { id: "desc" }] },
  positionHistory: { select: { id: true, tmt: true, positionName: true, unitName: true, skNumber: true, skDate: true }, orderBy: [{ tmt: "desc" }, { id: "desc" }] },
  education: { select: { id: true, level: true, institution: true, major: true, graduationDate: true, certificateNo: true }, orderBy: [{ graduationDate: "desc" }, { id: "desc" }] },
  user: { select: { id: true, roles: true, active: true, lastLoginAt: true, sessionVersion: true } },
  _count: { select: { reports: true } },
} satisfies Prisma.EmployeeSelect;

type ProfileRow = Prisma.EmployeeGetPayload<{ select: typeof profileSelect }>;

export type EmployeeProfile = Omit<ProfileRow, "user"> & {
  serviceLength: { years: number; months: number };
  retirement: { age: number; date: Date } | null;
  /** Account details: only for those who manage accounts. */
  account: ProfileRow["user"] | null;
};

function toProfile(row: ProfileRow, withAccount: boolean): EmployeeProfile {
  const { user, ...rest } = row;
  const age = retirementAge(row.position.type, row.position.functionalLevel);
  return {
    ...rest,
    serviceLength: serviceLength(row.serviceStart, today()),
    retirement: age ? { age, date: retirementDate(row.birthDate, age) } : null,
    account: withAccount ? user : null,
  };
}

/** One employee as the user may see them; null when absent or outside the user's scope. */
export async function getEmployeeProfile(user: SessionUser, id: number, options: { withAccount?: boolean } = {}): Promise<EmployeeProfile | null> {
  const row = await db.employee.findFirst({ where: { AND: [{ id }, employeeReadScope(user)] }, select: profileSelect });
  return row ? toProfile(row, options.withAccount ?? false) : null;
}
