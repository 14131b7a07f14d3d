import "server-only";
import { today } from "@/lib/clock";
import { lockSkSequence } from "@/lib/committee/sk-mutations";
import { toIsoDate } from "@/lib/domain/dates";
import { skNumberParts } from "@/lib/domain/promotion-round";
import type { Tx } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";

/**
 * The promotion effect of a closed round (lib/committee/effects.ts), all set-based in the caller's
 * transaction. Approved and not yet applied: SKs numbered in one pass (ordered by name), a rank
 * history row (kind = route, TMT = the round's period, SK date = today) and the employee's current
 * pangkat, unless HR has since recorded a later one. On a correction (candidateIds given), a rejected
 * candidate whose promotion was applied gets a KOREKSI row back to the previous pangkat, and the
 * employee's pangkat is restored if it is still the promoted one.
 */
export async function applyPromotionDecisions(tx: Tx, roundId: number, actor: SessionUser, candidateIds?: number[]): Promise<void> {
  const round = await tx.promotionRound.findUniqueOrThrow({ where: { id: roundId }, select: { periodTmt: true } });
  const tmt = toIsoDate(round.periodTmt);
  const skDate = today();
  const year = skDate.getUTCFullYear();
  const sk = toIsoDate(skDate);
  const base = await lockSkSequence(tx, "promotion", year);
  const { prefix, suffix } = skNumberParts("promotion", year);
  const ids = candidateIds ?? null;

  const granted = await tx.$queryRaw<{ n: number }[]>`
    WITH approved AS (
      SELECT c.id, row_number() OVER (ORDER BY e.search_name, c.id) AS n
      FROM promotion_candidates c JOIN employees e ON e.id = c.employee_id
      WHERE c.round_id = ${roundId} AND c.decision = 'APPROVED' AND c.sk_number IS NULL AND c.to_rank_id IS NOT NULL
        AND (${ids}::int[] IS NULL OR c.id = ANY(${ids}::int[]))
    ), numbered AS (
      UPDATE promotion_candidates c SET sk_number = ${prefix}::text || (${base}::int + a.n)::text || ${suffix}::text, sk_date = ${sk}::date, version = c.version + 1
      FROM approved a WHERE c.id = a.id
      RETURNING c.id, c.employee_id, c.from_rank_id, c.to_rank_id, c.route, c.sk_number
    ), history AS (
      INSERT INTO rank_histories (employee_id, rank_id, kind, tmt, sk_number, sk_date)
      SELECT n.employee_id, n.to_rank_id, n.route::text::"RankChangeKind", ${tmt}::date, n.sk_number, ${sk}::date FROM numbered n
      RETURNING id
    ), moved AS (
      UPDATE employees e SET rank_id = n.to_rank_id, rank_tmt = ${tmt}::date, version = e.version + 1, updated_at = now()
      FROM numbered n WHERE e.id = n.employee_id AND (e.rank_tmt IS NULL OR e.rank_tmt <= ${tmt}::date)
      RETURNING e.id
    ), audited AS (
      INSERT INTO audit_logs (actor_id, action, entity_type, entity_id, before, after)
      SELECT ${actor.userId}::int, 'promotion.rank_granted', 'Employee', n.employee_id::text,
             jsonb_build_object('rankId', n.from_rank_id),
             jsonb_build_object('rankId', n.to_rank_id, 'kind', n.route, 'tmt', ${tmt}::text, 'skNumber', n.sk_number, 'skDate', ${sk}::text,
                                'candidateId', n.id, 'roundId', ${roundId}::int, 'becomesCurrent', n.employee_id IN (SELECT id FROM moved))
      FROM numbered n
      RETURNING id
    )
    SELECT (SELECT count(*) FROM numbered)::int AS n, (SELECT count(*) FROM history)::int AS h, (SELECT count(*) FROM audited)::int AS a`;
  if (!ids) return;

  const next = base + (granted[0]?.n ?? 0);
  await tx.$queryRaw`
    WITH revoked AS (
      SELECT c.id, c.employee_id, c.from_rank_id, c.to_rank_id, c.sk_number AS old_sk, row_number() OVER (ORDER BY c.id) AS n
      FROM promotion_candidates c
      WHERE c.round_id = ${roundId} AND c.decision = 'REJECTED' AND c.sk_number IS NOT NULL AND c.from_rank_id IS NOT NULL
        AND c.id = ANY(${ids}::int[])
    ), cleared AS (
      UPDATE promotion_candidates c SET sk_number = NULL, sk_date = NULL, version = c.version + 1
      FROM revoked r WHERE c.id = r.id
      RETURNING c.id
    ), history AS (
      INSERT INTO rank_histories (employee_id, rank_id, kind, tmt, sk_number, sk_date)
      SELECT r.employee_id, r.from_rank_id, 'KOREKSI', ${tmt}::date, ${prefix}::text || (${next}::int + r.n)::text || ${suffix}::text, ${sk}::date FROM revoked r
      RETURNING id
    ), restored AS (
      UPDATE employees e SET rank_id = r.from_rank_id,
             rank_tmt = coalesce((SELECT max(h.tmt) FROM rank_histories h
                                  WHERE h.employee_id = e.id AND h.rank_id = r.from_rank_id AND h.tmt < ${tmt}::date AND h.kind <> 'KOREKSI'), e.rank_tmt),
             version = e.version + 1, updated_at = now()
      FROM revoked r WHERE e.id = r.employee_id AND e.rank_id = r.to_rank_id AND e.rank_tmt = ${tmt}::date
      RETURNING e.id
    ), audited AS (
      INSERT INTO audit_logs (actor_id, action, entity_type, entity_id, before, after)
      SELECT ${actor.userId}::int, 'promotion.rank_revoked', 'Employee', r.employee_id::text,
             jsonb_build_object('rankId', r.to_rank_id, 'skNumber', r.old_sk),
             jsonb_build_object('rankId', r.from_rank_id, 'kind', 'KOREKSI', 'skNumber', ${prefix}::text || (${next}::int + r.n)::text || ${suffix}::text,
                                'candidateId', r.id, 'roundId', ${roundId}::int, 'restored', r.employee_id IN (SELECT id FROM restored))
      FROM revoked r
      RETURNING id
    )
    SELECT (SELECT count(*) FROM cleared)::int AS c, (SELECT count(*) FROM history)::int AS h, (SELECT count(*) FROM audited)::int AS a`;
}
