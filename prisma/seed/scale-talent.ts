// Potential scores for a scale batch (prisma/seed/scale.ts), set-based like scale-appraisals.ts: one
// INSERT … SELECT over the batch's PNS, every draw a hash of the employee id (the same batch gets the
// same scores on every machine). About 70% of the PNS are assessed on one of the assessment centre's
// days of 2025–2026; about a fifth of them were assessed once before as well (the 9-box reads the
// latest, the earlier one stays on record). As in the demo (demo-talent-plan.ts), better performers
// of 2025 tend to assess higher, but not always, so every 9-box cell fills.
//
// Simplifications against the demo: no fixed scores for named people and no forced first entries
// per cell (at 100,000 people every cell fills by chance alone).
import type pg from "pg";
import { DEFAULT_POTENTIAL_THRESHOLDS } from "../../lib/domain/talent/nine-box";
import { POTENTIAL_SOURCE } from "./demo-talent-texts";

export type ScaleTalentCounts = Record<string, number>;

/** The year whose predikat steers the draw: the newest year every scale batch has released. */
const KINERJA_YEAR = 2025;
const ASSESSED_SHARE = 0.7;
const REASSESSED_SHARE = 0.2;
/** The assessment centre's batches; the latest score falls on one of the days after the first. */
const ASSESSMENT_DAYS = ["2025-03-12", "2025-05-20", "2025-08-14", "2025-11-06", "2026-02-18", "2026-06-09", "2026-09-22"];
/** Score ranges per potential level (quarter points), cut where the 9-box's default thresholds cut. */
const { menengah, tinggi } = DEFAULT_POTENTIAL_THRESHOLDS;
const RANGES = { RENDAH: [42, menengah - 0.25], MENENGAH: [menengah, tinggi - 0.25], TINGGI: [tinggi, 94.5] } as const;
/** Cumulative odds of rendah, then menengah, per 2025 predikat (no predikat: the middle row). */
const ODDS: Record<string, readonly [number, number]> = { SANGAT_BAIK: [0.2, 0.6], BAIK: [0.3, 0.75], NONE: [0.35, 0.8] };
const BELOW = [0.45, 0.85] as const;

const uniform = (expr: string) => `((hashint8(${expr}) & 1048575)::float8 / 1048576)`;
const quarter = (expr: string) => `(round((${expr}) * 4) / 4)::numeric(5, 2)`;

/**
 * Writes the potential scores of the scale batch under `rootId`, in the caller's transaction.
 * Returns the rows written.
 */
export async function seedScaleTalent(client: pg.Client, rootId: number): Promise<ScaleTalentCounts> {
  const odds = (column: 0 | 1) =>
    `CASE p.predikat ${Object.entries(ODDS).map(([predikat, pair]) => `WHEN '${predikat}' THEN ${pair[column]}`).join(" ")} ELSE ${BELOW[column]} END`;
  const score = (level: keyof typeof RANGES) => quarter(`${RANGES[level][0]} + p.s * ${RANGES[level][1] - RANGES[level][0]}`);
  const { rowCount } = await client.query(
    `WITH people AS (
       SELECT e.id, e.service_start, coalesce(ap.predikat::text, 'NONE') AS predikat,
              ${uniform("e.id::bigint * 101")} AS pick, ${uniform("e.id::bigint * 103")} AS l, ${uniform("e.id::bigint * 107")} AS s,
              ${uniform("e.id::bigint * 109")} AS again, 1 + (hashint8(e.id::bigint * 113) & 1048575) % ($3::int - 1) AS day_no,
              (hashint8(e.id::bigint * 127) & 1048575) AS h
       FROM employees e JOIN org_units u ON u.id = e.unit_id
       LEFT JOIN annual_performances ap ON ap.employee_id = e.id AND ap.year = $4
       WHERE u.path[1] = $1 AND e.status = 'PNS'
     ), latest AS (
       SELECT p.id, p.service_start, p.again, p.day_no, p.h, ($2::date[])[1 + p.day_no] AS assessed_on,
              CASE WHEN p.l < ${odds(0)} THEN ${score("RENDAH")} WHEN p.l < ${odds(1)} THEN ${score("MENENGAH")} ELSE ${score("TINGGI")} END AS score
       FROM people p WHERE p.pick < ${ASSESSED_SHARE}
     ), scored AS (
       SELECT id, score, assessed_on FROM latest WHERE assessed_on >= service_start
       UNION ALL
       -- The earlier assessment: a few points off the latest, on an earlier day of the centre.
       SELECT id, greatest(0, least(100, score + ((h % 13) - 8)))::numeric(5, 2), ($2::date[])[1 + (h >> 4) % day_no]
       FROM latest WHERE again < ${REASSESSED_SHARE} AND ($2::date[])[1 + (h >> 4) % day_no] >= service_start
     )
     INSERT INTO potential_assessments (employee_id, score, assessed_on, source, created_at)
     SELECT id, score, assessed_on, $5, ((assessed_on + 14) + time '10:00') AT TIME ZONE 'Asia/Jakarta' FROM scored`,
    [rootId, ASSESSMENT_DAYS, ASSESSMENT_DAYS.length, KINERJA_YEAR, POTENTIAL_SOURCE],
  );
  return { potential_assessments: rowCount ?? 0 };
}
