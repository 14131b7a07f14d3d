// The pages measured by `npm run bench` and, for each, the raw SQL that fetches the same data the
// page shows (session check, count, page of rows, unit tree; or the whole profile). The appraisal
// scenarios sign in as a scale supervisor or staff member (scale accounts share the demo password)
// and mirror the statements of lib/evaluations/queries.ts, lib/appraisals/history-queries.ts and
// lib/appraisal-admin/distribution-queries.ts in the order the pages issue them. The career and
// development scenarios mirror lib/career/career-queries.ts (with the credit summary, target
// suggestions, vacancy and target gap the page adds) and lib/trainings/development-queries.ts; what
// those pages issue concurrently (Promise.all) runs concurrently here too, so their SQL time is the
// page's wall-clock time in the database rather than the sum of its statements.
import type pg from "pg";
import type { Statement, Step } from "./bench-kit";
import { nextFunctionalLevel } from "../../lib/domain/career/jenjang";
import { nipPrefixRange } from "../../lib/domain/nip";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel } from "../../lib/domain/positions";

export type { Statement, Step };
export type Scenario = {
  name: string;
  /** Who the page is fetched as (signed in once per NIP, demo password); default the admin. */
  nip?: string;
  targetP95: number;
  path: (i: number) => string;
  /** The statements the page issues, in its order; a `concurrent` step for its Promise.all. */
  sql: (i: number) => Step[];
  expect: (body: string, i: number) => boolean;
};

const PAGE = `SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.status, r.code, r.name AS rank_name, p.name AS position_name, p.type, u.name AS unit_name
  FROM employees e LEFT JOIN ranks r ON r.id = e.rank_id JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id`;
const SESSION = "SELECT u.id, u.active, u.session_version, u.roles, e.id, e.nip, e.name FROM users u JOIN employees e ON e.id = u.employee_id WHERE u.id = $1";
const UNITS = "SELECT id, code, name, parent_id FROM org_units";

function pick<T>(list: T[], i: number): T {
  return list[i % list.length]!;
}

