import "server-only";
import { checkDistribution, emptyCounts, type Counts, type DistributionRule, type OrgResult, type Violation } from "@/lib/domain/appraisal/distribution";
import { governedUnitIds, governingUnitId } from "@/lib/domain/appraisal/distribution-unit";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { db, type Tx } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

export { governingUnitId };

type Client = typeof db | Tx;

export type Governance = {
  units: { id: number; name: string; code: string; path: number[] }[];
  /** Units with a result for the year → that result. */
  results: Map<number, { id: number; result: OrgResult; version: number; finalizedAt: Date | null; overrideReason: string | null }>;
};

/** The unit list (a few hundred rows) and the year's results: enough to place anyone under a result. */
export async function loadGovernance(client: Client, year: number): Promise<Governance> {
  const [units, results] = await Promise.all([
    client.orgUnit.findMany({ select: { id: true, name: true, code: true, path: true } }),
    client.unitYearResult.findMany({ where: { year }, select: { id: true, unitId: true, result: true, version: true, finalizedAt: true, overrideReason: true } }),
  ]);
  return { units, results: new Map(results.map(({ unitId, ...row }) => [unitId, row])) };
}

export type DistributionCounts = {
  /** Rated-or-later annual evaluations of each employee's latest SKP of the year, per predikat. */
  counts: Counts;
  /** Annual evaluations RATED and not yet released (any SKP of the year: each one counts for credit). */
  pending: number;
  /** Latest SKPs of the year in these units: the people the distribution is about. */
  staff: number;
};

/**
 * One statement over the governed units. `predikat` is set exactly when an evaluation has been rated
 * (RATED or later), so the rated side is an index-only scan of evaluations(year, kind, unit_id,
 * predikat) plus the heap's status for the pending count. A person's earlier SKP of the year is
 * superseded by the later one (lib/appraisals/annual.ts): only a CLOSED SKP can be, because at most one
 * SKP per person and year is open and a split always opens the later one, so the superseded rows are
 * found from the few CLOSED SKPs (appraisals(unit_id, year, status)) and subtracted, instead of probing
 * for a later SKP behind every rated row.
 */
export async function countDistribution(client: Client, year: number, unitIds: readonly number[]): Promise<DistributionCounts> {
  const rows = await client.$queryRaw<{ predikat: Predikat | null; n: number; pending: number | null }[]>`
    WITH ev AS (
      SELECT e.predikat, (e.status = 'RATED') AS pending, count(*) AS n
      FROM evaluations e
      WHERE e.year = ${year} AND e.kind = 'ANNUAL' AND e.unit_id = ANY(${unitIds}::int[]) AND e.predikat IS NOT NULL
      GROUP BY 1, 2
    ), closed AS (
      SELECT a.id FROM appraisals a
      WHERE a.year = ${year} AND a.unit_id = ANY(${unitIds}::int[]) AND a.status = 'CLOSED'
        AND EXISTS (SELECT 1 FROM appraisals l WHERE l.employee_id = a.employee_id AND l.year = a.year AND l.period_end > a.period_end)
    ), superseded AS (
      SELECT e.predikat, count(*) AS n
      FROM closed c JOIN evaluations e ON e.appraisal_id = c.id AND e.kind = 'ANNUAL' AND e.period_no = 0
      WHERE e.predikat IS NOT NULL
      GROUP BY 1
    ), rated AS (
      SELECT predikat, sum(n) AS n, sum(n) FILTER (WHERE pending) AS pending FROM ev GROUP BY 1
    )
    SELECT r.predikat::text AS predikat, (r.n - COALESCE(s.n, 0))::int AS n, COALESCE(r.pending, 0)::int AS pending
    FROM rated r LEFT JOIN superseded s USING (predikat)
    UNION ALL
    SELECT NULL, ((SELECT count(*) FROM appraisals a WHERE a.year = ${year} AND a.unit_id = ANY(${unitIds}::int[])) - (SELECT count(*) FROM closed))::int, NULL`;
  const counts = emptyCounts();
  let pending = 0;
  let staff = 0;
  for (const row of rows) {
    if (row.predikat === null) staff = row.n;
    else if (PREDIKATS.includes(row.predikat)) {
      counts[row.predikat] += row.n;
      pending += row.pending ?? 0;
    }
  }
  return { counts, pending, staff };
}

