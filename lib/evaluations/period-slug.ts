// The period segment of /skp/[id]/evaluations/[period]: "q1".."q4" under a quarterly setting,
// "m1".."m12" under a monthly one, "annual" for the annual evaluation. Strict on purpose (no "q01",
// no "Q1"): a URL that does not match the agency's frequency is a page that does not exist.

import { t } from "@/lib/i18n";
import type { EvaluationFrequency } from "@/lib/domain/appraisal/periods";

export type PeriodKind = "PERIODIC" | "ANNUAL";
export type PeriodKey = { kind: PeriodKind; periodNo: number };

export const ANNUAL_SLUG = "annual";

const PATTERNS: Record<EvaluationFrequency, RegExp> = {
  QUARTERLY: /^q([1-4])$/,
  MONTHLY: /^m([1-9]|1[0-2])$/,
};

export function parsePeriodSlug(slug: string, frequency: EvaluationFrequency): PeriodKey | null {
  if (slug === ANNUAL_SLUG) return { kind: "ANNUAL", periodNo: 0 };
  const match = PATTERNS[frequency].exec(slug);
  return match ? { kind: "PERIODIC", periodNo: Number(match[1]) } : null;
}

export function periodSlug(key: PeriodKey, frequency: EvaluationFrequency): string {
  if (key.kind === "ANNUAL") return ANNUAL_SLUG;
  return `${frequency === "MONTHLY" ? "m" : "q"}${key.periodNo}`;
}

/** "Triwulan 3", "Bulan 11", "Tahunan" (shared labels). */
export function periodName(key: PeriodKey, frequency: EvaluationFrequency): string {
  return key.kind === "ANNUAL" ? t("appraisal.periodName.ANNUAL") : t(`appraisal.periodName.${frequency}`, { n: key.periodNo });
}

/** Every periodic key of a year under a frequency, in order (the columns of "Tim Saya"). */
export function periodicKeys(frequency: EvaluationFrequency): PeriodKey[] {
  const count = frequency === "MONTHLY" ? 12 : 4;
  return Array.from({ length: count }, (_, i) => ({ kind: "PERIODIC", periodNo: i + 1 }));
}

/** The month or quarter that holds `date` (date-only): where the bulk view starts. */
export function periodKeyOn(frequency: EvaluationFrequency, date: Date): PeriodKey {
  const month = date.getUTCMonth() + 1;
  return { kind: "PERIODIC", periodNo: frequency === "MONTHLY" ? month : Math.ceil(month / 3) };
}
