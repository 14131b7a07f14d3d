// Kenaikan pangkat (KP) screening of one person: which route applies, which conditions hold for the
// coming KP period, and the first period at which all of them will. Called once per employee when
// a round is screened, so it allocates little and reads each predikat and sanction of the input once
// (the 24-period search looks years up in a map, never rescans the history).

import { CREDIT_TABLE } from "../appraisal/credit";
import { assertDateOnly } from "../appraisal/calendar";
import { addYears, toIsoDate } from "../dates";
import { regularRankCap, type EducationLevel } from "../education";
import type { EmploymentStatus } from "../people";
import type { FunctionalLevel, PositionType } from "../positions";
import type { Predikat } from "../predikat";
import { rankById } from "../ranks";
import { jenjangRankIds } from "./jenjang";
import { isAtLeastBaik, worstPredikatByYear } from "./kp-performance";
import { kpMonthOnOrAfter, kpMonthOnOrAfterDate, monthStart, monthStartTime } from "./kp-schedule";
import { clearFromTime, clearSinceTime, isActiveAtTime } from "./sanctions";

export type KpRoute = "REGULER" | "PILIHAN_FUNGSIONAL";

export type KpConditionCode =
  | "NOT_PNS"
  | "RANK_UNKNOWN"
  | "TOP_RANK"
  | "YEARS_IN_RANK"
  | "PERFORMANCE"
  | "EDUCATION_CAP"
  | "JENJANG_RANGE"
  | "CREDIT"
  | "NO_SANCTION";

export type KpCondition = {
  code: KpConditionCode;
  met: boolean;
  /** When a time-based condition holds (or held) from; null when no date applies or never. */
  metOn: Date | null;
  detail: Record<string, number | string | null>;
};

export type KpInput = {
  status: EmploymentStatus;
  rankId: number | null;
  rankTmt: Date | null;
  educationLevel: EducationLevel;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  predikats: readonly { year: number; predikat: Predikat }[];
  sanctions: readonly { startDate: Date; endDate: Date | null; blocksPromotion: boolean }[];
  /** Angka kredit earned since the current pangkat's TMT. */
  creditInRank: number;
  asOf: Date;
};

export type KpAssessment = {
  route: KpRoute | null;
  nextRankId: number | null;
  /** The KP period the conditions describe: the first period on or after asOf. */
  period: Date;
  eligibleOn: Date | null;
  eligibleNow: boolean;
  conditions: KpCondition[];
};

/** Masa kerja in the current pangkat a route needs. */
export const KP_YEARS_IN_RANK: Record<KpRoute, number> = { REGULER: 4, PILIHAN_FUNGSIONAL: 2 };

/** How far ahead eligibleOn is searched: two years of monthly periods. */
export const KP_SEARCH_PERIODS = 24;

function performance(byYear: ReadonlyMap<number, Predikat>, kpYear: number): KpCondition {
  const earlier = byYear.get(kpYear - 2);
  const later = byYear.get(kpYear - 1);
  return {
    code: "PERFORMANCE",
    met: isAtLeastBaik(earlier) && isAtLeastBaik(later),
    metOn: null,
    detail: { earlierYear: kpYear - 2, earlierPredikat: earlier ?? null, laterYear: kpYear - 1, laterPredikat: later ?? null },
  };
}

/** Conditions that no waiting changes: the education cap, or the jenjang range and the credit. */
function fixedConditions(route: KpRoute, input: KpInput, nextRankId: number): KpCondition[] {
  if (route === "REGULER") {
    const capRankId = regularRankCap(input.educationLevel).id;
    const detail = { education: input.educationLevel, capRankId, nextRankId };
    return [{ code: "EDUCATION_CAP", met: nextRankId <= capRankId, metOn: null, detail }];
  }
  const level = input.functionalLevel;
  const range = level === null ? null : jenjangRankIds(level);
  const required = level === null ? null : CREDIT_TABLE[level].forNextRank;
  return [
    {
      code: "JENJANG_RANGE",
      met: range !== null && nextRankId >= range.minRankId && nextRankId <= range.maxRankId,
      metOn: null,
      detail: { level, minRankId: range?.minRankId ?? null, maxRankId: range?.maxRankId ?? null, nextRankId },
    },
    {
      code: "CREDIT",
      met: required !== null && input.creditInRank >= required,
      metOn: null,
      detail: { level, credit: input.creditInRank, required },
    },
  ];
}

