import "server-only";
import { skNumberParts, type CaseKind } from "@/lib/domain/promotion-round";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

// SK numbers run per kind and year. The histories are append-only (a revoked SK's number stays on
// its row), so the year's highest sequence is read from them, not from the candidates.
const HISTORY: Record<CaseKind, Prisma.Sql> = {
  promotion: Prisma.raw(`"rank_histories"`),
  placement: Prisma.raw(`"position_histories"`),
};

/**
 * The highest SK sequence already used for `kind` in `year` (0 if none). Takes a transaction-scoped
 * advisory lock first, so two cases closing at once number one after the other, never the same.
 * Number the next SKs base + 1, base + 2, … with lib/domain/promotion-round.ts skNumber().
 */
export async function lockSkSequence(tx: Tx, kind: CaseKind, year: number): Promise<number> {
  const { prefix, suffix } = skNumberParts(kind, year);
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`sk:${kind}:${year}`}))`;
  const rows = await tx.$queryRaw<{ base: number }[]>`
    SELECT coalesce(max(substr(h.sk_number, ${prefix.length + 1}, length(h.sk_number) - ${prefix.length + suffix.length})::int), 0)::int AS base
    FROM ${HISTORY[kind]} h
    WHERE h.sk_number LIKE ${`${prefix}%${suffix}`}
      AND substr(h.sk_number, ${prefix.length + 1}, length(h.sk_number) - ${prefix.length + suffix.length}) ~ '^[0-9]{1,9}$'`;
  return rows[0]?.base ?? 0;
}
