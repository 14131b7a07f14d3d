import "server-only";
import { checkDistribution, type Violation } from "@/lib/domain/appraisal/distribution";
import { governedUnitIds } from "@/lib/domain/appraisal/distribution-unit";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { countDistribution, loadGovernance, rulesOf } from "./distribution-queries";
import { recordAnnualResults } from "@/lib/appraisals/annual";
import { releaseRated, type Released } from "./release-mutations";
import { isSelectableYear, type TFinalize } from "./schemas";
import { lockResultsOfYear } from "./unit-result-mutations";

export type FinalizeOutcome = { released: number; overridden: boolean };

/** A violation as the audit row keeps it: which rule, how far off. */
const describe = (v: Violation) => ({ kind: v.kind, predikats: v.rule.predikats, actualPercent: v.actualPercent, limitPercent: v.limitPercent });

/** One audit row per released evaluation, written as one INSERT: each result's trail shows its release. */
async function auditReleases(tx: Tx, actorId: number, released: readonly Released[], at: Date, unitId: number): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO audit_logs (at, actor_id, action, entity_type, entity_id, before, after)
    SELECT ${at}, ${actorId}, 'evaluation.release', 'Evaluation', s.id::text, '{"status":"RATED"}'::jsonb,
           jsonb_build_object('status', 'RELEASED', 'predikat', s.predikat, 'releasedAt', ${at.toISOString()}::text, 'unitId', ${unitId}::int)
    FROM unnest(${released.map((r) => r.id)}::int[], ${released.map((r) => r.predikat)}::text[]) AS s(id, predikat)`;
}

/**
 * "Tetapkan hasil tahunan unit": releases every RATED annual evaluation the unit's result governs,
 * in one transaction under the unit's result row lock (and the year's result lock, so governance
 * cannot shift underneath). The distribution is judged after the release statement, on exactly the
 * rows now in the database: a violation without HR's override reason rolls everything back.
 * Re-finalising later releases what was rated since.
 */
export async function finalizeUnitResults(actor: SessionUser, unitId: number, year: number, input: TFinalize): Promise<FinalizeOutcome> {
  authorize(actor, "appraisal.manage");
  if (!isSelectableYear(year) || !Number.isInteger(unitId)) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return db.$transaction(
    async (tx) => {
      await lockResultsOfYear(tx, year);
      const governance = await loadGovernance(tx, year);
      if (!governance.units.some((u) => u.id === unitId)) throw new AppError("NOT_FOUND", t("errors.notFound"));
      const row = governance.results.get(unitId);
      if (!row) throw new AppError("CONFLICT", t("appraisalAdmin.finalize.errors.noResult"));
      await lockVersion(tx, "unitYearResult", row.id, input.version);

      const governed = governedUnitIds(unitId, governance.units, new Set(governance.results.keys()));
      const now = new Date();
      const released = await releaseRated(tx, year, governed, now);
      if (released.length === 0) throw new AppError("CONFLICT", t("appraisalAdmin.finalize.errors.nothingToRelease"));

      const { counts } = await countDistribution(tx, year, governed);
      const violations = checkDistribution(counts, await rulesOf(tx, row.result));
      if (violations.length > 0 && !input.overrideReason) throw fieldError("overrideReason", t("appraisalAdmin.finalize.errors.reasonRequired"));
      const overrideReason = violations.length > 0 ? input.overrideReason : null;

      await recordAnnualResults(tx, released.map((r) => r.id));
      await tx.unitYearResult.update({ where: { id: row.id }, data: { finalizedAt: now, overrideReason, version: { increment: 1 } } });
      await writeAudit(tx, {
        actorId: actor.userId,
        action: "unitYearResult.finalize",
        entityType: "UnitYearResult",
        entityId: row.id,
        before: { finalizedAt: row.finalizedAt, overrideReason: row.overrideReason },
        after: { unitId, year, result: row.result, finalizedAt: now, overrideReason, released: released.length, counts, violations: violations.map(describe) },
      });
      await auditReleases(tx, actor.userId, released, now, unitId);
      return { released: released.length, overridden: overrideReason !== null };
    },
    // Thousands of rows move in a handful of statements; the default 5 s leaves no room on a busy server.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
