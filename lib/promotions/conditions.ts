// The KP conditions of a screened candidate as stored in promotion_candidates.conditions (JSONB):
// [{ code, met, metOn: "YYYY-MM-DD" | null, detail }], read back into the shape kp-text.ts words.
import type { KpCondition, KpConditionCode } from "@/lib/domain/career/promotion";
import { parseIsoDate, toIsoDate } from "@/lib/domain/dates";

type Stored = { code: KpConditionCode; met: boolean; metOn: string | null; detail: KpCondition["detail"] };

export function storeConditions(conditions: readonly KpCondition[]): string {
  const stored: Stored[] = conditions.map((c) => ({ code: c.code, met: c.met, metOn: c.metOn ? toIsoDate(c.metOn) : null, detail: c.detail }));
  return JSON.stringify(stored);
}

export function readConditions(value: unknown): KpCondition[] {
  if (!Array.isArray(value)) return [];
  return (value as Stored[]).map((c) => ({ code: c.code, met: c.met === true, metOn: c.metOn ? parseIsoDate(c.metOn.slice(0, 10)) : null, detail: c.detail ?? {} }));
}
