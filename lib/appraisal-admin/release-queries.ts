import "server-only";
import { governedUnitIds } from "@/lib/domain/appraisal/distribution-unit";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { loadGovernance } from "./distribution-queries";

export const RELEASED_PAGE_SIZE = 25;

/**
 * The annual results released by the unit's latest finalisation (released_at equals the unit's
 * finalized_at: one finalisation stamps both with the same instant), by name, a page at a time.
 */
export async function listLastReleased(user: SessionUser, unitId: number, year: number, page: number) {
  authorize(user, "appraisal.manage");
  const governance = await loadGovernance(db, year);
  const finalizedAt = governance.results.get(unitId)?.finalizedAt;
  if (!finalizedAt) return { rows: [], total: 0, page, pageSize: RELEASED_PAGE_SIZE, finalizedAt: null };
  const where = {
    year,
    kind: "ANNUAL" as const,
    unitId: { in: governedUnitIds(unitId, governance.units, new Set(governance.results.keys())) },
    releasedAt: finalizedAt,
  };
  const [total, rows] = await Promise.all([
    db.evaluation.count({ where }),
    db.evaluation.findMany({
      where,
      select: { id: true, predikat: true, status: true, appraisal: { select: { periodStart: true, periodEnd: true, employee: { select: { id: true, nip: true, name: true } } } } },
      orderBy: [{ appraisal: { employee: { searchName: "asc" } } }, { id: "asc" }],
      skip: (page - 1) * RELEASED_PAGE_SIZE,
      take: RELEASED_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page, pageSize: RELEASED_PAGE_SIZE, finalizedAt };
}
