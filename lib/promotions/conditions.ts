// The KP conditions of a screened candidate as stored in promotion_candidates.conditions (json),
// read back into the shape kp-text.ts words. A screening writes one row per PNS (100,000 at scale),
// so each condition is stored as a short array, [code, met, metOn, …detail values in DETAIL_KEYS
// order], e.g. ["YEARS_IN_RANK", true, "2021-04-01", 4, "2017-04-01"]: under half the bytes of the
// keyed object, which the screening pays for in serialising, sending, parsing and writing.
// readConditions also reads the keyed form, [{ code, met, metOn, detail }], which rounds screened
// before the short form (and any condition whose detail does not fit DETAIL_KEYS) keep.
import type { KpCondition, KpConditionCode } from "@/lib/domain/career/promotion";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";

type Detail = KpCondition["detail"];
type Value = number | string | null;
type Keyed = { code: KpConditionCode; met: boolean; metOn: string | null; detail: Detail };
type Short = [KpConditionCode, boolean, string | null, ...Value[]];

/** The detail keys of each condition in lib/domain/career/promotion.ts, in the order stored. */
const DETAIL_KEYS: Record<KpConditionCode, readonly string[]> = {
  NOT_PNS: ["status"],
  RANK_UNKNOWN: ["rankId", "rankTmt"],
  TOP_RANK: ["rankId"],
  YEARS_IN_RANK: ["requiredYears", "rankTmt"],
  PERFORMANCE: ["earlierYear", "earlierPredikat", "laterYear", "laterPredikat"],
  EDUCATION_CAP: ["education", "capRankId", "nextRankId"],
  JENJANG_RANGE: ["level", "minRankId", "maxRankId", "nextRankId"],
  CREDIT: ["level", "credit", "required"],
  NO_SANCTION: ["active"],
};

// A screening writes the same few strings (codes, dates, predikats) hundreds of thousands of times:
// their JSON text is made once. Bounded, in case a detail ever carries free text.
const texts = new Map<string | number, string>();
function remembered(key: string | number, make: () => string): string {
  let text = texts.get(key);
  if (text === undefined) {
    text = make();
    if (texts.size < 50_000) texts.set(key, text);
  }
  return text;
}

function literal(value: Value | boolean): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  return remembered(value, () => JSON.stringify(value));
}

/** The short form's JSON text, or null when the detail's keys differ from DETAIL_KEYS (then the keyed form keeps it whole). */
function shortText(c: KpCondition): string | null {
  const keys = DETAIL_KEYS[c.code];
  if (!keys || Object.keys(c.detail).length !== keys.length) return null;
  let text = `[${literal(c.code)},${c.met ? "true" : "false"},${c.metOn ? remembered(c.metOn.getTime(), () => `"${toIsoDate(c.metOn!)}"`) : "null"}`;
  for (const key of keys) {
    const value = c.detail[key];
    if (value === undefined) return null;
    text += `,${literal(value)}`;
  }
  return `${text}]`;
}

/**
 * The stored JSON text, the same for the same conditions: the column keeps it as written (json), so a
 * re-screen tells an unchanged row by comparing texts. Put together by hand, which a screening of
 * 100,000 people notices: a quarter of the time of building arrays for JSON.stringify.
 */
export function storeConditions(conditions: readonly KpCondition[]): string {
  const parts = conditions.map((c) => {
    const short = shortText(c);
    if (short !== null) return short;
    const keyed: Keyed = { code: c.code, met: c.met, metOn: c.metOn ? toIsoDate(c.metOn) : null, detail: c.detail };
    return JSON.stringify(keyed);
  });
  return `[${parts.join(",")}]`;
}

const dateOf = (value: unknown) => (typeof value === "string" ? parseIsoDate(value.slice(0, 10)) : null);

function readShort([code, met, metOn, ...values]: Short): KpCondition {
  const detail: Detail = {};
  (DETAIL_KEYS[code] ?? []).forEach((key, i) => (detail[key] = values[i] ?? null));
  return { code, met: met === true, metOn: dateOf(metOn), detail };
}

export function readConditions(value: unknown): KpCondition[] {
  if (!Array.isArray(value)) return [];
  return (value as (Short | Keyed)[]).map((c) =>
    Array.isArray(c) ? readShort(c) : { code: c.code, met: c.met === true, metOn: dateOf(c.metOn), detail: c.detail ?? {} },
  );
}
