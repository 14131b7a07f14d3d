import "server-only";
import { assessPromotion, type KpCondition, type KpConditionCode, type KpRoute } from "@/lib/domain/career/promotion";
import type { Predikat } from "@/lib/domain/predikat";
import { loadScreeningInputs, type ScreeningFilter } from "./eligibility-queries";

export type EligibilityRow = {
  employeeId: number;
  route: KpRoute | null;
  nextRankId: number | null;
  eligibleOn: Date | null;
  eligibleNow: boolean;
  /** Conditions not met for the coming KP period. */
  unmet: KpConditionCode[];
  /** Pangkat at screening and every condition with its result (stored by promotion rounds). */
  rankId: number | null;
  conditions: KpCondition[];
};

type Sanction = { startDate: Date; endDate: Date | null; blocksPromotion: boolean };

const NO_PREDIKATS: readonly { year: number; predikat: Predikat }[] = [];
const NO_SANCTIONS: readonly Sanction[] = [];

/**
 * KP eligibility of every PNS (or those in `filter.unitIds` and their sub-units) as of a date: the
 * inputs in four set-based statements (lib/career/eligibility-queries.ts), then the same pure rule
 * the career page uses (assessPromotion) per person in memory. Callers authorize (HR's promotion
 * rounds, the screening script). Rows come in employee id order.
 */
export async function screenEligibility(asOf: Date, filter?: ScreeningFilter): Promise<EligibilityRow[]> {
  const inputs = await loadScreeningInputs(asOf, filter);

  const predikats = new Map<number, { year: number; predikat: Predikat }[]>();
  for (const row of inputs.predikats) {
    const list: { year: number; predikat: Predikat }[] = [];
    for (const pair of row.list.split(",")) {
      const colon = pair.indexOf(":");
      list.push({ year: Number(pair.slice(0, colon)), predikat: pair.slice(colon + 1) as Predikat });
    }
    predikats.set(row.id, list);
  }
  const sanctions = new Map<number, Sanction[]>();
  for (const row of inputs.sanctions) {
    const list = sanctions.get(row.id) ?? [];
    list.push({ startDate: row.startDate, endDate: row.endDate, blocksPromotion: true });
    sanctions.set(row.id, list);
  }
  const credits = new Map<number, number>();
  for (const row of inputs.credits) credits.set(row.id, row.credit);

  const rows: EligibilityRow[] = new Array(inputs.persons.length);
  const persons = [...inputs.persons].sort((a, b) => a.id - b.id);
  for (let i = 0; i < persons.length; i += 1) {
    const person = persons[i]!;
    const functional = person.type === "FUNGSIONAL";
    const result = assessPromotion({
      status: "PNS",
      rankId: person.rankId,
      rankTmt: person.rankTmt,
      educationLevel: person.education,
      positionType: person.type,
      functionalLevel: person.level,
      predikats: predikats.get(person.id) ?? NO_PREDIKATS,
      sanctions: sanctions.get(person.id) ?? NO_SANCTIONS,
      creditInRank: functional ? (credits.get(person.id) ?? 0) : 0,
      asOf,
    });
    const unmet: KpConditionCode[] = [];
    for (const condition of result.conditions) if (!condition.met) unmet.push(condition.code);
    rows[i] = { employeeId: person.id, route: result.route, nextRankId: result.nextRankId, eligibleOn: result.eligibleOn, eligibleNow: result.eligibleNow, unmet, rankId: person.rankId, conditions: result.conditions };
  }
  return rows;
}

export type EligibilitySummary = {
  total: number;
  /** Every condition holds for the coming KP period. */
  eligibleNow: number;
  /** Not yet, but a later period within the search horizon will do. */
  eligibleLater: number;
  /** No period within the horizon (cap, top rank, missing predikat, open sanction …). */
  notEligible: number;
  /** How often each condition is unmet for the coming period. */
  unmet: Partial<Record<KpConditionCode, number>>;
};

export function summarizeEligibility(rows: readonly EligibilityRow[]): EligibilitySummary {
  const summary: EligibilitySummary = { total: rows.length, eligibleNow: 0, eligibleLater: 0, notEligible: 0, unmet: {} };
  for (const row of rows) {
    if (row.eligibleNow) summary.eligibleNow += 1;
    else if (row.eligibleOn) summary.eligibleLater += 1;
    else summary.notEligible += 1;
    for (const code of row.unmet) summary.unmet[code] = (summary.unmet[code] ?? 0) + 1;
  }
  return summary;
}
