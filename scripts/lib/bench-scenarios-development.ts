// HR's competency development pages measured by `npm run bench` (lib/trainings/development-queries.ts):
// who is behind on the 20 JP, for one OPD and for the whole province, beside the per-unit summary and
// the unit tree, concurrently as the page issues them.
import type pg from "pg";
import { pick, wibToday, type Scenario, type Statement } from "./bench-kit";

/** "development (HR, unit)" and "development (HR, all)" on the scale batch; none when it has no development data. */
export async function developmentScenarios(client: pg.Client, adminSession: Statement): Promise<Scenario[]> {
  const today = wibToday();
  const opds = (
    await client.query<{ id: number; name: string }>(
      `SELECT o.id, o.name FROM org_units o JOIN org_units root ON root.id = o.parent_id AND root.code ~ '^SCALE-[0-9]+$' ORDER BY o.id`,
    )
  ).rows;
  const logged = (await client.query<{ any: boolean }>("SELECT EXISTS (SELECT 1 FROM development_hours) AS any")).rows[0]?.any;
  if (!logged || opds.length === 0) return [];

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
