// Committee cases measured by `npm run bench`, on those scripts/screen-round.ts and
// scripts/bench-cases.ts leave: HR's list of a round screened over every PNS (/promotions/[id],
// lib/promotions/queries.ts: round, counts, then the list beside the unit tree and the chairs), the
// chair's view of a round in review (/committee/promotions/[id], lib/promotions/committee-queries.ts
// and lib/committee/queries.ts) and HR's page of a ranked placement selection (/placements/[id],
// lib/placements/queries.ts getSelection), statement by statement in the pages' order.
import type pg from "pg";
import { pick, sessionOf, userIdOf, type Scenario, type Statement, type Step } from "./bench-kit";
import { roundListStatements, type ListFilters } from "./bench-round-list";

/** What the set-up scripts made: the screened DRAFT round, the round in review (chaired by `chairNip`), the selection. */
export type BenchCases = { draftRoundId: number; reviewRoundId: number; selectionId: number; chairNip: string };

const UNITS: Statement = { text: "SELECT id, code, name, parent_id FROM org_units", values: [] };
const EMPLOYEE_JSON = `(SELECT jsonb_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'frontTitle', e.front_title, 'backTitle', e.back_title,
    'educationLevel', e.education_level, 'unit', (SELECT jsonb_build_object('name', u.name) FROM org_units u WHERE u.id = e.unit_id)) FROM employees e WHERE e.id = c.employee_id)`;
const CANDIDATE = `c.id, c.version, c.route, c.eligible, c.proposed, c.from_rank_id, c.to_rank_id, c.conditions, c.justification, c.added_by_id,
  c.decision, c.decision_reason, c.sk_number, ${EMPLOYEE_JSON} AS employee`;
const CHAIRS: Statement = {
  text: `SELECT u.id, (SELECT jsonb_build_object('id', e.id, 'name', e.name, 'nip', e.nip) FROM employees e WHERE e.id = u.employee_id) AS employee
         FROM users u LEFT JOIN employees o ON o.id = u.employee_id WHERE u.active AND u.roles @> '{TIM_PENILAI}'::"Role"[] ORDER BY o.search_name LIMIT 200`,
  values: [],
};

/** A page's rows once the list has its ids (findMany by id with the employee and unit). */
const rowsOf = (ids: number[]): Statement => ({ text: `SELECT ${CANDIDATE} FROM promotion_candidates c WHERE c.id = ANY($1::int[])`, values: [ids] });

/** HR's round page for each filter: the list's statements and, found once now, the NIP its first row shows. */
async function hrRoundPage(client: pg.Client, session: Statement, roundId: number, variants: ListFilters[]) {
  const round: Statement = {
    text: `SELECT r.id, r.period_tmt, r.status, r.screened_at, r.screened_count, r.eligible_count, r.sent_at, r.closed_at, r.version,
             (SELECT jsonb_build_object('id', e.id, 'name', e.name, 'nip', e.nip) FROM employees e WHERE e.id = r.chair_id) AS chair
           FROM promotion_rounds r WHERE r.id = $1 LIMIT 1`,
    values: [roundId],
  };
  const counts: Statement = {
    text: `SELECT round_id, count(*)::int AS proposed, count(decision)::int AS decided, count(added_by_id)::int AS added
           FROM promotion_candidates WHERE round_id = ANY($1::int[]) AND proposed GROUP BY round_id`,
    values: [[roundId]],
  };
  const pages: { filters: ListFilters; steps: Step[]; first: string | null }[] = [];
  for (const filters of variants) {
    const list = roundListStatements(roundId, filters);
    const ids = (await client.query<{ id: number }>(list.ids)).rows.map((row) => row.id);
    const first = ids.length ? (await client.query<{ nip: string }>("SELECT e.nip FROM promotion_candidates c JOIN employees e ON e.id = c.employee_id WHERE c.id = $1", [ids[0]])).rows[0]!.nip : null;
    pages.push({ filters, steps: [session, round, counts, { concurrent: [[list.ids, rowsOf(ids)], [list.count], [UNITS], [CHAIRS]] }], first });
  }
  return pages;
}

const query = (filters: ListFilters) =>
  new URLSearchParams({ view: filters.view, ...(filters.q ? { q: filters.q } : {}), ...(filters.page > 1 ? { page: String(filters.page) } : {}) }).toString();

