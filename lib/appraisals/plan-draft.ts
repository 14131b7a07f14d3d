// The plan editor's flat field names read back into rows, for the schema (server) and for the form
// after a refused save (client): `results.<i>.<field>` and `results.<i>.indicators.<j>.<field>`.

export type DraftRow = Partial<Record<string, string>>;
export type DraftResult = { row: DraftRow; indicators: DraftRow[] };

const RESULT_KEY = /^results\.(\d{1,3})\.(id|text|parentResultId)$/;
const INDICATOR_KEY = /^results\.(\d{1,3})\.indicators\.(\d{1,3})\.(text|targetKind|targetValue|targetUnit|targetText)$/;

function inOrder<T>(map: Map<number, T> | undefined): T[] {
  return map ? [...map.entries()].sort(([a], [b]) => a - b).map(([, row]) => row) : [];
}

/** RHK rows in index order, each with its indicator rows in order; unknown keys are ignored. */
export function collectPlanRows(input: Record<string, string | string[] | undefined>): DraftResult[] {
  const results = new Map<number, DraftRow>();
  const indicators = new Map<number, Map<number, DraftRow>>();
  for (const [key, raw] of Object.entries(input)) {
    const value = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
    const r = RESULT_KEY.exec(key);
    if (r) {
      const i = Number(r[1]);
      results.set(i, { ...results.get(i), [r[2]!]: value });
      continue;
    }
    const m = INDICATOR_KEY.exec(key);
    if (!m) continue;
    const [i, j] = [Number(m[1]), Number(m[2])];
    if (!results.has(i)) results.set(i, {});
    const rows = indicators.get(i) ?? new Map<number, DraftRow>();
    rows.set(j, { ...rows.get(j), [m[3]!]: value });
    indicators.set(i, rows);
  }
  return [...results.keys()].sort((a, b) => a - b).map((i) => ({ row: results.get(i) ?? {}, indicators: inOrder(indicators.get(i)) }));
}