export async function benchScenarios(client: pg.Client, adminNip: string): Promise<Scenario[]> {
  const admin = await client.query<{ id: number }>("SELECT u.id FROM users u JOIN employees e ON e.id = u.employee_id WHERE e.nip = $1", [adminNip]);
  const adminUserId = admin.rows[0]!.id;
  const session = { text: SESSION, values: [adminUserId] };
  const units = { text: UNITS, values: [] };
  // Samples spread over the table (TABLESAMPLE keeps this cheap at any size), fixed for the run.
  const people = (
    await client.query<{ id: number; nip: string; search_name: string }>("SELECT id, nip, search_name FROM employees TABLESAMPLE SYSTEM (2) REPEATABLE (7) LIMIT 300")
  ).rows;
  const names = people.map((p) => p.search_name.split(" ").find((w) => w.length >= 4) ?? p.search_name.slice(0, 5));
  const prefixes = people.map((p) => p.nip.slice(0, 8));
  const opds = (await client.query<{ id: number }>("SELECT id FROM org_units WHERE cardinality(path) = 2 ORDER BY id")).rows.map((r) => r.id);

  const nameWhere = "e.search_name LIKE '%' || $1 || '%'";
  const unitWhere = "e.unit_id IN (SELECT id FROM org_units WHERE path @> ARRAY[$1]::int[])";
  const range = (i: number) => nipPrefixRange(pick(prefixes, i))!;
  const nipWhere = "e.nip >= $1 AND e.nip < $2";

  // The same ordering the app uses: a name search or unit filter sorts its matches by `name`
  // (lib/employees/queries.ts explains why); a NIP prefix walks the name index.
  const listing = (where: string, values: (i: number) => unknown[], order = "e.search_name, e.id") => (i: number) => [
    session,
    { text: `SELECT count(*) FROM employees e WHERE ${where}`, values: values(i) },
    { text: `${PAGE} WHERE ${where} ORDER BY ${order} LIMIT 25`, values: values(i) },
    units,
  ];

  return [
    {
      name: "directory by name",
      targetP95: 100,
      path: (i) => `/employees?q=${encodeURIComponent(pick(names, i))}`,
      sql: listing(nameWhere, (i) => [pick(names, i)], "e.name, e.id"),
      expect: (body) => body.includes("Menampilkan"),
    },
    {
      name: "directory by NIP prefix",
      targetP95: 100,
      path: (i) => `/employees?q=${pick(prefixes, i)}`,
      sql: listing(nipWhere, (i) => [range(i).gte, range(i).lt ?? "999999999999999999"]),
      expect: (body, i) => body.includes(pick(prefixes, i)),
    },
    {
      name: "directory by unit+sub",
      targetP95: 100,
      path: (i) => `/employees?unit=${pick(opds, i)}`,
      sql: listing(unitWhere, (i) => [pick(opds, i)], "e.name, e.id"),
      expect: (body) => body.includes("Menampilkan"),
    },
    {
      name: "employee profile",
      targetP95: 100,
      path: (i) => `/employees/${pick(people, i).id}`,
      sql: (i) => {
        const id = pick(people, i).id;
        return [
          session,
          {
            text: `SELECT e.*, r.code, r.name, p.name, p.type, p.functional_level, p.grade, u.name, s.id, s.nip, s.name, sp.name,
                     (SELECT count(*) FROM employees x WHERE x.supervisor_id = e.id) AS reports, us.roles, us.active, us.last_login_at, us.session_version
              FROM employees e LEFT JOIN ranks r ON r.id = e.rank_id JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id
              LEFT JOIN employees s ON s.id = e.supervisor_id LEFT JOIN positions sp ON sp.id = s.position_id LEFT JOIN users us ON us.employee_id = e.id
              WHERE e.id = $1`,
            values: [id],
          },
          { text: "SELECT h.*, r.code, r.name FROM rank_histories h JOIN ranks r ON r.id = h.rank_id WHERE h.employee_id = $1 ORDER BY h.tmt DESC, h.id DESC", values: [id] },
          { text: "SELECT * FROM position_histories WHERE employee_id = $1 ORDER BY tmt DESC, id DESC", values: [id] },
          { text: "SELECT * FROM education_histories WHERE employee_id = $1 ORDER BY graduation_date DESC, id DESC", values: [id] },
        ];
      },
      expect: (body, i) => body.includes(pick(people, i).nip),
    },
    ...(await appraisalScenarios(client, session)),
    ...(await developmentScenarios(client, session)),
  ];
}

const SETTINGS = { text: "SELECT frequency, appeal_days, feedback_days, version FROM appraisal_settings WHERE id = 1", values: [] };

async function userIdOf(client: pg.Client, employeeId: number): Promise<number> {
  return (await client.query<{ id: number }>("SELECT id FROM users WHERE employee_id = $1", [employeeId])).rows[0]!.id;
}

