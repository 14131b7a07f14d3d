import "server-only";
import { today } from "@/lib/clock";
import { evaluationPeriods } from "@/lib/domain/appraisal/periods";
import type { OrgResult } from "@/lib/domain/appraisal/distribution";
import { isBefore } from "@/lib/domain/dates";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import type { PlanStatus } from "@/lib/generated/prisma/enums";
import { orderTree } from "@/lib/org-units/tree";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

export type OpdProgress = {
  id: number;
  name: string;
  code: string;
  /** A root unit's row counts only the people placed in the root itself. */
  root: boolean;
  employees: number;
  plans: Record<PlanStatus, number>;
  periodicRated: number;
  periodicDue: number;
  annualRated: number;
  annualReleased: number;
  appealsPending: number;
  result: OrgResult | null;
  finalizedAt: Date | null;
};

type Row = { unitId: number; metric: string; key: string | null; n: number; start: Date | null; end: Date | null };

const RELEASED = new Set(["RELEASED", "ACKNOWLEDGED", "APPEALED", "FINAL"]);

/**
 * Everything but the periodic count, grouped per unit in one statement of index-backed aggregates:
 * employees (employees(unit_id, search_name), index-only), SKPs per status (appraisals(unit_id, year,
 * status), index-only), annual evaluations per status, pending appeals, and the agreed SKPs per
 * period range, from which the periods due so far follow through the domain's evaluationPeriods.
 */
function unitMetrics(year: number) {
  return db.$queryRaw<Row[]>`
    SELECT unit_id AS "unitId", 'employees' AS metric, NULL AS key, count(*)::int AS n, NULL::date AS start, NULL::date AS "end" FROM employees GROUP BY unit_id
    UNION ALL
    SELECT unit_id, 'plan', status::text, count(*)::int, NULL, NULL FROM appraisals WHERE year = ${year} GROUP BY unit_id, status
    UNION ALL
    SELECT unit_id, 'annual', status::text, count(*)::int, NULL, NULL FROM evaluations
    WHERE year = ${year} AND kind = 'ANNUAL' AND predikat IS NOT NULL GROUP BY unit_id, status
    UNION ALL
    SELECT e.unit_id, 'appeal', NULL, count(*)::int, NULL, NULL FROM appeals ap JOIN evaluations e ON e.id = ap.evaluation_id
    WHERE ap.decided_at IS NULL AND e.year = ${year} GROUP BY e.unit_id
    UNION ALL
    SELECT unit_id, 'agreed', NULL, count(*)::int, period_start, period_end FROM appraisals
    WHERE year = ${year} AND (status = 'AGREED' OR (status = 'CLOSED' AND agreed_at IS NOT NULL)) GROUP BY unit_id, period_start, period_end`;
}

/** Rated periodic evaluations per unit: about a million index entries a year, so a statement of its own that runs alongside. */
function periodicRated(year: number) {
  return db.$queryRaw<{ unitId: number; n: number }[]>`
    SELECT unit_id AS "unitId", count(*)::int AS n FROM evaluations
    WHERE year = ${year} AND kind = 'PERIODIC' AND predikat IS NOT NULL GROUP BY unit_id`;
}

const emptyPlans = (): Record<PlanStatus, number> => ({ DRAFT: 0, SUBMITTED: 0, AGREED: 0, CLOSED: 0 });

/**
 * HR's overview of a year per OPD. An OPD is a unit at depth 2 of the tree (a direct child of the
 * root, the province); people in a root unit itself are shown under the root. Two grouped statements
 * per unit run in parallel; units are rolled up to their OPD in memory from the unit paths.
 */
export async function getAppraisalProgress(user: SessionUser, year: number): Promise<OpdProgress[]> {
  authorize(user, "appraisal.manage");
  const [units, results, metrics, periodic, settings] = await Promise.all([
    db.orgUnit.findMany({ select: { id: true, name: true, code: true, parentId: true, path: true } }),
    db.unitYearResult.findMany({ where: { year }, select: { unitId: true, result: true, finalizedAt: true } }),
    unitMetrics(year),
    periodicRated(year),
    getAppraisalSettings(),
  ]);
  const opdOf = new Map(units.map((unit) => [unit.id, unit.path[1] ?? unit.path[0] ?? unit.id]));
  const resultOf = new Map(results.map((row) => [row.unitId, row]));
  const opds = new Map<number, OpdProgress>();
  for (const unit of orderTree(units)) {
    if (opdOf.get(unit.id) !== unit.id) continue;
    const result = resultOf.get(unit.id);
    opds.set(unit.id, {
      id: unit.id,
      name: unit.name,
      code: unit.code,
      root: unit.parentId === null,
      employees: 0,
      plans: emptyPlans(),
      periodicRated: 0,
      periodicDue: 0,
      annualRated: 0,
      annualReleased: 0,
      appealsPending: 0,
      result: result?.result ?? null,
      finalizedAt: result?.finalizedAt ?? null,
    });
  }
  const day = today();
  const dueCache = new Map<string, number>();
  const dueIn = (start: Date, end: Date) => {
    const key = `${start.getTime()}/${end.getTime()}`;
    let due = dueCache.get(key);
    if (due === undefined) {
      // A period is due once it has ended: its last day is before today (WIB).
      due = evaluationPeriods(settings.frequency, start, end).filter((p) => p.kind === "PERIODIC" && isBefore(p.end, day)).length;
      dueCache.set(key, due);
    }
    return due;
  };
  for (const row of metrics) {
    const opd = opds.get(opdOf.get(row.unitId) ?? -1);
    if (!opd) continue;
    if (row.metric === "employees") opd.employees += row.n;
    else if (row.metric === "plan" && row.key && row.key in opd.plans) opd.plans[row.key as PlanStatus] += row.n;
    else if (row.metric === "annual") {
      opd.annualRated += row.n;
      if (row.key && RELEASED.has(row.key)) opd.annualReleased += row.n;
    } else if (row.metric === "appeal") opd.appealsPending += row.n;
    else if (row.metric === "agreed" && row.start && row.end) opd.periodicDue += dueIn(row.start, row.end) * row.n;
  }
  for (const row of periodic) {
    const opd = opds.get(opdOf.get(row.unitId) ?? -1);
    if (opd) opd.periodicRated += row.n;
  }
  // A root that holds nobody itself (the usual case: the province is only the tree's top) is noise.
  return [...opds.values()].filter((opd) => !opd.root || opd.employees > 0 || Object.values(opd.plans).some((n) => n > 0));
}