function listScenario(name: string, roundId: number, pages: Awaited<ReturnType<typeof hrRoundPage>>): Scenario {
  return {
    name,
    targetP95: 150,
    path: (i) => `/promotions/${roundId}?${query(pick(pages, i).filters)}`,
    sql: (i) => pick(pages, i).steps,
    expect: (body, i) => {
      const first = pick(pages, i).first;
      return first ? body.includes(`candidate-${first}`) : body.includes("Tidak ada kandidat dengan saringan ini.");
    },
  };
}

/** The chair's page of the round in review: the round, its counts, a page of usulan and their committee states. */
async function committeeScenario(client: pg.Client, cases: BenchCases): Promise<Scenario | null> {
  const chair = (await client.query<{ id: number }>("SELECT id FROM employees WHERE nip = $1", [cases.chairNip])).rows[0];
  if (!chair) return null;
  const roundId = cases.reviewRoundId;
  const proposed = "c.round_id = $1 AND c.proposed AND EXISTS (SELECT 1 FROM promotion_rounds k WHERE k.id = c.round_id AND k.status <> 'DRAFT')";
  const pageOf = async (page: number) => {
    const list: Statement = {
      text: `SELECT ${CANDIDATE} FROM promotion_candidates c JOIN employees o ON o.id = c.employee_id WHERE ${proposed} ORDER BY o.search_name, c.id LIMIT 25 OFFSET $2`,
      values: [roundId, (page - 1) * 25],
    };
    const rows = (await client.query<{ id: number; employee: { nip: string } }>(list)).rows;
    const ids = rows.map((row) => row.id);
    const states: Step = {
      concurrent: [
        [{ text: "SELECT c.id, c.version, c.decision, c.decision_reason, c.decided_at, c.proposed, k.id, k.status, k.chair_id FROM promotion_candidates c JOIN promotion_rounds k ON k.id = c.round_id WHERE c.id = ANY($1::int[]) AND k.status <> 'DRAFT'", values: [ids] }],
        [{ text: "SELECT v.promotion_candidate_id, v.member_id, e.name, v.kind, v.reason, v.created_at FROM committee_votes v JOIN employees e ON e.id = v.member_id WHERE v.promotion_candidate_id = ANY($1::int[]) ORDER BY v.created_at, v.id", values: [ids] }],
        [{ text: "SELECT d.promotion_candidate_id, d.from_decision, d.to_decision, d.reason, d.created_at, e.name FROM decision_corrections d JOIN employees e ON e.id = d.corrected_by_id WHERE d.promotion_candidate_id = ANY($1::int[]) ORDER BY d.created_at, d.id", values: [ids] }],
      ],
    };
    const steps: Step[] = [
      sessionOf(await userIdOf(client, chair.id)),
      { text: "SELECT r.id, r.period_tmt, r.status, r.sent_at, r.closed_at, r.chair_id, (SELECT e.name FROM employees e WHERE e.id = r.chair_id) FROM promotion_rounds r WHERE r.id = $1 AND r.status <> 'DRAFT' LIMIT 1", values: [roundId] },
      { concurrent: [[{ text: "SELECT count(*) FROM promotion_candidates WHERE round_id = $1 AND proposed", values: [roundId] }], [{ text: "SELECT count(*) FROM promotion_candidates WHERE round_id = $1 AND proposed AND decision IS NULL", values: [roundId] }]] },
      { concurrent: [[{ text: `SELECT count(*) FROM promotion_candidates c WHERE ${proposed}`, values: [roundId] }], [list]] },
      states,
    ];
    return { page, steps, first: rows[0]?.employee.nip ?? "" };
  };
  const pages = [await pageOf(1), await pageOf(4)];
  return {
    name: "committee, round p1/4",
    nip: cases.chairNip,
    targetP95: 150,
    path: (i) => `/committee/promotions/${roundId}${pick(pages, i).page > 1 ? `?page=${pick(pages, i).page}` : ""}`,
    sql: (i) => pick(pages, i).steps,
    expect: (body, i) => body.includes(pick(pages, i).first),
  };
}

