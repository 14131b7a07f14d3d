// "Karier Saya" measured by `npm run bench`: a functional PNS of the scale batch with a career behind
// them, and the statements of lib/career/career-queries.ts with the credit summary, target
// suggestions, vacancy and target gap the page adds; what the page issues concurrently (Promise.all)
// runs concurrently here too, so the SQL time is the page's wall-clock time in the database.
import type pg from "pg";
import { sessionOf, userIdOf, wibToday, type Scenario, type Statement, type Step } from "./bench-kit";
import { nextFunctionalLevel } from "../../lib/domain/career/jenjang";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel } from "../../lib/domain/positions";

/** "career path" on the scale batch; none when it has no development data. */
export async function careerScenarios(client: pg.Client): Promise<Scenario[]> {
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
  if (!person) return [];

  const session = sessionOf(await userIdOf(client, person.id));
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

  return [
    {
      name: "career path",
      nip: person.nip,
      targetP95: 150,
      path: () => "/career",
      sql: () => careerSql,
      expect: (body) => body.includes(person.position),
    },
  ];
}
