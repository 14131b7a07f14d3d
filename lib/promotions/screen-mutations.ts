import "server-only";
import { screenEligibility, type EligibilityRow } from "@/lib/career/eligibility";
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
 * The screening as one text per column, split in SQL: a 100,000-element array parameter costs Prisma
 * 50–80 ms to serialise (five of them most of a second), a joined text a few. Numbers and t/f join
 * with commas (an empty field is NULL); the conditions, which hold commas, with U+001E, which JSON
 * text never contains raw.
 */
function screeningColumns(rows: readonly EligibilityRow[]) {
  const n = rows.length;
  const ids = new Array<number>(n);
  const routes = new Array<string>(n);
  const eligible = new Array<string>(n);
  const from = new Array<number | string>(n);
  const to = new Array<number | string>(n);
  const conditions = new Array<string>(n);
  for (let i = 0; i < n; i += 1) {
    const row = rows[i]!;
    ids[i] = row.employeeId;
    routes[i] = row.route ?? "REGULER";
    eligible[i] = row.eligibleNow ? "t" : "f";
    from[i] = row.rankId ?? "";
    to[i] = row.nextRankId ?? "";
    conditions[i] = storeConditions(row.conditions);
  }
  return { ids: ids.join(), routes: routes.join(), eligible: eligible.join(), from: from.join(), to: to.join(), conditions: conditions.join(SEPARATOR) };
}

/**
 * Penyaringan: every PNS through the career checklist's rule as of the round's TMT
 * (screenEligibility: four set-based reads, the pure rule in memory), then one statement that
 * brings the round's rows in line with it: a new person gets a row, a row whose result changed is
 * updated in place, one whose result is the same is not written at all (a re-screen after a few
 * corrections touches a few rows, not 100,000), and a screening row whose person is no longer
 * screened (no longer PNS) goes. Rows HR added through a pilihan route keep their route, target and
 * justification and only get the fresh result.
 */
export async function screenRound(user: SessionUser, roundId: number, input: TRoundStep): Promise<ScreenResult> {
  authorize(user, "promotion.manage");
  const round = await db.promotionRound.findUnique({ where: { id: roundId }, select: { status: true, periodTmt: true } });
  if (!round) throw new AppError("NOT_FOUND", t("errors.notFound"));
  if (round.status !== "DRAFT") throw new AppError("CONFLICT", t(round.status === "CLOSED" ? "promotions.errors.closed" : "promotions.errors.frozen"));

  // The slow, read-only part runs before the transaction, so no lock is held while it does.
  const c = screeningColumns(await screenEligibility(round.periodTmt));

  return db.$transaction(
    async (tx) => {
      await bumpDraftRound(tx, roundId, input.version);
      // The round's rows and the screening side by side in one FULL JOIN (hash, whatever the
      // statistics say: a round screened a moment ago looks empty to them, and a nested loop over
      // 100,000 × 100,000 rows would follow), kept in memory (~30 MB at 100,000 people) rather than
      // spilled to disk. The conditions compare as the text they were written as (a json column
      // keeps it), so an unchanged row costs a comparison and no write.
      // JOIN employees: someone deleted since the read is skipped rather than failing the batch.
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      const [counts] = await tx.$queryRaw<{ screened: number; eligible: number; changed: number; added: number; dropped: number }[]>`
        WITH s AS (
          SELECT u.employee_id, u.route, u.eligible, u.from_rank, u.to_rank, u.conditions
          FROM unnest(string_to_array(${c.ids}, ',')::int[], string_to_array(${c.routes}, ','), string_to_array(${c.eligible}, ',')::bool[],
                      string_to_array(${c.from}, ',', '')::int[], string_to_array(${c.to}, ',', '')::int[], string_to_array(${c.conditions}, E'\x1e'))
                 AS u(employee_id, route, eligible, from_rank, to_rank, conditions)
          JOIN employees e ON e.id = u.employee_id
        ), d AS (
          SELECT s.*, p.id,
                 CASE WHEN p.id IS NULL THEN 'add'
                      WHEN s.employee_id IS NULL THEN CASE WHEN p.added_by_id IS NULL THEN 'drop' END
                      WHEN (p.eligible, p.from_rank_id, p.conditions::text) IS DISTINCT FROM (s.eligible, s.from_rank, s.conditions)
                        OR (p.added_by_id IS NULL AND (p.route::text, p.proposed, p.to_rank_id) IS DISTINCT FROM (s.route, s.eligible, s.to_rank)) THEN 'change'
                 END AS step
          FROM s FULL JOIN (SELECT * FROM promotion_candidates WHERE round_id = ${roundId}::int) p ON p.employee_id = s.employee_id
        ), changed AS (
          UPDATE promotion_candidates p
          SET eligible = d.eligible, from_rank_id = d.from_rank, conditions = d.conditions::json, version = p.version + 1,
              route = CASE WHEN p.added_by_id IS NULL THEN d.route::"PromotionRoute" ELSE p.route END,
              proposed = CASE WHEN p.added_by_id IS NULL THEN d.eligible ELSE p.proposed END,
              to_rank_id = CASE WHEN p.added_by_id IS NULL THEN d.to_rank ELSE p.to_rank_id END
          FROM d WHERE d.step = 'change' AND p.id = d.id
          RETURNING 1
        ), added AS (
          INSERT INTO promotion_candidates (round_id, employee_id, route, eligible, proposed, from_rank_id, to_rank_id, conditions)
          SELECT ${roundId}::int, d.employee_id, d.route::"PromotionRoute", d.eligible, d.eligible, d.from_rank, d.to_rank, d.conditions::json
          FROM d WHERE d.step = 'add'
          RETURNING 1
        ), dropped AS (
          DELETE FROM promotion_candidates p USING d WHERE d.step = 'drop' AND p.id = d.id
          RETURNING 1
        )
        SELECT count(d.employee_id)::int AS screened, (count(*) FILTER (WHERE d.eligible))::int AS eligible,
               (SELECT count(*) FROM changed)::int AS changed, (SELECT count(*) FROM added)::int AS added, (SELECT count(*) FROM dropped)::int AS dropped
        FROM d`;
      const { screened, eligible, ...rows } = counts!;
      await tx.promotionRound.update({ where: { id: roundId }, data: { screenedAt: new Date(), screenedCount: screened, eligibleCount: eligible } });
      await writeAudit(tx, { actorId: user.userId, action: "promotion.round_screened", entityType: "PromotionRound", entityId: roundId, after: { screened, eligible, rows } });
      return { screened, eligible };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
