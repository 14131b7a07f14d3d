// Appraisal pages measured by `npm run bench`: a scale supervisor's team page, a staff member's SKP
// history and HR's distribution of one OPD, mirroring lib/evaluations/queries.ts,
// lib/appraisals/history-queries.ts and lib/appraisal-admin/distribution-queries.ts in the order the
// pages issue them (scale accounts share the demo password).
import type pg from "pg";
import { pick, sessionOf, userIdOf, type Scenario, type Statement } from "./bench-kit";

const SETTINGS = { text: "SELECT frequency, appeal_days, feedback_days, version FROM appraisal_settings WHERE id = 1", values: [] };

/** "team page", "staff history" and "unit distribution" on the scale batch; none when it has no appraisal data. */
export async function appraisalScenarios(client: pg.Client, adminSession: Statement): Promise<Scenario[]> {
  const year = 2026;
  // A scale supervisor rating 8–20 people this year (a kepala biro of the Sekretariat Daerah at 100k).
  const rater = (
    await client.query<{ id: number; nip: string }>(
      `SELECT e.id, e.nip FROM appraisals a JOIN employees e ON e.id = a.rater_id JOIN org_units u ON u.id = e.unit_id
       WHERE a.year = $1 AND u.code LIKE 'SCALE-%' GROUP BY e.id, e.nip HAVING count(*) BETWEEN 8 AND 20 ORDER BY count(*) DESC, e.id LIMIT 1`,
      [year],
    )
  ).rows[0];
  // A functional staff member with SKPs 2024–2026 (so the page has history, a chart and angka kredit).
  const staff = (
    await client.query<{ id: number; nip: string; position: string }>(
      `SELECT e.id, e.nip, p.name AS position FROM employees e JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id
       WHERE u.code LIKE 'SCALE-%' AND p.type = 'FUNGSIONAL'
         AND (SELECT count(DISTINCT year) FROM appraisals a WHERE a.employee_id = e.id) = 3
         AND NOT EXISTS (SELECT 1 FROM employees r WHERE r.supervisor_id = e.id)
       ORDER BY e.id LIMIT 1`,
    )
  ).rows[0];
  const opds = (
    await client.query<{ id: number; name: string; units: number[]; result: string; finalized_at: Date | null }>(
      `SELECT o.id, o.name, array_agg(s.id ORDER BY s.id) AS units, r.result::text AS result, r.finalized_at
       FROM org_units o JOIN org_units root ON root.id = o.parent_id AND root.code LIKE 'SCALE-%'
       JOIN org_units s ON s.path @> ARRAY[o.id] JOIN unit_year_results r ON r.unit_id = o.id AND r.year = 2025
       GROUP BY o.id, o.name, r.result, r.finalized_at ORDER BY o.id`,
    )
  ).rows;
  if (!rater || !staff || opds.length === 0) return [];

  const raterSession = sessionOf(await userIdOf(client, rater.id));
  const team = (
    await client.query<{ id: number; nip: string; unit_id: number }>(
      `SELECT a.id, e.nip, a.unit_id FROM appraisals a JOIN employees e ON e.id = a.employee_id
       WHERE a.rater_id = $1 AND a.year = $2 ORDER BY e.search_name, a.period_start, a.id LIMIT 25`,
      [rater.id, year],
    )
  ).rows;
  const teamIds = team.map((r) => r.id);
  const teamUnits = [...new Set(team.map((r) => r.unit_id))];

  const staffSession = sessionOf(await userIdOf(client, staff.id));
  const governance = [
    { text: "SELECT id, name, code, path FROM org_units", values: [] },
    { text: "SELECT id, unit_id, result, version, finalized_at, override_reason FROM unit_year_results WHERE year = $1", values: [2025] },
  ];

  return [
    {
      name: "team page",
      nip: rater.nip,
      targetP95: 150,
      path: () => `/team?year=${year}`,
      sql: () => [
        raterSession,
        SETTINGS,
        { text: "SELECT count(*) FROM appraisals WHERE rater_id = $1 AND year = $2", values: [rater.id, year] },
        {
          text: `SELECT a.id, a.year, a.status, a.period_start, a.period_end, a.unit_id, e.id, e.name, e.nip, p.name
                 FROM appraisals a JOIN employees e ON e.id = a.employee_id JOIN positions p ON p.id = a.position_id
                 WHERE a.rater_id = $1 AND a.year = $2 ORDER BY e.search_name, a.period_start, a.id LIMIT 25`,
          values: [rater.id, year],
        },
        { text: "SELECT count(*) FROM appraisals WHERE rater_id = $1 AND year = $2 AND status = 'SUBMITTED'", values: [rater.id, year] },
        {
          text: `SELECT a.id, a.submitted_at, a.period_start, a.year, a.status, e.name FROM appraisals a JOIN employees e ON e.id = a.employee_id
                 WHERE a.rater_id = $1 AND a.year = $2 AND a.status = 'SUBMITTED' ORDER BY a.submitted_at, a.id LIMIT 10`,
          values: [rater.id, year],
        },
        { text: "SELECT year FROM appraisals WHERE rater_id = $1 GROUP BY year", values: [rater.id] },
        {
          text: "SELECT appraisal_id, kind, period_no, status, predikat FROM evaluations WHERE rater_id = $1 AND year = $2 AND appraisal_id = ANY($3::int[])",
          values: [rater.id, year, teamIds],
        },
        { text: "SELECT id, path FROM org_units WHERE id = ANY($1::int[])", values: [teamUnits] },
        { text: "SELECT r.unit_id, r.result, u.name FROM unit_year_results r JOIN org_units u ON u.id = r.unit_id WHERE r.year = $1", values: [year] },
      ],
      expect: (body) => body.includes(team[0]?.nip ?? rater.nip),
    },
    {
      name: "staff history",
      nip: staff.nip,
      targetP95: 150,
      path: () => "/skp",
      sql: () => [
        staffSession,
        {
          text: `SELECT a.id, a.year, a.status, a.period_start, a.period_end, a.version, a.return_comment, a.closed_reason, r.name, p.name, u.name,
                   (SELECT count(*) FROM plan_results pr WHERE pr.appraisal_id = a.id) AS results,
                   (SELECT json_agg(json_build_object('kind', ev.kind, 'periodNo', ev.period_no, 'status', ev.status, 'predikat', ev.predikat, 'selfAssessedAt', ev.self_assessed_at))
                    FROM evaluations ev WHERE ev.appraisal_id = a.id) AS evaluations
                 FROM appraisals a JOIN employees r ON r.id = a.rater_id JOIN positions p ON p.id = a.position_id JOIN org_units u ON u.id = a.unit_id
                 WHERE a.employee_id = $1 AND a.year = $2 ORDER BY a.period_start`,
          values: [staff.id, year],
        },
        {
          text: `SELECT a.id, a.year, a.status, a.period_start, a.period_end, p.name,
                   (SELECT json_agg(json_build_object('kind', ev.kind, 'periodNo', ev.period_no, 'status', ev.status, 'predikat', ev.predikat, 'selfAssessedAt', ev.self_assessed_at))
                    FROM evaluations ev WHERE ev.appraisal_id = a.id AND ev.kind = 'ANNUAL') AS evaluations
                 FROM appraisals a JOIN positions p ON p.id = a.position_id
                 WHERE a.employee_id = $1 AND a.year < $2 ORDER BY a.year DESC, a.period_start DESC LIMIT 100`,
          values: [staff.id, year],
        },
        { text: "SELECT year, predikat, legacy_score FROM annual_performances WHERE employee_id = $1 ORDER BY year DESC LIMIT 40", values: [staff.id] },
        { text: "SELECT supervisor_id FROM employees WHERE id = $1", values: [staff.id] },
        SETTINGS,
        {
          text: `SELECT e.id, e.name, e.rank_id, p.name, p.type, p.functional_level,
                   (SELECT json_agg(c ORDER BY c.year DESC, c.id DESC) FROM credit_awards c WHERE c.employee_id = e.id) AS awards
                 FROM employees e JOIN positions p ON p.id = e.position_id WHERE e.id = $1`,
          values: [staff.id],
        },
      ],
      expect: (body) => body.includes(staff.position),
    },
    {
      name: "unit distribution",
      targetP95: 150,
      path: (i) => `/appraisal-progress/units/${pick(opds, i).id}?year=2025`,
      sql: (i) => {
        const opd = pick(opds, i);
        return [
          adminSession,
          ...governance,
          {
            // countDistribution, verbatim.
            text: `WITH ev AS (
                     SELECT e.predikat, (e.status = 'RATED') AS pending, count(*) AS n FROM evaluations e
                     WHERE e.year = $1 AND e.kind = 'ANNUAL' AND e.unit_id = ANY($2::int[]) AND e.predikat IS NOT NULL GROUP BY 1, 2
                   ), closed AS (
                     SELECT a.id FROM appraisals a WHERE a.year = $1 AND a.unit_id = ANY($2::int[]) AND a.status = 'CLOSED'
                       AND EXISTS (SELECT 1 FROM appraisals l WHERE l.employee_id = a.employee_id AND l.year = a.year AND l.period_end > a.period_end)
                   ), superseded AS (
                     SELECT e.predikat, count(*) AS n FROM closed c JOIN evaluations e ON e.appraisal_id = c.id AND e.kind = 'ANNUAL' AND e.period_no = 0
                     WHERE e.predikat IS NOT NULL GROUP BY 1
                   ), rated AS (SELECT predikat, sum(n) AS n, sum(n) FILTER (WHERE pending) AS pending FROM ev GROUP BY 1)
                   SELECT r.predikat::text AS predikat, (r.n - COALESCE(s.n, 0))::int AS n, COALESCE(r.pending, 0)::int AS pending
                   FROM rated r LEFT JOIN superseded s USING (predikat)
                   UNION ALL
                   SELECT NULL, ((SELECT count(*) FROM appraisals a WHERE a.year = $1 AND a.unit_id = ANY($2::int[])) - (SELECT count(*) FROM closed))::int, NULL`,
            values: [2025, opd.units],
          },
          { text: "SELECT org_result, predikats, min_percent, max_percent, require_any FROM distribution_rules WHERE org_result = $1 ORDER BY id", values: [opd.result] },
          // listLastReleased: the governance again, then a count and a page of the released results.
          ...governance,
          {
            text: "SELECT count(*) FROM evaluations WHERE year = $1 AND kind = 'ANNUAL' AND unit_id = ANY($2::int[]) AND released_at = $3",
            values: [2025, opd.units, opd.finalized_at],
          },
          {
            text: `SELECT ev.id, ev.predikat, ev.status, a.period_start, a.period_end, e.id, e.nip, e.name
                   FROM evaluations ev JOIN appraisals a ON a.id = ev.appraisal_id JOIN employees e ON e.id = a.employee_id
                   WHERE ev.year = $1 AND ev.kind = 'ANNUAL' AND ev.unit_id = ANY($2::int[]) AND ev.released_at = $3
                   ORDER BY e.search_name, ev.id LIMIT 25`,
            values: [2025, opd.units, opd.finalized_at],
          },
        ];
      },
      expect: (body, i) => body.includes(pick(opds, i).name),
    },
  ];
}
