import "server-only";
import { dateOnly } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can, canAny } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { REGISTRATIONS_PAGE_SIZE, type TRegistrationFilters } from "./registration-schemas";
import { approvalScope } from "./scope";

const person = { id: true, nip: true, name: true, frontTitle: true, backTitle: true, position: { select: { name: true } }, unit: { select: { name: true } } } as const;

/**
 * HR's participant list of one training, filtered by status, through the (training_id, status)
 * index, with the count per status for the filter and the bulk completion. Null for anyone else.
 */
export async function listTrainingRegistrations(user: SessionUser, trainingId: number, filters: TRegistrationFilters) {
  if (!can(user, "training.manage")) return null;
  const where: Prisma.TrainingRegistrationWhereInput = { trainingId, ...(filters.status ? { status: filters.status } : {}) };
  const [rows, groups] = await Promise.all([
    db.trainingRegistration.findMany({
      where,
      select: {
        id: true,
        status: true,
        version: true,
        motivation: true,
        requestedAt: true,
        decidedAt: true,
        declineReason: true,
        completedAt: true,
        certificateNumber: true,
        employee: { select: person },
        decider: { select: { name: true } },
      },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      skip: (filters.page - 1) * REGISTRATIONS_PAGE_SIZE,
      take: REGISTRATIONS_PAGE_SIZE,
    }),
    db.trainingRegistration.groupBy({ by: ["status"], where: { trainingId }, _count: { _all: true } }),
  ]);
  const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>;
  const total = filters.status ? (counts[filters.status] ?? 0) : groups.reduce((sum, g) => sum + g._count._all, 0);
  return { rows, counts, total, page: filters.page, pageSize: REGISTRATIONS_PAGE_SIZE };
}
export type ParticipantRow = NonNullable<Awaited<ReturnType<typeof listTrainingRegistrations>>>["rows"][number];

/**
 * PENDING registrations the user decides (their direct reports; for HR also people without a
 * supervisor), earliest training first. Null when the user decides nobody's.
 */
export async function listPendingApprovals(user: SessionUser, page: number) {
  if (!canAny(user, ["training.approve", "training.manage"])) return null;
  const where: Prisma.TrainingRegistrationWhereInput = { AND: [{ status: "PENDING" }, approvalScope(user)] };
  const [total, rows] = await Promise.all([
    db.trainingRegistration.count({ where }),
    db.trainingRegistration.findMany({
      where,
      select: {
        id: true,
        version: true,
        motivation: true,
        requestedAt: true,
        employee: { select: person },
        training: { select: { id: true, title: true, kind: true, type: true, startDate: true, endDate: true, hours: true, quota: true, seatsTaken: true } },
      },
      orderBy: [{ training: { startDate: "asc" } }, { id: "asc" }],
      skip: (page - 1) * REGISTRATIONS_PAGE_SIZE,
      take: REGISTRATIONS_PAGE_SIZE,
    }),
  ]);
  return { rows: rows.map((r) => ({ ...r, training: { ...r.training, hours: Number(r.training.hours) } })), total, page, pageSize: REGISTRATIONS_PAGE_SIZE };
}
export type ApprovalRow = NonNullable<Awaited<ReturnType<typeof listPendingApprovals>>>["rows"][number];

/**
 * "Pelatihan saya": every registration still open (PENDING or APPROVED, whatever its year) and the
 * others of trainings that start in `year`. A person has a handful a year; the cap only guards the page.
 */
export async function listMyRegistrations(user: SessionUser, year: number) {
  const rows = await db.trainingRegistration.findMany({
    where: {
      employeeId: user.employeeId,
      OR: [{ status: { in: ["PENDING", "APPROVED"] } }, { training: { startDate: { gte: dateOnly(year, 1, 1), lte: dateOnly(year, 12, 31) } } }],
    },
    select: {
      id: true,
      status: true,
      version: true,
      requestedAt: true,
      decidedAt: true,
      declineReason: true,
      completedAt: true,
      certificateNumber: true,
      decider: { select: { name: true } },
      training: { select: { id: true, title: true, kind: true, startDate: true, endDate: true, hours: true } },
    },
    orderBy: [{ training: { startDate: "desc" } }, { id: "desc" }],
    take: 200,
  });
  return rows.map((r) => ({ ...r, training: { ...r.training, hours: Number(r.training.hours) } }));
}
export type MyRegistration = Awaited<ReturnType<typeof listMyRegistrations>>[number];
