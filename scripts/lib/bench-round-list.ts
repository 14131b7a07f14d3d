// The statements of lib/promotions/queries.ts listRoundCandidates (the count and the page's ids), for
// the benchmark to run beside the round page: the same filters, the same two orders (the usulan and
// the rest each walking the search_name index; a name search sorting what it matched by `name`).
// The unit filter is left out: no scenario uses it.
import type { Statement } from "./bench-kit";
import { looksLikeNipPrefix, nipPrefixRange } from "../../lib/domain/nip";
import { normalizeSearch } from "../../lib/domain/search";

export type ListFilters = { view: "proposed" | "all" | "eligible" | "notEligible"; page: number; q?: string };

const SIZE = 25;
const FROM = "promotion_candidates p JOIN employees e ON e.id = p.employee_id";
const VIEWS: Record<ListFilters["view"], string[]> = { proposed: ["p.proposed"], eligible: ["p.eligible"], notEligible: ["NOT p.eligible"], all: [] };

export function roundListStatements(roundId: number, filters: ListFilters): { count: Statement; ids: Statement } {
  const values: unknown[] = [roundId];
  const param = (value: unknown) => `$${values.push(value)}`;
  const people: string[] = [];
  const q = filters.q?.trim();
  if (q && looksLikeNipPrefix(q)) {
    const range = nipPrefixRange(q.replace(/\s+/g, ""));
    if (range) people.push(`e.nip >= ${param(range.gte)}::bpchar`, ...(range.lt ? [`e.nip < ${param(range.lt)}::bpchar`] : []));
  } else if (q) {
    for (const word of normalizeSearch(q).split(" ").filter(Boolean)) people.push(`e.search_name LIKE ${param(`%${word}%`)}`);
  }
  const named = Boolean(q) && !looksLikeNipPrefix(q!) && people.length > 0;
  const where = ["p.round_id = $1::int", ...VIEWS[filters.view], ...people].join(" AND ");
  const count = { text: `SELECT count(*)::int AS n FROM ${people.length ? FROM : "promotion_candidates p"} WHERE ${where}`, values: [...values] };
  const offset = (filters.page - 1) * SIZE;
  if (named) {
    const text = `SELECT p.id FROM ${FROM} WHERE ${where} ORDER BY p.proposed DESC, e.name, p.id LIMIT ${param(SIZE)}::int OFFSET ${param(offset)}::int`;
    return { count, ids: { text, values } };
  }
  const upto = param(offset + SIZE);
  const half = (proposed: boolean) =>
    `(SELECT p.id, p.proposed, e.search_name AS name FROM ${FROM} WHERE ${where} AND p.proposed = ${proposed} ORDER BY e.search_name, p.id LIMIT ${upto}::int)`;
  const halves = filters.view === "proposed" ? half(true) : `${half(true)} UNION ALL ${half(false)}`;
  const text = `SELECT x.id FROM (${halves}) x ORDER BY x.proposed DESC, x.name, x.id LIMIT ${param(SIZE)}::int OFFSET ${param(offset)}::int`;
  return { count, ids: { text, values } };
}
