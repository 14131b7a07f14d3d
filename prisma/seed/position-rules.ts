// What a generated post looks like by its type and jenjang: kelas jabatan, the pangkat range its
// holders usually have, the ijazah it asks for, and its standar kompetensi. One table for the demo,
// the factories and the scale generator.
import { educationOrder, regularRankCap, startingRank, type EducationLevel } from "../../lib/domain/education";
import { positionRuleKey, type FunctionalLevel, type PositionRuleKey, type PositionType } from "../../lib/domain/positions";
import { rankOf, type RankCode } from "../../lib/domain/ranks";
import type { RankChangeKind } from "../../lib/generated/prisma/enums";
import { FAMILIES, familyOffers, type FamilyKey } from "./families";
import type { CompetencyCode } from "./reference";

type Rule = {
  grade: number;
  /** Pangkat of holders, lowest (also the post's minimum) to highest; null for pelaksana (by ijazah). */
  ranks: readonly [RankCode, RankCode] | null;
  education: readonly EducationLevel[];
  /** Required level of the managerial competencies; socio-cultural and technical derive from it. */
  managerial: number;
  technical: number;
};

const RULES: Record<PositionRuleKey, Rule> = {
  JPT_UTAMA: { grade: 17, ranks: ["IV/d", "IV/e"], education: ["S2", "S3"], managerial: 5, technical: 5 },
  JPT_MADYA: { grade: 17, ranks: ["IV/c", "IV/e"], education: ["S2", "S2", "S3"], managerial: 5, technical: 5 },
  JPT_PRATAMA: { grade: 15, ranks: ["IV/b", "IV/d"], education: ["S2", "S2", "S3"], managerial: 4, technical: 4 },
  ADMINISTRATOR: { grade: 12, ranks: ["III/d", "IV/b"], education: ["S1", "S2", "S2"], managerial: 3, technical: 4 },
  PENGAWAS: { grade: 9, ranks: ["III/c", "IV/a"], education: ["S1", "S1", "S2"], managerial: 2, technical: 3 },
  AHLI_UTAMA: { grade: 13, ranks: ["IV/d", "IV/e"], education: ["S2", "S3"], managerial: 4, technical: 5 },
  AHLI_MADYA: { grade: 11, ranks: ["IV/a", "IV/c"], education: ["S1", "S2", "S2"], managerial: 3, technical: 4 },
  AHLI_MUDA: { grade: 9, ranks: ["III/c", "III/d"], education: ["S1", "S1", "S2"], managerial: 3, technical: 3 },
  AHLI_PERTAMA: { grade: 8, ranks: ["III/a", "III/b"], education: ["S1", "S1", "S1", "D4"], managerial: 2, technical: 2 },
  PEMULA: { grade: 6, ranks: ["II/a", "II/b"], education: ["SMA", "SMK"], managerial: 1, technical: 1 },
  TERAMPIL: { grade: 6, ranks: ["II/c", "II/d"], education: ["D3"], managerial: 1, technical: 2 },
  MAHIR: { grade: 7, ranks: ["III/a", "III/c"], education: ["D3"], managerial: 2, technical: 2 },
  PENYELIA: { grade: 8, ranks: ["III/c", "III/d"], education: ["D3", "D3", "S1"], managerial: 2, technical: 3 },
  PELAKSANA: { grade: 6, ranks: null, education: ["SMA", "SMK", "D3"], managerial: 1, technical: 1 },
};

/** Ijazah per family where the post cannot be held with the default ones (a doctor is a dokter). */
const FAMILY_EDUCATION: Partial<Record<FamilyKey, Partial<Record<PositionRuleKey, readonly EducationLevel[]>>>> = {
  DOKTER: { AHLI_PERTAMA: ["DOKTER"], AHLI_MUDA: ["DOKTER"], AHLI_MADYA: ["DOKTER"] },
  KEPERAWATAN: { AHLI_PERTAMA: ["S1"], AHLI_MUDA: ["S1"] },
};

export type PositionShape = { type: PositionType; level: FunctionalLevel | null };

export function ruleKey(shape: PositionShape): PositionRuleKey {
  const key = positionRuleKey(shape.type, shape.level);
  if (!key) throw new Error(`A ${shape.type} position needs a functional level`);
  return key;
}

