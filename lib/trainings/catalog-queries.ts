import "server-only";
import { today } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { t } from "@/lib/i18n";
import { CATALOG_PAGE_SIZE, type TCatalogFilters } from "./catalog-schemas";
import { eligibilityProblems, type Registrant } from "./rules";
import { seesCatalog } from "./scope";

/** The facts registration rules need about a person, read in the caller's client or transaction. */
export async function readRegistrant(client: Tx, employeeId: number): Promise<Registrant | null> {
  const row = await client.employee.findUnique({
    where: { id: employeeId },
    select: { rankId: true, position: { select: { type: true } }, unit: { select: { path: true } } },
  });
  return row ? { rankId: row.rankId, positionType: row.position.type, unitPath: row.unit.path } : null;
}

/** The trainings a person may register for today, as a `where` (the same rules as eligibilityProblems). */
export function eligibleWhere(person: Registrant, now: Date): Prisma.TrainingWhereInput {
  return {
    published: true,
    registrationDeadline: { gte: now },
    AND: [
      { OR: [{ positionTypes: { isEmpty: true } }, { positionTypes: { has: person.positionType } }] },
      person.rankId === null ? { minRankId: null } : { OR: [{ minRankId: null }, { minRankId: { lte: person.rankId } }] },
      { OR: [{ unitId: null }, { unitId: { in: [...person.unitPath] } }] },
    ],
  };
}

const listSelect = {
  id: true,
  title: true,
  type: true,
  kind: true,
  provider: true,
  mode: true,
  location: true,
  startDate: true,
  endDate: true,
  registrationDeadline: true,
  hours: true,
  quota: true,
  seatsTaken: true,
  published: true,
} satisfies Prisma.TrainingSelect;

export type CatalogRow = Omit<Prisma.TrainingGetPayload<{ select: typeof listSelect }>, "hours"> & { hours: number; myStatus: RegistrationStatus | null };

/**
 * The catalog page: published trainings for everyone, unpublished ones too for HR; upcoming (from
 * today) by default or past ones, by start date through the (published, start_date) index. The
 * catalog is a few hundred rows a year, so the text search is a plain ILIKE.
 */
export async function findTrainings(user: SessionUser, filters: TCatalogFilters) {
  if (!seesCatalog(user)) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  const now = today();
  const where: Prisma.TrainingWhereInput[] = [];
  if (!can(user, "training.manage")) where.push({ published: true });
  const past = filters.when === "past";
  where.push({ startDate: past ? { lt: now } : { gte: now } });
  if (filters.kind) where.push({ kind: filters.kind });
  if (filters.mode) where.push({ mode: filters.mode });
  const q = filters.q?.trim();
  if (q) where.push({ OR: [{ title: { contains: q, mode: "insensitive" } }, { provider: { contains: q, mode: "insensitive" } }] });
  if (filters.eligible) {
    const person = await readRegistrant(db, user.employeeId);
    where.push(person ? eligibleWhere(person, now) : { id: -1 });
  }
  const filter: Prisma.TrainingWhereInput = { AND: where };
  const order: Prisma.SortOrder = past ? "desc" : "asc";
  const [total, rows] = await Promise.all([
    db.training.count({ where: filter }),
    db.training.findMany({
      where: filter,
      select: { ...listSelect, registrations: { where: { employeeId: user.employeeId }, select: { status: true } } },
      orderBy: [{ startDate: order }, { id: order }],
      skip: (filters.page - 1) * CATALOG_PAGE_SIZE,
      take: CATALOG_PAGE_SIZE,
    }),
  ]);
  const list: CatalogRow[] = rows.map(({ registrations, hours, ...row }) => ({ ...row, hours: Number(hours), myStatus: registrations[0]?.status ?? null }));
  return { rows: list, total, page: filters.page, pageSize: CATALOG_PAGE_SIZE };
}

const detailSelect = {
  ...listSelect,
  description: true,
  positionTypes: true,
  minRankId: true,
  unitId: true,
  version: true,
  unit: { select: { name: true } },
  competencies: { select: { competency: { select: { id: true, code: true, name: true, kind: true } } }, orderBy: { competencyId: "asc" } },
  _count: { select: { registrations: true } },
} satisfies Prisma.TrainingSelect;

/**
 * One training as the user may see it (null when absent, unpublished for a non-HR viewer who is not
 * registered, or the catalog is closed to them), with the viewer's own registration and whether they may register.
 */
export async function getTrainingDetail(user: SessionUser, id: number) {
  if (!seesCatalog(user)) return null;
  const row = await db.training.findFirst({
    // An unpublished training stays visible to those already registered for it.
    where: { id, ...(can(user, "training.manage") ? {} : { OR: [{ published: true }, { registrations: { some: { employeeId: user.employeeId } } }] }) },
    select: {
      ...detailSelect,
      registrations: {
        where: { employeeId: user.employeeId },
        select: { id: true, status: true, version: true, motivation: true, requestedAt: true, decidedAt: true, declineReason: true, completedAt: true, certificateNumber: true, decider: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const { registrations, hours, _count, competencies, ...training } = row;
  const registers = can(user, "training.register");
  const person = registers ? await readRegistrant(db, user.employeeId) : null;
  const now = today();
  return {
    ...training,
    hours: Number(hours),
    competencies: competencies.map((c) => c.competency),
    registrationCount: _count.registrations,
    seatsLeft: Math.max(0, training.quota - training.seatsTaken),
    mine: registrations[0] ?? null,
    /** Null when the viewer does not register (HR-only accounts). */
    problems: person ? eligibilityProblems(training, person, now) : null,
    started: now.getTime() >= training.startDate.getTime(),
  };
}
export type TrainingDetail = NonNullable<Awaited<ReturnType<typeof getTrainingDetail>>>;

/** The edit form's starting values (HR only). */
export async function getTrainingForEdit(user: SessionUser, id: number) {
  if (!can(user, "training.manage")) return null;
  const row = await db.training.findUnique({ where: { id }, select: detailSelect });
  if (!row) return null;
  const { hours, competencies, _count, ...training } = row;
  return { ...training, hours: Number(hours), competencyIds: competencies.map((c) => c.competency.id), registrationCount: _count.registrations };
}
