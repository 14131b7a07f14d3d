import "server-only";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { claimVersion, lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { isSelectableYear, type TUnitResult } from "./schemas";

/**
 * Setting a result changes which unit governs whom, and finalisation reads exactly that; one lock per
 * year makes result edits and finalisations of the same year take turns.
 */
export async function lockResultsOfYear(tx: Tx, year: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.unit_year_results'), ${year}::int)`;
}

const conflict = () => new AppError("CONFLICT", t("errors.conflict"));

/**
 * Sets, changes (result given) or clears (null) a unit's organisational result for a year. The form
 * carries the version it showed, 0 for "no result yet". A finalised result is kept as it is: the
 * results already released were judged against it.
 */
export async function setUnitResult(actor: SessionUser, unitId: number, year: number, input: TUnitResult): Promise<void> {
  authorize(actor, "appraisal.manage");
  if (!isSelectableYear(year) || !Number.isInteger(unitId)) throw new AppError("NOT_FOUND", t("errors.notFound"));
  try {
    await db.$transaction(async (tx) => {
      await lockResultsOfYear(tx, year);
      if (!(await tx.orgUnit.findUnique({ where: { id: unitId }, select: { id: true } }))) throw new AppError("NOT_FOUND", t("errors.notFound"));
      const existing = await tx.unitYearResult.findUnique({
        where: { unitId_year: { unitId, year } },
        select: { id: true, result: true, finalizedAt: true, version: true },
      });
      if (!existing) {
        if (input.version !== 0) throw conflict();
        if (input.result === null) return;
        const created = await tx.unitYearResult.create({ data: { unitId, year, result: input.result }, select: { id: true } });
        await writeAudit(tx, { actorId: actor.userId, action: "unitYearResult.set", entityType: "UnitYearResult", entityId: created.id, after: { unitId, year, result: input.result } });
        return;
      }
      if (existing.version !== input.version) throw conflict();
      if (existing.finalizedAt) throw new AppError("CONFLICT", t("appraisalAdmin.units.errors.finalized"));
      const before = { unitId, year, result: existing.result };
      if (input.result === null) {
        await lockVersion(tx, "unitYearResult", existing.id, input.version);
        await tx.unitYearResult.delete({ where: { id: existing.id } });
        await writeAudit(tx, { actorId: actor.userId, action: "unitYearResult.clear", entityType: "UnitYearResult", entityId: existing.id, before });
        return;
      }
      if (input.result === existing.result) return;
      await claimVersion(tx, "unitYearResult", existing.id, input.version);
      await tx.unitYearResult.update({ where: { id: existing.id }, data: { result: input.result } });
      await writeAudit(tx, { actorId: actor.userId, action: "unitYearResult.update", entityType: "UnitYearResult", entityId: existing.id, before, after: { ...before, result: input.result } });
    });
  } catch (error) {
    // Two admins creating the same unit's first result at once: the unique index decides.
    if (isUniqueViolation(error)) throw conflict();
    throw error;
  }
}