export function positionGrade(shape: PositionShape): number {
  return RULES[ruleKey(shape)].grade;
}

/** Ijazah options (repeats weight the draw); `override` is a pelaksana post's own list. */
export function educationOptions(shape: PositionShape, family: FamilyKey, override?: readonly EducationLevel[]): readonly EducationLevel[] {
  if (override?.length) return override;
  const key = ruleKey(shape);
  const options = FAMILY_EDUCATION[family]?.[key] ?? RULES[key].education;
  const offered = options.filter((level) => familyOffers(family, level));
  return offered.length ? offered : options;
}

export function minimumEducation(options: readonly EducationLevel[]): EducationLevel {
  return [...options].sort((a, b) => educationOrder(a) - educationOrder(b))[0] ?? "SMA";
}

/** [lowest, highest] rank id held in this post with this ijazah. */
export function rankRange(shape: PositionShape, education: EducationLevel): [number, number] {
  const ranks = RULES[ruleKey(shape)].ranks;
  if (!ranks) return [startingRank(education).id, regularRankCap(education).id];
  return [rankOf(ranks[0]).id, rankOf(ranks[1]).id];
}

/** Pangkat minimal of the post; null when PPPK may hold it (they have no pangkat). */
export function minimumRankId(shape: PositionShape, education: readonly EducationLevel[], openToPppk: boolean): number | null {
  if (openToPppk) return null;
  return rankRange(shape, minimumEducation(education))[0];
}

/**
 * How a holder rises above their ijazah's regular cap: functional credit for a JF, the structural
 * route for a managerial post; a pelaksana cannot (null), so their pangkat stops at the cap.
 */
export function aboveCapRoute(type: PositionType): RankChangeKind | null {
  if (type === "FUNGSIONAL") return "PILIHAN_FUNGSIONAL";
  if (type === "PELAKSANA") return null;
  return "PILIHAN_STRUKTURAL";
}

const MANAGERIAL_BY_TYPE: Record<PositionType, readonly CompetencyCode[]> = {
  JPT_UTAMA: ["MNJ.INTEGRITAS", "MNJ.PENGAMBILAN_KEPUTUSAN", "MNJ.MENGELOLA_PERUBAHAN"],
  JPT_MADYA: ["MNJ.INTEGRITAS", "MNJ.PENGAMBILAN_KEPUTUSAN", "MNJ.MENGELOLA_PERUBAHAN"],
  JPT_PRATAMA: ["MNJ.INTEGRITAS", "MNJ.PENGAMBILAN_KEPUTUSAN", "MNJ.MENGELOLA_PERUBAHAN"],
  ADMINISTRATOR: ["MNJ.INTEGRITAS", "MNJ.KERJA_SAMA", "MNJ.PENGAMBILAN_KEPUTUSAN"],
  PENGAWAS: ["MNJ.INTEGRITAS", "MNJ.KERJA_SAMA", "MNJ.KOMUNIKASI"],
  FUNGSIONAL: ["MNJ.INTEGRITAS", "MNJ.ORIENTASI_HASIL", "MNJ.PENGEMBANGAN_DIRI"],
  PELAKSANA: ["MNJ.INTEGRITAS", "MNJ.PELAYANAN_PUBLIK"],
};

export type StandardLine = { code: CompetencyCode; level: number };

/** Standar kompetensi jabatan: 4–6 lines (2–3 managerial, Perekat Bangsa, 1–2 technical), levels 1–5. */
export function competencyStandard(shape: PositionShape, family: FamilyKey): StandardLine[] {
  const rule = RULES[ruleKey(shape)];
  const technical = FAMILIES[family].technical.slice(0, shape.type === "PELAKSANA" ? 1 : 2);
  return [
    ...MANAGERIAL_BY_TYPE[shape.type].map((code) => ({ code, level: rule.managerial })),
    { code: "SOS.PEREKAT_BANGSA" as const, level: Math.max(1, Math.min(rule.managerial, 4)) },
    ...technical.map((code, index) => ({ code, level: Math.max(1, rule.technical - index) })),
  ];
}
