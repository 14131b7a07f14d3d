// Jenjang pendidikan (ijazah): the starting golongan on appointment and the highest golongan
// reachable by kenaikan pangkat reguler. Above the cap only the other routes (functional credit,
// structural position, ijazah adjustment) lead further, which eligibility screening relies on.
import { rankOf, type RankCode, type RankDef } from "./ranks";

export type EducationLevel =
  | "SD"
  | "SMP"
  | "SMP_KEJURUAN"
  | "SMA"
  | "SMK"
  | "D1"
  | "D2"
  | "D3"
  | "D4"
  | "S1"
  | "S2"
  | "DOKTER"
  | "APOTEKER"
  | "S3";

export type EducationRankRule = { startRankCode: RankCode; regularCapRankCode: RankCode };

/**
 * Lowest first. `order` answers "is this ijazah at least the required one?" for position
 * requirements, so levels that count as the same schooling share a number:
 * - SMP kejuruan is still SMP-level schooling; its higher cap rewards the vocational track, it does
 *   not make it a higher level. SMA and SMK are both upper-secondary (SLTA).
 * - D-IV is a sarjana terapan, the same qualification level as S1 (KKNI level 6) with the same
 *   starting golongan III/a.
 * - Dokter and apoteker are professional degrees after S1 (KKNI level 7, like S2) and start at III/b
 *   like S2, so a position asking for S2 accepts them and one asking for dokter accepts an S2 by
 *   level alone; the field of study is a separate requirement.
 */
export const EDUCATION_LEVELS = [
  { level: "SD", label: "SD", order: 0 },
  { level: "SMP", label: "SMP / SLTP", order: 1 },
  { level: "SMP_KEJURUAN", label: "SMP Kejuruan", order: 1 },
  { level: "SMA", label: "SMA / SLTA", order: 2 },
  { level: "SMK", label: "SMK", order: 2 },
  { level: "D1", label: "D-I", order: 3 },
  { level: "D2", label: "D-II", order: 4 },
  { level: "D3", label: "D-III", order: 5 },
  { level: "D4", label: "D-IV", order: 6 },
  { level: "S1", label: "S1", order: 6 },
  { level: "S2", label: "S2", order: 7 },
  { level: "DOKTER", label: "Dokter", order: 7 },
  { level: "APOTEKER", label: "Apoteker", order: 7 },
  { level: "S3", label: "S3", order: 8 },
] as const satisfies readonly { level: EducationLevel; label: string; order: number }[];

export const EDUCATION_LABELS = Object.fromEntries(
  EDUCATION_LEVELS.map(({ level, label }) => [level, label]),
) as Record<EducationLevel, string>;

export const EDUCATION_RANK_RULES: Record<EducationLevel, EducationRankRule> = {
  SD: { startRankCode: "I/a", regularCapRankCode: "II/a" },
  SMP: { startRankCode: "I/c", regularCapRankCode: "II/c" },
  SMP_KEJURUAN: { startRankCode: "I/c", regularCapRankCode: "II/d" },
  SMA: { startRankCode: "II/a", regularCapRankCode: "III/b" },
  SMK: { startRankCode: "II/a", regularCapRankCode: "III/b" },
  D1: { startRankCode: "II/a", regularCapRankCode: "III/b" },
  D2: { startRankCode: "II/b", regularCapRankCode: "III/b" },
  D3: { startRankCode: "II/c", regularCapRankCode: "III/c" },
  D4: { startRankCode: "III/a", regularCapRankCode: "III/d" },
  S1: { startRankCode: "III/a", regularCapRankCode: "III/d" },
  S2: { startRankCode: "III/b", regularCapRankCode: "IV/a" },
  DOKTER: { startRankCode: "III/b", regularCapRankCode: "IV/a" },
  APOTEKER: { startRankCode: "III/b", regularCapRankCode: "IV/a" },
  S3: { startRankCode: "III/c", regularCapRankCode: "IV/b" },
};

export function startingRank(level: EducationLevel): RankDef {
  return rankOf(EDUCATION_RANK_RULES[level].startRankCode);
}

export function regularRankCap(level: EducationLevel): RankDef {
  return rankOf(EDUCATION_RANK_RULES[level].regularCapRankCode);
}

/**
 * True when the rank is at or below the cap. A person AT the cap is within it but cannot rise by
 * KP reguler; screening asks this of the target rank (nextRank), not of the current one.
 */
export function isWithinRegularCap(rankId: number, level: EducationLevel): boolean {
  return rankId <= regularRankCap(level).id;
}

export function educationOrder(level: EducationLevel): number {
  const entry = EDUCATION_LEVELS.find((row) => row.level === level);
  if (!entry) throw new Error(`Education level ${level} missing from EDUCATION_LEVELS`);
  return entry.order;
}

export function meetsMinimumEducation(actual: EducationLevel, required: EducationLevel): boolean {
  return educationOrder(actual) >= educationOrder(required);
}
