import "server-only";
import { dateOnly } from "@/lib/domain/dates";
import { employeeReadScope } from "@/lib/employees/scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { EXTERNAL_PAGE_SIZE, type TExternalFilters } from "./external-schemas";

const rowSelect = {
  id: true,
  title: true,
  kind: true,
  provider: true,
  startDate: true,
  endDate: true,
  hours: true,
  certificateNumber: true,
  status: true,
  rejectReason: true,
  verifiedAt: true,
  createdAt: true,
  version: true,
  fileId: true,
} satisfies Prisma.ExternalTrainingSelect;

type Row = Prisma.ExternalTrainingGetPayload<{ select: typeof rowSelect }>;
const plain = <T extends Pick<Row, "hours">>(row: T) => ({ ...row, hours: Number(row.hours) });

/**
 * HR's verification queue over the (status, created_at) index: SUBMITTED first (oldest first, a
 * queue), then the decided ones. Null for anyone but HR.
 */
export async function listExternalQueue(user: SessionUser, filters: TExternalFilters) {
  if (!can(user, "training.manage")) return null;
  const where: Prisma.ExternalTrainingWhereInput = filters.status ? { status: filters.status } : {};
  const [total, rows] = await Promise.all([
    db.externalTraining.count({ where }),
    db.externalTraining.findMany({
      where,
      select: { ...rowSelect, employee: { select: { id: true, nip: true, name: true, unit: { select: { name: true } } } } },
      orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * EXTERNAL_PAGE_SIZE,
      take: EXTERNAL_PAGE_SIZE,
    }),
  ]);
  return { rows: rows.map(plain), total, page: filters.page, pageSize: EXTERNAL_PAGE_SIZE };
}
export type ExternalQueueRow = NonNullable<Awaited<ReturnType<typeof listExternalQueue>>>["rows"][number];

/** The person's own entries: those waiting for HR, and those that took place in `year`. */
export async function listMyExternalTrainings(user: SessionUser, year: number) {
  const rows = await db.externalTraining.findMany({
    where: { employeeId: user.employeeId, OR: [{ status: "SUBMITTED" }, { startDate: { gte: dateOnly(year, 1, 1), lte: dateOnly(year, 12, 31) } }] },
    select: rowSelect,
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    take: 200,
  });
  return rows.map(plain);
}
export type MyExternalRow = Awaited<ReturnType<typeof listMyExternalTrainings>>[number];

/** One entry for whoever may read the person's records (themselves, their chain, HR); null otherwise. */
export async function getExternalTraining(user: SessionUser, id: number) {
  const row = await db.externalTraining.findFirst({
    where: { id, employee: employeeReadScope(user) },
    select: {
      ...rowSelect,
      employee: { select: { id: true, nip: true, name: true, unit: { select: { name: true } }, position: { select: { name: true } } } },
      verifier: { select: { name: true } },
      file: { select: { filename: true, mimeType: true, size: true } },
    },
  });
  return row ? plain(row) : null;
}
export type ExternalDetail = NonNullable<Awaited<ReturnType<typeof getExternalTraining>>>;

/**
 * The certificate of an external training, for the download route: read under the same scope as the
 * entry, and the bytes only once the reader is allowed.
 */
export async function getCertificateFile(user: SessionUser, externalTrainingId: number) {
  const row = await db.externalTraining.findFirst({
    where: { id: externalTrainingId, employee: employeeReadScope(user) },
    select: { file: { select: { filename: true, mimeType: true, data: true } } },
  });
  return row?.file ?? null;
}
