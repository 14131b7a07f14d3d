import "server-only";
import { screenEligibility } from "@/lib/career/eligibility";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { storeConditions } from "./conditions";
import { bumpDraftRound } from "./round-lock-mutations";
import type { TRoundStep } from "./schemas";

const SEPARATOR = "\u001e";

export type ScreenResult = { screened: number; eligible: number };

/**
 * Penyaringan: every PNS through the career checklist's rule as of the round's TMT
 * (screenEligibility: four set-based reads, the pure rule in memory), then one INSERT … SELECT FROM
 * unnest(…) for all rows. It replaces the screening's rows; rows HR added through a pilihan route
 * keep their route, target and justification and only get the fresh conditions.
 */
export async function screenRound(user: SessionUser, roundId: number, input: TRoundStep): Promise<ScreenResult> {
  authorize(user, "promotion.manage");
  const round = await db.promotionRound.findUnique({ where: { id: roundId }, select: { status: true, periodTmt: true } });
  if (!round) throw new AppError("NOT_FOUND", t("errors.notFound"));
  if (round.status !== "DRAFT") throw new AppError("CONFLICT", t(round.status === "CLOSED" ? "promotions.errors.closed" : "promotions.errors.frozen"));

  // The slow, read-only part runs before the transaction, so no lock is held while it does.
  const rows = await screenEligibility(round.periodTmt);
  const n = rows.length;
  const ids = new Array<number>(n);
  const routes = new Array<string>(n);
  const eligible = new Array<boolean>(n);
  const from = new Array<number | null>(n);
  const to = new Array<number | null>(n);
  const conditions = new Array<string>(n);
  let eligibleCount = 0;
  for (let i = 0; i < n; i += 1) {
    const row = rows[i]!;
    ids[i] = row.employeeId;
    routes[i] = row.route ?? "REGULER";
    eligible[i] = row.eligibleNow;
    from[i] = row.rankId;
    to[i] = row.nextRankId;
    conditions[i] = storeConditions(row.conditions);
    if (row.eligibleNow) eligibleCount += 1;
  }

  // The conditions travel as one text split in SQL: a 100,000-element text[] parameter costs seconds
  // to serialise, one joined string a fraction of that. JSON never contains a raw U+001E.
  const joined = conditions.join(SEPARATOR);

  return db.$transaction(
    async (tx) => {
      await bumpDraftRound(tx, roundId, input.version);
      await tx.$executeRaw`DELETE FROM promotion_candidates WHERE round_id = ${roundId} AND added_by_id IS NULL`;
      // JOIN employees: someone deleted since the read is skipped rather than failing the batch.
      const written = await tx.$executeRaw`
        INSERT INTO promotion_candidates (round_id, employee_id, route, eligible, proposed, from_rank_id, to_rank_id, conditions)
        SELECT ${roundId}::int, u.employee_id, u.route::"PromotionRoute", u.eligible, u.eligible, u.from_rank, u.to_rank, u.conditions::jsonb
        FROM unnest(${ids}::int[], ${routes}::text[], ${eligible}::bool[], ${from}::int[], ${to}::int[], string_to_array(${joined}::text, E'\x1e'))
               AS u(employee_id, route, eligible, from_rank, to_rank, conditions)
        JOIN employees e ON e.id = u.employee_id
        ON CONFLICT (round_id, employee_id) DO UPDATE SET eligible = excluded.eligible, from_rank_id = excluded.from_rank_id, conditions = excluded.conditions`;
      await tx.promotionRound.update({ where: { id: roundId }, data: { screenedAt: new Date(), screenedCount: written, eligibleCount } });
      await writeAudit(tx, { actorId: user.userId, action: "promotion.round_screened", entityType: "PromotionRound", entityId: roundId, after: { screened: written, eligible: eligibleCount } });
      return { screened: written, eligible: eligibleCount };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
