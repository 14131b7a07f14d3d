// Jenis jabatan and jenjang jabatan fungsional, with the rules that hang off them.

export type PositionType =
  | "JPT_UTAMA"
  | "JPT_MADYA"
  | "JPT_PRATAMA"
  | "ADMINISTRATOR"
  | "PENGAWAS"
  | "FUNGSIONAL"
  | "PELAKSANA";

export type FunctionalLevel =
  | "AHLI_PERTAMA"
  | "AHLI_MUDA"
  | "AHLI_MADYA"
  | "AHLI_UTAMA"
  | "PEMULA"
  | "TERAMPIL"
  | "MAHIR"
  | "PENYELIA";

export type FunctionalCategory = "KEAHLIAN" | "KETERAMPILAN";

/** Highest first, the order of an organisation chart. */
export const POSITION_TYPES = [
  { type: "JPT_UTAMA", label: "Jabatan Pimpinan Tinggi Utama", managerial: true },
  { type: "JPT_MADYA", label: "Jabatan Pimpinan Tinggi Madya", managerial: true },
  { type: "JPT_PRATAMA", label: "Jabatan Pimpinan Tinggi Pratama", managerial: true },
  { type: "ADMINISTRATOR", label: "Administrator", managerial: true },
  { type: "PENGAWAS", label: "Pengawas", managerial: true },
  { type: "FUNGSIONAL", label: "Fungsional", managerial: false },
  { type: "PELAKSANA", label: "Pelaksana", managerial: false },
] as const satisfies readonly { type: PositionType; label: string; managerial: boolean }[];

export const POSITION_TYPE_LABELS = Object.fromEntries(
  POSITION_TYPES.map(({ type, label }) => [type, label]),
) as Record<PositionType, string>;

/** Keahlian lowest to highest, then keterampilan lowest to highest. */
export const FUNCTIONAL_LEVELS = [
  { level: "AHLI_PERTAMA", label: "Ahli Pertama", category: "KEAHLIAN" },
  { level: "AHLI_MUDA", label: "Ahli Muda", category: "KEAHLIAN" },
  { level: "AHLI_MADYA", label: "Ahli Madya", category: "KEAHLIAN" },
  { level: "AHLI_UTAMA", label: "Ahli Utama", category: "KEAHLIAN" },
  { level: "PEMULA", label: "Pemula", category: "KETERAMPILAN" },
  { level: "TERAMPIL", label: "Terampil", category: "KETERAMPILAN" },
  { level: "MAHIR", label: "Mahir", category: "KETERAMPILAN" },
  { level: "PENYELIA", label: "Penyelia", category: "KETERAMPILAN" },
] as const satisfies readonly {
  level: FunctionalLevel;
  label: string;
  category: FunctionalCategory;
}[];

export const FUNCTIONAL_LEVEL_LABELS = Object.fromEntries(
  FUNCTIONAL_LEVELS.map(({ level, label }) => [level, label]),
) as Record<FunctionalLevel, string>;

export function isManagerial(type: PositionType): boolean {
  return POSITION_TYPES.some((row) => row.type === type && row.managerial);
}

export function functionalCategory(level: FunctionalLevel): FunctionalCategory {
  return level.startsWith("AHLI_") ? "KEAHLIAN" : "KETERAMPILAN";
}

/** Only a functional position has a jenjang; for every other type the level must be empty. */
export function requiresFunctionalLevel(type: PositionType): boolean {
  return type === "FUNGSIONAL";
}

/**
 * The key that per-position rules (default rater, retirement age) are tabled by: the position type,
 * except that a functional position is keyed by its jenjang, because the rules differ per jenjang.
 */
export type PositionRuleKey = Exclude<PositionType, "FUNGSIONAL"> | FunctionalLevel;

/** Null for a functional position without a jenjang: no rule can be applied to it. */
export function positionRuleKey(
  type: PositionType,
  level: FunctionalLevel | null,
): PositionRuleKey | null {
  if (type !== "FUNGSIONAL") return type;
  return level;
}

/**
 * Default pejabat penilai kinerja by the ratee's position (domain.md), preferred type first, the
 * accepted alternative second. Ahli utama is not in domain.md: it sits at the level of a JPT
 * pratama, so its rater is a JPT madya, as for a JPT pratama. JPT utama answers to the
 * minister/head of region, who is not an employee in the system, hence no type.
 */
export const DEFAULT_RATER_RULES: Record<PositionRuleKey, readonly PositionType[]> = {
  JPT_UTAMA: [],
  JPT_MADYA: ["JPT_UTAMA"],
  JPT_PRATAMA: ["JPT_MADYA"],
  ADMINISTRATOR: ["JPT_PRATAMA"],
  PENGAWAS: ["ADMINISTRATOR"],
  PELAKSANA: ["PENGAWAS"],
  AHLI_UTAMA: ["JPT_MADYA"],
  AHLI_MADYA: ["JPT_PRATAMA"],
  AHLI_MUDA: ["ADMINISTRATOR", "JPT_PRATAMA"],
  AHLI_PERTAMA: ["PENGAWAS", "ADMINISTRATOR"],
  PEMULA: ["PENGAWAS", "ADMINISTRATOR"],
  TERAMPIL: ["PENGAWAS", "ADMINISTRATOR"],
  MAHIR: ["PENGAWAS", "ADMINISTRATOR"],
  PENYELIA: ["PENGAWAS", "ADMINISTRATOR"],
};

/** Empty when there is no default (JPT utama, or a functional position missing its jenjang). */
export function defaultRaterTypes(
  type: PositionType,
  level: FunctionalLevel | null,
): readonly PositionType[] {
  const key = positionRuleKey(type, level);
  return key ? DEFAULT_RATER_RULES[key] : [];
}
