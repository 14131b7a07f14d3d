import "server-only";
import type { MentoringStatus } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { SessionUser } from "@/lib/server/session";
import type { PairRefusal } from "./pair-rules";
import { pairReadScope } from "./scope";

const guardSelect = { id: true, mentorId: true, menteeId: true, openedById: true, status: true, startDate: true, endDate: true } as const;

/** The pair inside the user's read scope; a guessed id outside it is NOT_FOUND, never FORBIDDEN. */
export async function findPairInScope(tx: Tx, actor: SessionUser, pairId: number) {
  const pair = await tx.mentoringPair.findFirst({ where: { AND: [{ id: pairId }, pairReadScope(actor)] }, select: guardSelect });
  if (!pair) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return pair;
}

/**
 * For writes that hang off a pair without changing it (sessions): the row is share-locked so a
 * concurrent close waits for them, and the status is read under that lock.
 */
export async function lockPairStatus(tx: Tx, pairId: number): Promise<MentoringStatus> {
  const rows = await tx.$queryRaw<{ status: MentoringStatus }[]>`SELECT status FROM mentoring_pairs WHERE id = ${pairId} FOR SHARE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return row.status;
}

/** An action out of order, in the person's words. */
export function refusal(code: PairRefusal): AppError {
  return new AppError("CONFLICT", t(`mentoring.errors.${code}`));
}
