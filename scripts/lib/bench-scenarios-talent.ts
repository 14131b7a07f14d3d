// The talent pages measured by `npm run bench`, beside the raw SQL they issue, in their order:
// the session check, then (concurrently) the years with predikats and the unit tree, then the 9-box
// counts (lib/talent/grid-queries.ts) or a page of a box's people with the count of all matches in
// one statement (lib/talent/box-people-queries.ts). The 9-box inputs are the same two DISTINCT ON passes
// (lib/talent/box-queries.ts talentInputsCte); the potential thresholds are the defaults.
import type pg from "pg";
import type { Scenario, Statement, Step } from "./bench-kit";

const YEARS = `WITH RECURSIVE y AS (
    SELECT max(year)::int AS year FROM annual_performances
    UNION ALL
    SELECT (SELECT max(ap.year)::int FROM annual_performances ap WHERE ap.year < y.year) FROM y WHERE y.year IS NOT NULL
  ) SELECT year FROM y WHERE year IS NOT NULL`;
const UNIT_TREE = "SELECT id, code, name, parent_id FROM org_units";
const SCOPE = "e.unit_id IN (SELECT u.id FROM org_units u WHERE u.path @> ARRAY[$2]::int[])";

/** talentInputsCte: `$1` the year; restricted to a unit's people when `unit`. */
const inputs = (unit: boolean) => {
  const only = unit ? `AND employee_id IN (SELECT e.id FROM employees e WHERE ${SCOPE})` : "";
  return `kinerja AS (
    SELECT DISTINCT ON (employee_id) employee_id, year, predikat FROM annual_performances
    WHERE year <= $1 ${only} ORDER BY employee_id, year DESC),
  potential AS (
    SELECT DISTINCT ON (employee_id) employee_id, score, assessed_on FROM potential_assessments
    WHERE TRUE ${only} ORDER BY employee_id, assessed_on DESC, id DESC)`;
};
const JOINS = (kind: string) => `${kind} kinerja ap ON ap.employee_id = e.id ${kind} potential pot ON pot.employee_id = e.id`;

const grid = (unit: boolean) => `WITH ${inputs(unit)}
  SELECT ap.predikat::text AS predikat,
         CASE WHEN pot.score IS NULL THEN NULL WHEN pot.score >= 80 THEN 'TINGGI' WHEN pot.score >= 60 THEN 'MENENGAH' ELSE 'RENDAH' END AS potential,
         count(*)::int AS n
  FROM employees e ${JOINS("LEFT JOIN")}
  WHERE ${unit ? SCOPE : "TRUE"} GROUP BY ap.predikat, 2`;

/** Boxes 7–9 (the pool, ordered by box then score) or box 5 alone (by name). */
const IN_POOL = `((ap.predikat = ANY('{SANGAT_BAIK}'::"Predikat"[]) AND pot.score IS NOT NULL AND pot.score >= 60 AND pot.score < 80)
  OR (ap.predikat = ANY('{BAIK}'::"Predikat"[]) AND pot.score IS NOT NULL AND pot.score >= 80)
  OR (ap.predikat = ANY('{SANGAT_BAIK}'::"Predikat"[]) AND pot.score IS NOT NULL AND pot.score >= 80))`;
const POOL_BOX = `(CASE WHEN (ap.predikat = ANY('{SANGAT_BAIK}'::"Predikat"[]) AND pot.score >= 60 AND pot.score < 80) THEN 7
  WHEN (ap.predikat = ANY('{BAIK}'::"Predikat"[]) AND pot.score >= 80) THEN 8 WHEN (ap.predikat = ANY('{SANGAT_BAIK}'::"Predikat"[]) AND pot.score >= 80) THEN 9 END)`;
const IN_FIVE = `(ap.predikat = ANY('{BAIK}'::"Predikat"[]) AND pot.score IS NOT NULL AND pot.score >= 60 AND pot.score < 80)`;

function boxPage(pool: boolean, offset: number): Step[] {
  const matches = `FROM employees e ${JOINS("JOIN")} WHERE ${pool ? IN_POOL : IN_FIVE} AND TRUE`;
  const order = pool ? "box DESC, pot.score DESC, e.name, e.id" : "e.name, e.id";
  const outer = pool ? "page.box DESC, page.score DESC, page.name, page.id" : "page.name, page.id";
  const rows: Statement = {
    text: `WITH ${inputs(false)},
      page AS (SELECT e.id, e.name, ap.predikat, ap.year, pot.score, ${pool ? POOL_BOX : "5"} AS box, count(*) OVER () AS total ${matches} ORDER BY ${order} LIMIT 25 OFFSET ${offset})
      SELECT e.id, e.nip, e.name, e.front_title, e.back_title, u.name AS unit_name, r.code, r.name AS rank_name, pos.name AS position_name, pos.type::text,
             page.predikat::text, page.year::int, page.score::float8, page.box, page.total::int
      FROM page JOIN employees e ON e.id = page.id JOIN positions pos ON pos.id = e.position_id JOIN org_units u ON u.id = e.unit_id
      LEFT JOIN ranks r ON r.id = e.rank_id ORDER BY ${outer}`,
    values: [],
  };
  return [rows];
}

/**
 * The 9-box of the whole agency and of one OPD, the talent pool (page 1 and a later page) and the
 * biggest box, as HR. `session` is the bench's session statement for the admin.
 */
export async function talentScenarios(client: pg.Client, session: Statement): Promise<Scenario[]> {
  const newest = (await client.query<{ year: number | null }>("SELECT max(year)::int AS year FROM annual_performances")).rows[0]?.year;
  if (!newest) return [];
  const opds = (await client.query<{ id: number }>("SELECT id FROM org_units WHERE cardinality(path) = 2 ORDER BY id")).rows.map((r) => r.id);
  const withYear = (steps: Step[], values: unknown[]): Step[] =>
    steps.map((step) => ("concurrent" in step ? { concurrent: step.concurrent.map((chain) => chain.map((s) => ({ ...s, values }))) } : { ...step, values }));
  const head: Step[] = [session, { concurrent: [[{ text: YEARS, values: [] }], [{ text: UNIT_TREE, values: [] }]] }];
  return [
    {
      name: "9-box, agency",
      targetP95: 150,
      path: () => "/talent",
      sql: () => [...head, { text: grid(false), values: [newest] }],
      expect: (body) => body.includes("terpetakan menurut predikat"),
    },
    {
      name: "9-box, one OPD",
      targetP95: 150,
      path: (i) => `/talent?year=${newest}&unit=${opds[i % opds.length]}`,
      sql: (i) => [...head, { text: grid(true), values: [newest, opds[i % opds.length]] }],
      expect: (body) => body.includes("terpetakan menurut predikat"),
    },
    {
      name: "talent pool, page 1/40",
      targetP95: 150,
      path: (i) => (i % 2 === 0 ? "/talent/pool" : "/talent/pool?page=40"),
      sql: (i) => [...head, ...withYear(boxPage(true, i % 2 === 0 ? 0 : 39 * 25), [newest])],
      expect: (body) => body.includes("Talent pool menurut predikat"),
    },
    {
      name: "box 5 (largest), agency",
      targetP95: 150,
      path: () => `/talent/box/5?year=${newest}`,
      sql: () => [...head, ...withYear(boxPage(false, 0), [newest])],
      expect: (body) => body.includes("Kotak 5"),
    },
  ];
}
