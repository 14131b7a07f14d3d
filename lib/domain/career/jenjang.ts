// Jenjang jabatan fungsional: the ladder within each category, the pangkat range of each jenjang,
// and what moving up a jenjang needs (angka kredit, uji kompetensi, a vacant formation).

import { CREDIT_TABLE } from "../appraisal/credit";
import { toIsoDate } from "../dates";
import type { FunctionalLevel } from "../positions";
import { rankOf, type RankCode } from "../ranks";

/** Lowest first, per category; a jenjang never moves across categories. */
export const FUNCTIONAL_LADDERS = {
  KEAHLIAN: ["AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA"],
  KETERAMPILAN: ["PEMULA", "TERAMPIL", "MAHIR", "PENYELIA"],
} as const satisfies Record<string, readonly FunctionalLevel[]>;

const NEXT_LEVEL: Record<FunctionalLevel, FunctionalLevel | null> = {
  AHLI_PERTAMA: "AHLI_MUDA",
  AHLI_MUDA: "AHLI_MADYA",
  AHLI_MADYA: "AHLI_UTAMA",
  AHLI_UTAMA: null,
  PEMULA: "TERAMPIL",
  TERAMPIL: "MAHIR",
  MAHIR: "PENYELIA",
  PENYELIA: null,
};

/** Pertama → Muda → Madya → Utama; Pemula → Terampil → Mahir → Penyelia; null at the top. */
export function nextFunctionalLevel(level: FunctionalLevel): FunctionalLevel | null {
  return NEXT_LEVEL[level];
}

export type RankRange = { min: RankCode; max: RankCode };

/**
 * The pangkat a jenjang spans. Within it a pejabat fungsional rises by KP pilihan (angka kredit);
 * past its top only a move to the next jenjang leads further.
 */
export const JENJANG_RANK_RANGE: Record<FunctionalLevel, RankRange> = {
  AHLI_PERTAMA: { min: "III/a", max: "III/b" },
  AHLI_MUDA: { min: "III/c", max: "III/d" },
  AHLI_MADYA: { min: "IV/a", max: "IV/c" },
  AHLI_UTAMA: { min: "IV/d", max: "IV/e" },
  PEMULA: { min: "II/a", max: "II/a" },
  TERAMPIL: { min: "II/b", max: "II/d" },
  MAHIR: { min: "III/a", max: "III/b" },
  PENYELIA: { min: "III/c", max: "III/d" },
};

/** Rank ids (ladder positions) of the range, both ends included. */
export function jenjangRankIds(level: FunctionalLevel): { minRankId: number; maxRankId: number } {
  const range = JENJANG_RANK_RANGE[level];
  return { minRankId: rankOf(range.min).id, maxRankId: rankOf(range.max).id };
}

export function isWithinJenjang(rankId: number, level: FunctionalLevel): boolean {
  const { minRankId, maxRankId } = jenjangRankIds(level);
  return rankId >= minRankId && rankId <= maxRankId;
}

export type NextLevelConditionCode = "CREDIT" | "COMPETENCY_TEST" | "VACANCY";

export type NextLevelCondition = {
  code: NextLevelConditionCode;
  /** null = not known (no formation data). */
  met: boolean | null;
  detail: Record<string, number | string | null>;
};

export type NextLevelInput = {
  level: FunctionalLevel;
  /** Angka kredit accumulated in the current jenjang. */
  creditInLevel: number;
  competencyTestPassedOn: Date | null;
  /** Whether the next jenjang has a vacant formation; null = unknown. */
  vacancy: boolean | null;
};

/**
 * Kenaikan jenjang (PermenPANRB 1/2023): credit for the next jenjang, a passed uji kompetensi and
 * a vacant formation. At the top jenjang there is no next one and nothing to check.
 */
export function assessNextLevel(input: NextLevelInput): {
  next: FunctionalLevel | null;
  conditions: NextLevelCondition[];
} {
  const next = nextFunctionalLevel(input.level);
  const required = CREDIT_TABLE[input.level].forNextLevel;
  if (next === null || required === null) return { next: null, conditions: [] };
  const passedOn = input.competencyTestPassedOn;
  return {
    next,
    conditions: [
      {
        code: "CREDIT",
        met: input.creditInLevel >= required,
        detail: { credit: input.creditInLevel, required },
      },
      // No record of a pass means not (yet) passed, not unknown: HR records every result.
      {
        code: "COMPETENCY_TEST",
        met: passedOn !== null,
        detail: { passedOn: passedOn === null ? null : toIsoDate(passedOn) },
      },
      { code: "VACANCY", met: input.vacancy, detail: { level: next } },
    ],
  };
}