/** HR's page of the selection: everything in one statement (the post with its standard and holders, the ranked shortlist). */
async function placementScenario(client: pg.Client, session: Statement, selectionId: number): Promise<Scenario | null> {
  const post = (await client.query<{ name: string }>("SELECT p.name FROM placement_selections s JOIN positions p ON p.id = s.position_id WHERE s.id = $1", [selectionId])).rows[0];
  if (!post) return null;
  const selection: Statement = {
    text: `SELECT s.id, s.status, s.tmt, s.weights, s.weights_reason, s.ranked_at, s.sent_at, s.closed_at, s.created_at, s.version,
             (SELECT jsonb_build_object('id', e.id, 'name', e.name, 'nip', e.nip) FROM employees e WHERE e.id = s.chair_id) AS chair,
             (SELECT jsonb_build_object('id', p.id, 'name', p.name, 'type', p.type, 'grade', p.grade, 'formation', p.formation, 'minEducation', p.min_education,
                       'minRank', (SELECT jsonb_build_object('code', r.code, 'name', r.name) FROM ranks r WHERE r.id = p.min_rank_id),
                       'unit', (SELECT jsonb_build_object('name', u.name) FROM org_units u WHERE u.id = p.unit_id),
                       'competencies', (SELECT coalesce(jsonb_agg(jsonb_build_object('requiredLevel', pc.required_level, 'competency', jsonb_build_object('id', k.id, 'code', k.code, 'name', k.name)) ORDER BY pc.competency_id), '[]')
                                        FROM position_competencies pc JOIN competencies k ON k.id = pc.competency_id WHERE pc.position_id = p.id),
                       'holders', (SELECT count(*) FROM employees h WHERE h.position_id = p.id)) FROM positions p WHERE p.id = s.position_id) AS position,
             (SELECT coalesce(jsonb_agg(x.row ORDER BY x.rank_order, x.id), '[]') FROM (
                SELECT c.rank_order, c.id, jsonb_build_object('id', c.id, 'rankOrder', c.rank_order, 'score', c.score, 'components', c.components, 'addedManually', c.added_manually,
                         'justification', c.justification, 'decision', c.decision, 'decisionReason', c.decision_reason, 'decidedAt', c.decided_at, 'skNumber', c.sk_number, 'skDate', c.sk_date,
                         'employee', (SELECT jsonb_build_object('id', e.id, 'nip', e.nip, 'name', e.name, 'frontTitle', e.front_title, 'backTitle', e.back_title,
                                        'rank', (SELECT jsonb_build_object('code', r.code, 'name', r.name) FROM ranks r WHERE r.id = e.rank_id),
                                        'position', (SELECT jsonb_build_object('name', ep.name) FROM positions ep WHERE ep.id = e.position_id),
                                        'unit', (SELECT jsonb_build_object('name', u.name) FROM org_units u WHERE u.id = e.unit_id)) FROM employees e WHERE e.id = c.employee_id)) AS row
                FROM placement_candidates c WHERE c.selection_id = s.id) x) AS candidates
           FROM placement_selections s WHERE s.id = $1 LIMIT 1`,
    values: [selectionId],
  };
  return { name: "placement ranking", targetP95: 150, path: () => `/placements/${selectionId}`, sql: () => [session, selection], expect: (body) => body.includes(post.name) };
}

/** None without the cases (a database the set-up scripts have not run on). */
export async function roundScenarios(client: pg.Client, session: Statement, cases: BenchCases | null): Promise<Scenario[]> {
  if (!cases) return [];
  const people = (await client.query<{ nip: string; search_name: string }>("SELECT nip, search_name FROM employees TABLESAMPLE SYSTEM (2) REPEATABLE (11) LIMIT 20")).rows;
  const searches: ListFilters[] = people.flatMap((p) => [
    { view: "all" as const, page: 1, q: p.search_name.split(" ").find((w) => w.length >= 4) ?? p.search_name.slice(0, 5) },
    { view: "all" as const, page: 1, q: p.nip.slice(0, 8) },
  ]);
  const id = cases.draftRoundId;
  const usulan = await hrRoundPage(client, session, id, [{ view: "proposed", page: 1 }]);
  const everyone = await hrRoundPage(client, session, id, [{ view: "all", page: 1 }, { view: "all", page: 40 }]);
  const filtered = await hrRoundPage(client, session, id, [{ view: "eligible", page: 1 }, { view: "notEligible", page: 40 }]);
  const found = await hrRoundPage(client, session, id, searches);
  const committee = await committeeScenario(client, cases);
  const placement = await placementScenario(client, session, cases.selectionId);
  return [
    listScenario("KP round, usulan", id, usulan),
    listScenario("KP round, all p1/40", id, everyone),
    listScenario("KP round, eligible/not", id, filtered),
    listScenario("KP round, name/NIP", id, found),
    ...(committee ? [committee] : []),
    ...(placement ? [placement] : []),
  ];
}
