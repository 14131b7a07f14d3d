import "server-only";
import type { PlanError } from "@/lib/domain/appraisal/plan-state";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";

// Shared steps of every SKP write: find the SKP inside the writer's scope (a guessed id outside it is
// NOT_FOUND, never FORBIDDEN or CONFLICT), then claim the version the form showed. Every write that
// changes an SKP row bumps its version, so what the first read saw is still true once the claim holds.

const guardSelect = {
  id: true,
  employeeId: true,
  raterId: true,
  raterRaterId: true,
  year: true,
  status: true,
  periodStart: true,
  periodEnd: true,
  version: true,
} satisfies Prisma.AppraisalSelect;

export type GuardedAppraisal = Prisma.AppraisalGetPayload<{ select: typeof guardSelect }>;

export async function findScoped(tx: Tx, id: number, scope: Prisma.AppraisalWhereInput): Promise<GuardedAppraisal> {
  const row = await tx.appraisal.findFirst({ where: { AND: [{ id }, scope] }, select: guardSelect });
  if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return row;
}

/** Scope first, then the version: the row is ours (locked by the version update) until the transaction ends. */
export async function claimScoped(tx: Tx, id: number, scope: Prisma.AppraisalWhereInput, version: number): Promise<GuardedAppraisal> {
  const row = await findScoped(tx, id, scope);
  await claimVersion(tx, "appraisal", id, version);
  return { ...row, version: version + 1 };
}

/**
 * For writes that hang off an SKP without changing it (realisation, notes): the SKP row is share-locked
 * so a concurrent close waits for them, and its state is read under that lock.
 */
export async function lockScoped(tx: Tx, id: number, scope: Prisma.AppraisalWhereInput): Promise<GuardedAppraisal> {
  const row = await findScoped(tx, id, scope);
  const locked = await tx.$queryRaw<{ status: PlanStatus; period_end: Date }[]>`SELECT status, period_end FROM appraisals WHERE id = ${id} FOR SHARE`;
  const current = locked[0];
  if (!current) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return { ...row, status: current.status, periodEnd: current.period_end };
}

/** An action out of order, with the reason in the person's words. */
export function planRefusal(error: PlanError): AppError {
  return new AppError("CONFLICT", t(`skp.errors.plan.${error}`));
}
