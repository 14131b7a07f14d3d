// Directory and profile pages measured by `npm run bench` (lib/employees/queries.ts): the session
// check, the count, a page of rows and the unit tree for a name, a NIP prefix or a unit with its
// sub-units; the whole profile of one person.
import type pg from "pg";
import { pick, type Scenario, type Statement } from "./bench-kit";
import { nipPrefixRange } from "../../lib/domain/nip";

const PAGE = `SELECT e.id, e.nip, e.name, e.front_title, e.back_title, e.status, r.code, r.name AS rank_name, p.name AS position_name, p.type, u.name AS unit_name
  FROM employees e LEFT JOIN ranks r ON r.id = e.rank_id JOIN positions p ON p.id = e.position_id JOIN org_units u ON u.id = e.unit_id`;
const UNITS = "SELECT id, code, name, parent_id FROM org_units";

export async function directoryScenarios(client: pg.Client, session: Statement): Promise<Scenario[]> {
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
  ];
}