/** "team page", "staff history" and "unit distribution" on the scale batch; none when it has no appraisal data. */
async function appraisalScenarios(client: pg.Client, adminSession: Statement): Promise<Scenario[]> {
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

  const raterSession = { text: SESSION, values: [await userIdOf(client, rater.id)] };
  const team = (
    await client.query<{ id: number; nip: string; unit_id: number }>(
      `SELECT a.id, e.nip, a.unit_id FROM appraisals a JOIN employees e ON e.id = a.employee_id
       WHERE a.rater_id = $1 AND a.year = $2 ORDER BY e.search_name, a.period_start, a.id LIMIT 25`,
      [rater.id, year],
    )
  ).rows;
  const teamIds = team.map((r) => r.id);
  const teamUnits = [...new Set(team.map((r) => r.unit_id))];

  const staffSession = { text: SESSION, values: [await userIdOf(client, staff.id)] };
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

/** The WIB calendar year and day the app reasons with (lib/clock.ts without JENJANG_TODAY). */
function wibToday(): { year: number; iso: string } {
  const iso = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  return { year: Number(iso.slice(0, 4)), iso };
}

/** "career path" and "development (HR, unit)" on the scale batch; none when it has no development data. */
async function developmentScenarios(client: pg.Client, adminSession: Statement): Promise<Scenario[]> {
  const today = wibToday();
  // A functional PNS of the scale batch with a career behind them: SKPs 2024–2026, JP entries,
  // awards, an assessment and (when the batch has them) a jabatan target.
  const candidates = (withTarget: boolean) =>
    client.query<{ id: number; nip: string; position: string; position_id: number; level: FunctionalLevel; grade: number; rank_id: number | null; status: string; unit_id: number; parent_id: number | null }>(
      `SELECT e.id, e.nip, p.name AS position, p.id AS position_id, p.functional_level AS level, p.grade, e.rank_id, e.status::text AS status, e.unit_id, u.parent_id
       FROM employees e JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id
       WHERE u.code LIKE 'SCALE-%' AND e.status = 'PNS' AND p.type = 'FUNGSIONAL'
         AND NOT EXISTS (SELECT 1 FROM employees r WHERE r.supervisor_id = e.id)
         AND ($1::boolean = false OR EXISTS (SELECT 1 FROM career_targets t WHERE t.employee_id = e.id))
         AND EXISTS (SELECT 1 FROM awards a WHERE a.employee_id = e.id)
         AND EXISTS (SELECT 1 FROM competency_assessments c WHERE c.employee_id = e.id)
         AND (SELECT count(*) FROM development_hours h WHERE h.employee_id = e.id) >= 4
         AND (SELECT count(DISTINCT year) FROM appraisals a WHERE a.employee_id = e.id) = 3
       ORDER BY e.id LIMIT 1`,
      [withTarget],
    );
  const person = (await candidates(true)).rows[0] ?? (await candidates(false)).rows[0];
  const opds = (
    await client.query<{ id: number; name: string }>(
      `SELECT o.id, o.name FROM org_units o JOIN org_units root ON root.id = o.parent_id AND root.code ~ '^SCALE-[0-9]+$' ORDER BY o.id`,
    )
  ).rows;
  if (!person || opds.length === 0) return [];

  const session = { text: SESSION, values: [await userIdOf(client, person.id)] };
  const id = person.id;
  // Suggested targets: the own unit and its parent, a higher kelas jabatan, reachable pangkat.
  const units = [person.unit_id, ...(person.parent_id ? [person.parent_id] : [])];
  const reach = person.status === "PNS" && person.rank_id ? Math.min(person.rank_id + 1, 17) : null;
  // Vacancy in the next jenjang of the same jabatan fungsional in the own unit.
  const next = nextFunctionalLevel(person.level);
  const label = FUNCTIONAL_LEVEL_LABELS[person.level];
  const family = person.position.toLowerCase().endsWith(label.toLowerCase()) ? person.position.slice(0, person.position.length - label.length).trim() : null;
  // The target's standard, and the competencies where the latest assessment falls short of it.
  const target = (await client.query<{ position_id: number }>("SELECT position_id FROM career_targets WHERE employee_id = $1", [id])).rows[0];
  const standard = target
    ? (await client.query<{ competency_id: number; required_level: number }>("SELECT competency_id, required_level FROM position_competencies WHERE position_id = $1", [target.position_id])).rows
    : [];
  const latest = `SELECT DISTINCT ON (competency_id) competency_id, level FROM competency_assessments
                  WHERE employee_id = $1 AND competency_id = ANY($2::int[]) ORDER BY competency_id, assessed_on DESC, id DESC`;
  const levels = new Map(
    (await client.query<{ competency_id: number; level: number }>(latest, [id, standard.map((line) => line.competency_id)])).rows.map((row) => [row.competency_id, row.level]),
  );
  const gapIds = standard.filter((line) => (levels.get(line.competency_id) ?? 0) < line.required_level).map((line) => line.competency_id);

  const profileSql: Statement = {
    // getEmployeeProfile: the person with pangkat, post, unit, supervisor and the three histories.
    text: `SELECT e.*, r.code, r.name AS rank_name, p.name AS position_name, p.type, p.functional_level, p.grade, u.name AS unit_name, s.id, s.nip, s.name, sp.name,
             (SELECT json_agg(h ORDER BY h.tmt DESC, h.id DESC) FROM (SELECT h.*, hr.code, hr.name FROM rank_histories h JOIN ranks hr ON hr.id = h.rank_id WHERE h.employee_id = e.id) h) AS ranks,
             (SELECT json_agg(h ORDER BY h.tmt DESC, h.id DESC) FROM position_histories h WHERE h.employee_id = e.id) AS positions,
             (SELECT json_agg(h ORDER BY h.graduation_date DESC, h.id DESC) FROM education_histories h WHERE h.employee_id = e.id) AS education,
             us.roles, us.active, us.last_login_at, us.session_version, (SELECT count(*) FROM employees x WHERE x.supervisor_id = e.id) AS reports
           FROM employees e LEFT JOIN ranks r ON r.id = e.rank_id JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id
           LEFT JOIN employees s ON s.id = e.supervisor_id LEFT JOIN positions sp ON sp.id = s.position_id LEFT JOIN users us ON us.employee_id = e.id
           WHERE e.id = $1`,
    values: [id],
  };
  const extrasSql: Statement = {
    // The career extras in one statement: post history, predikat, sanctions, awards, angka kredit,
    // the newest 100 JP entries and their count, uji kompetensi results, the target with its standard.
    text: `SELECT e.id,
             (SELECT json_agg(json_build_object('tmt', h.tmt, 'type', p.type, 'level', p.functional_level) ORDER BY h.tmt DESC, h.id DESC)
                FROM position_histories h JOIN positions p ON p.id = h.position_id WHERE h.employee_id = e.id) AS positions,
             (SELECT json_agg(json_build_object('year', a.year, 'predikat', a.predikat) ORDER BY a.year) FROM annual_performances a WHERE a.employee_id = e.id AND a.year >= $2) AS predikats,
             (SELECT json_agg(s ORDER BY s.start_date DESC, s.id DESC) FROM sanctions s WHERE s.employee_id = e.id) AS sanctions,
             (SELECT json_agg(a ORDER BY a.sk_date DESC, a.id DESC) FROM awards a WHERE a.employee_id = e.id) AS awards,
             (SELECT json_agg(json_build_object('year', c.year, 'credit', c.credit, 'level', c.functional_level, 'start', ap.period_start, 'end', ap.period_end))
                FROM credit_awards c LEFT JOIN appraisals ap ON ap.id = c.appraisal_id WHERE c.employee_id = e.id) AS credits,
             (SELECT json_agg(d) FROM (SELECT d.id, d.date, d.title, d.hours, d.source, d.type FROM development_hours d
                WHERE d.employee_id = e.id AND d.source IN ('TRAINING', 'EXTERNAL') ORDER BY d.date DESC, d.id DESC LIMIT 100) d) AS trainings,
             (SELECT json_agg(c.assessed_on) FROM competency_assessments c WHERE c.employee_id = e.id AND c.source ILIKE '%uji kompetensi%') AS tests,
             (SELECT json_build_object('chosenAt', t.chosen_at, 'id', p.id, 'name', p.name, 'grade', p.grade, 'minRank', mr.code, 'unit', pu.name,
                       'competencies', (SELECT json_agg(json_build_object('required', pc.required_level, 'id', k.id, 'code', k.code, 'name', k.name, 'kind', k.kind) ORDER BY k.code)
                                        FROM position_competencies pc JOIN competencies k ON k.id = pc.competency_id WHERE pc.position_id = p.id))
                FROM career_targets t JOIN positions p ON p.id = t.position_id LEFT JOIN ranks mr ON mr.id = p.min_rank_id JOIN org_units pu ON pu.id = p.unit_id
                WHERE t.employee_id = e.id) AS target,
             (SELECT count(*) FROM development_hours d WHERE d.employee_id = e.id AND d.source IN ('TRAINING', 'EXTERNAL')) AS trainings_total
           FROM employees e WHERE e.id = $1`,
    values: [id, today.year - 2],
  };
  const creditSql: Statement = {
    // getCreditSummary.
    text: `SELECT e.id, e.name, e.rank_id, p.name, p.type, p.functional_level,
             (SELECT json_agg(c ORDER BY c.year DESC, c.id DESC) FROM credit_awards c WHERE c.employee_id = e.id) AS awards
           FROM employees e JOIN positions p ON p.id = e.position_id WHERE e.id = $1`,
    values: [id],
  };
  // suggestTargetPositions: the person, then up to 60 posts one step up in the own unit or its parent.
  const suggestSql: Statement[] = [
    { text: "SELECT e.id, e.status, e.rank_id, e.education_level, e.position_id, p.grade, u.id, u.parent_id FROM employees e JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id WHERE e.id = $1", values: [id] },
    {
      text: `SELECT p.id, p.name, p.type, p.functional_level, p.grade, p.min_education, p.min_rank_id, p.unit_id, u.name FROM positions p JOIN org_units u ON u.id = p.unit_id
             WHERE p.active AND p.unit_id = ANY($1::int[]) AND p.grade > $2 AND p.id <> $3 AND (p.min_rank_id IS NULL OR p.min_rank_id <= $4)
             ORDER BY p.grade, p.name, p.id LIMIT 60`,
      values: [units, person.grade, person.position_id, reach ?? 0],
    },
  ];
  // findVacancy: posts of the next jenjang in the own unit with their holders.
  const vacancySql: Statement[] = next
    ? [
        {
          text: `SELECT p.id, p.formation, (SELECT count(*) FROM employees x WHERE x.position_id = p.id) AS holders FROM positions p
                 WHERE p.unit_id = $1 AND p.active AND p.type = 'FUNGSIONAL' AND p.functional_level = $2::"FunctionalLevel" AND ($3::text IS NULL OR p.name ILIKE $3)`,
          values: [person.unit_id, next, family ? `${family} ${FUNCTIONAL_LEVEL_LABELS[next]}` : null],
        },
      ]
    : [];
  // loadTargetView: the latest level per competency, then upcoming trainings for the gaps.
  const targetSql: Statement[] = target
    ? [
        { text: latest, values: [id, standard.map((line) => line.competency_id)] },
        ...(gapIds.length
          ? [
              {
                text: `SELECT t.id, t.title, t.start_date, t.end_date, (SELECT json_agg(tc.competency_id) FROM training_competencies tc WHERE tc.training_id = t.id) AS competencies
                       FROM trainings t WHERE t.published AND t.start_date > $1::date
                         AND EXISTS (SELECT 1 FROM training_competencies tc WHERE tc.training_id = t.id AND tc.competency_id = ANY($2::int[]))
                       ORDER BY t.start_date, t.id LIMIT 100`,
                values: [today.iso, gapIds],
              },
            ]
          : []),
      ]
    : [];
  // The page's Promise.all, chain by chain: getCareerPath (profile beside the extras, then the vacancy
  // beside the target view; two chains here), getCreditSummary, suggestTargetPositions.
  const careerSql: Step[] = [session, { concurrent: [[profileSql, ...vacancySql], [extrasSql, ...targetSql], [creditSql], suggestSql] }];

  // /development: findJpStanding (page 1), unitJpSummary and the unit tree side by side, as in
  // lib/trainings/development-queries.ts: for one OPD (`people` = its subtree) or for everyone (HR's
  // landing page, `people` = the employees table, the year's ledger summed without a filter).
  const standing = (opd: boolean) => {
    const people = opd ? "people" : "employees";
    const [year, required] = opd ? ["$2", "$3"] : ["$1", "$2"];
    return `WITH ${opd ? "people AS MATERIALIZED (SELECT e.id, e.search_name FROM employees e WHERE e.unit_id IN (SELECT id FROM org_units WHERE path @> ARRAY[$1]::int[]))," : ""}
    jp AS MATERIALIZED (SELECT d.employee_id, SUM(d.hours) AS jp FROM development_hours d WHERE d.year = ${year}${opd ? " AND d.employee_id IN (SELECT id FROM people)" : ""} GROUP BY d.employee_id),
    zero AS (
      SELECT x.id, x.search_name, 0::numeric AS jp FROM ${people} x
      WHERE NOT EXISTS (SELECT 1 FROM development_hours d WHERE d.year = ${year} AND d.employee_id = x.id) ORDER BY x.search_name, x.id LIMIT 25
    ),
    cutoff AS (SELECT jp.jp FROM jp ORDER BY jp.jp OFFSET 24 LIMIT 1),
    logged AS (
      SELECT jp.employee_id AS id, (SELECT x.search_name FROM employees x WHERE x.id = jp.employee_id) AS search_name, jp.jp
      FROM jp WHERE jp.jp <= COALESCE((SELECT c.jp FROM cutoff c), jp.jp) ORDER BY jp.jp, search_name, jp.employee_id LIMIT 25
    ),
    page AS (SELECT * FROM zero UNION ALL SELECT * FROM logged ORDER BY jp, search_name, id LIMIT 25 OFFSET 0),
    totals AS MATERIALIZED (SELECT (SELECT count(*) FROM ${people})::int AS total, (SELECT count(*) FROM jp WHERE jp.jp >= ${required})::int AS ahead)
    SELECT e.id, e.nip, e.name, e.front_title, e.back_title, p.name AS position, u.name AS unit, r.jp::float8 AS jp, t.total, (t.total - t.ahead)::int AS behind
    FROM page r CROSS JOIN totals t JOIN employees e ON e.id = r.id JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id
    ORDER BY r.jp, r.search_name, r.id`;
  };
  const summary = (opd: boolean) => {
    const [year, required] = opd ? ["$4", "$5"] : ["$3", "$4"];
    const inUnits = opd ? "e.unit_id IN (SELECT id FROM units)" : "TRUE";
    return `WITH units AS (
      SELECT u.id, COALESCE(u.path[$1::int], u.path[$2::int]) AS group_id, u.path[$1::int] IS NULL AS direct FROM org_units u WHERE ${opd ? "u.path @> ARRAY[$3]::int[]" : "TRUE"}
    ), jp AS (
      SELECT d.employee_id, SUM(d.hours) AS jp FROM development_hours d
      WHERE d.year = ${year}${opd ? ` AND d.employee_id IN (SELECT e.id FROM employees e WHERE ${inUnits})` : ""} GROUP BY d.employee_id
    ), per_unit AS (
      SELECT e.unit_id, count(*) AS people, count(*) FILTER (WHERE jp.jp >= ${required}) AS ahead, SUM(jp.jp) AS jp
      FROM employees e LEFT JOIN jp ON jp.employee_id = e.id WHERE ${inUnits} GROUP BY e.unit_id
    )
    SELECT g.id, g.name, x.direct, SUM(p.people)::int AS people, SUM(p.people - p.ahead)::int AS behind, round(COALESCE(SUM(p.jp), 0) / SUM(p.people), 2)::float8 AS average
    FROM per_unit p JOIN units x ON x.id = p.unit_id JOIN org_units g ON g.id = x.group_id
    GROUP BY g.id, g.name, x.direct ORDER BY x.direct DESC, g.name, g.id`;
  };
  const unitTree = { text: "SELECT id, code, name, parent_id FROM org_units", values: [] };

  return [
    {
      name: "career path",
      nip: person.nip,
      targetP95: 150,
      path: () => "/career",
      sql: () => careerSql,
      expect: (body) => body.includes(person.position),
    },
    {
      name: "development (HR, unit)",
      targetP95: 150,
      path: (i) => `/development?unit=${pick(opds, i).id}`,
      sql: (i) => {
        const opd = pick(opds, i);
        return [
          adminSession,
          {
            concurrent: [
              [{ text: standing(true), values: [opd.id, today.year, 20] }],
              // An OPD sits at depth 2 (root, OPD): people are grouped by the unit at depth 3, else the OPD itself.
              [
                { text: "SELECT id, path FROM org_units WHERE id = $1", values: [opd.id] },
                { text: summary(true), values: [3, 2, opd.id, today.year, 20] },
              ],
              [unitTree],
            ],
          },
        ];
      },
      expect: (body) => body.includes("behind-count"),
    },
    {
      // HR's landing page: everyone in the province, grouped by OPD.
      name: "development (HR, all)",
      targetP95: 150,
      path: () => "/development",
      sql: () => [
        adminSession,
        { concurrent: [[{ text: standing(false), values: [today.year, 20] }], [{ text: summary(false), values: [2, 1, today.year, 20] }], [unitTree]] },
      ],
      expect: (body) => body.includes("behind-count"),
    },
  ];
}