function stopped(route: KpRoute | null, period: Date, condition: KpCondition): KpAssessment {
  return { route, nextRankId: null, period, eligibleOn: null, eligibleNow: false, conditions: [condition] };
}

/**
 * NOT_PNS, RANK_UNKNOWN and TOP_RANK appear only when they stop the assessment (nothing else is
 * evaluated then). Otherwise the conditions are those of the route, evaluated for `period`.
 */
export function assessPromotion(input: KpInput): KpAssessment {
  assertDateOnly(input.asOf, "asOf");
  const periodIndex = kpMonthOnOrAfterDate(input.asOf);
  const period = monthStart(periodIndex);
  const periodTime = period.getTime();
  if (input.status === "PPPK") {
    return stopped(null, period, { code: "NOT_PNS", met: false, metOn: null, detail: { status: input.status } });
  }
  const route: KpRoute = input.positionType === "FUNGSIONAL" ? "PILIHAN_FUNGSIONAL" : "REGULER";
  const rank = input.rankId === null ? null : rankById(input.rankId);
  const rankTmt = input.rankTmt;
  if (rank === null || rankTmt === null) {
    const detail = { rankId: input.rankId, rankTmt: rankTmt === null ? null : toIsoDate(rankTmt) };
    return stopped(route, period, { code: "RANK_UNKNOWN", met: false, metOn: null, detail });
  }
  assertDateOnly(rankTmt, "rankTmt");
  const next = rankById(rank.id + 1);
  if (next === null) {
    return stopped(route, period, { code: "TOP_RANK", met: false, metOn: null, detail: { rankId: rank.id } });
  }

  const years = KP_YEARS_IN_RANK[route];
  const yearsMetOn = addYears(rankTmt, years);
  const byYear = worstPredikatByYear(input.predikats);
  const blocking = input.sanctions.filter((sanction) => sanction.blocksPromotion);
  const clearTime = clearFromTime(blocking, periodTime);
  const fixed = fixedConditions(route, input, next.id);
  const sanctionMet = clearTime === periodTime;
  // Met: since the last blocking sanction ended (null if none ever did); not met: when it will be.
  const sanctionMetOn = sanctionMet ? clearSinceTime(blocking, periodTime) : clearTime;
  const conditions: KpCondition[] = [
    {
      code: "YEARS_IN_RANK",
      met: yearsMetOn.getTime() <= periodTime,
      metOn: yearsMetOn,
      detail: { requiredYears: years, rankTmt: toIsoDate(rankTmt) },
    },
    performance(byYear, Math.floor(periodIndex / 12)),
    ...fixed,
    {
      code: "NO_SANCTION",
      met: sanctionMet,
      metOn: sanctionMetOn === null ? null : new Date(sanctionMetOn),
      detail: { active: blocking.filter((sanction) => isActiveAtTime(sanction, periodTime)).length },
    },
  ];

  let eligibleOn: Date | null = null;
  if (clearTime !== null && fixed.every((condition) => condition.met)) {
    const floor = Math.max(input.asOf.getTime(), yearsMetOn.getTime(), clearTime);
    let index = kpMonthOnOrAfterDate(new Date(floor));
    for (let step = 0; step < KP_SEARCH_PERIODS; step += 1, index = kpMonthOnOrAfter(index + 1)) {
      const year = Math.floor(index / 12);
      const time = monthStartTime(index);
      const performs = isAtLeastBaik(byYear.get(year - 1)) && isAtLeastBaik(byYear.get(year - 2));
      if (performs && !blocking.some((sanction) => isActiveAtTime(sanction, time))) {
        eligibleOn = monthStart(index);
        break;
      }
    }
  }
  const eligibleNow =
    eligibleOn !== null && eligibleOn.getTime() === periodTime && conditions.every((condition) => condition.met);
  return { route, nextRankId: next.id, period, eligibleOn, eligibleNow, conditions };
}