const ruleSelect = { orgResult: true, predikats: true, minPercent: true, maxPercent: true, requireAny: true } as const;

export async function rulesOf(client: Client, orgResult: OrgResult): Promise<DistributionRule[]> {
  return client.distributionRule.findMany({ where: { orgResult }, select: ruleSelect, orderBy: { id: "asc" } });
}

/**
 * HR may open any unit; a rater only a unit whose result governs someone they rate this year (a unit
 * head rates their direct reports, so their own unit is covered). Read from the rater's SKPs of the
 * year through appraisals(rater_id, year), distinct units only.
 */
async function mayRead(user: SessionUser, unitId: number, year: number, governance: Governance): Promise<boolean> {
  if (can(user, "appraisal.read.all")) return true;
  if (!can(user, "appraisal.rate")) return false;
  if (!governance.results.has(unitId)) return false;
  const rated = await db.appraisal.findMany({ where: { raterId: user.employeeId, year }, select: { unitId: true }, distinct: ["unitId"] });
  const withResult = new Set(governance.results.keys());
  const paths = new Map(governance.units.map((unit) => [unit.id, unit.path]));
  return rated.some((row) => governingUnitId(paths.get(row.unitId) ?? [], withResult) === unitId);
}

export type Share = { predikat: Predikat; count: number; percent: number };

export type UnitDistribution = {
  unit: { id: number; name: string; code: string };
  year: number;
  result: { result: OrgResult; version: number; finalizedAt: Date | null; overrideReason: string | null } | null;
  rules: DistributionRule[];
  shares: Share[];
  rated: number;
  notRated: number;
  pending: number;
  violations: Violation[];
  /** Branches below that carry their own result and so are not counted here. */
  excluded: { id: number; name: string }[];
  governedUnitIds: number[];
};

/** Share of the rated total to one decimal, for display; the limits are judged by checkDistribution. */
const percentOf = (n: number, total: number) => (total === 0 ? 0 : Math.round((n * 1000) / total) / 10);

/**
 * A unit's live kurva distribusi for a year: its result and limits, the predikat counts of the staff
 * its result governs, the violations, and who is still unrated. Null when the unit does not exist or
 * is outside the user's scope.
 */
export async function getUnitDistribution(user: SessionUser, unitId: number, year: number): Promise<UnitDistribution | null> {
  const governance = await loadGovernance(db, year);
  const unit = governance.units.find((u) => u.id === unitId);
  if (!unit || !(await mayRead(user, unitId, year, governance))) return null;
  const withResult = new Set(governance.results.keys());
  const governed = governedUnitIds(unitId, governance.units, withResult);
  const result = governance.results.get(unitId) ?? null;
  const [{ counts, pending, staff }, rules] = await Promise.all([countDistribution(db, year, governed), result ? rulesOf(db, result.result) : []]);
  const rated = PREDIKATS.reduce((sum, p) => sum + counts[p], 0);
  // The top of each such branch: the nearest result above it is this unit (whether or not it has one).
  const heads = new Set([...withResult, unitId]);
  const excluded = governance.units.filter((u) => u.id !== unitId && withResult.has(u.id) && governingUnitId(u.path.slice(0, -1), heads) === unitId);
  return {
    unit: { id: unit.id, name: unit.name, code: unit.code },
    year,
    result: result && { result: result.result, version: result.version, finalizedAt: result.finalizedAt, overrideReason: result.overrideReason },
    rules,
    shares: PREDIKATS.map((predikat) => ({ predikat, count: counts[predikat], percent: percentOf(counts[predikat], rated) })),
    rated,
    notRated: Math.max(0, staff - rated),
    pending,
    violations: checkDistribution(counts, rules),
    excluded: excluded.map((u) => ({ id: u.id, name: u.name })),
    governedUnitIds: governed,
  };
}
