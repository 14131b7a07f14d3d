import "server-only";
import { t } from "@/lib/i18n";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/**
 * Every change to a DRAFT round's list bumps the round's version under its row lock, so sending
 * (which carries the version the page showed) never freezes a list the sender has not seen, and a
 * round that has left DRAFT refuses the change with a message saying where it stands.
 */
export async function bumpDraftRound(tx: Tx, roundId: number, version?: number): Promise<{ periodTmt: Date; version: number }> {
  const rows = await tx.$queryRaw<{ periodTmt: Date; version: number }[]>`
    UPDATE promotion_rounds SET version = version + 1
    WHERE id = ${roundId} AND status = 'DRAFT' AND (${version ?? null}::int IS NULL OR version = ${version ?? null}::int)
    RETURNING period_tmt AS "periodTmt", version`;
  if (rows[0]) return rows[0];
  const found = await tx.promotionRound.findUnique({ where: { id: roundId }, select: { status: true } });
  if (!found) throw new AppError("NOT_FOUND", t("errors.notFound"));
  if (found.status !== "DRAFT") throw new AppError("CONFLICT", t(found.status === "CLOSED" ? "promotions.errors.closed" : "promotions.errors.frozen"));
  throw new AppError("CONFLICT", t("errors.conflict"));
}
