// The enums of the career and development part of the schema, written out by hand (lib/domain never
// imports Prisma); tests/unit/domain/career/enums.test.ts keeps them equal to schema.prisma.

export type TrainingType = "KLASIKAL" | "NON_KLASIKAL";
export const TRAINING_TYPES = ["KLASIKAL", "NON_KLASIKAL"] as const satisfies readonly TrainingType[];

export type TrainingKind =
  | "KEPEMIMPINAN"
  | "MANAJERIAL"
  | "TEKNIS"
  | "FUNGSIONAL"
  | "SEMINAR"
  | "KURSUS"
  | "E_LEARNING"
  | "COACHING"
  | "MENTORING"
  | "MAGANG"
  | "DETASERING"
  | "KOMUNITAS_BELAJAR";
export const TRAINING_KINDS = [
  "KEPEMIMPINAN",
  "MANAJERIAL",
  "TEKNIS",
  "FUNGSIONAL",
  "SEMINAR",
  "KURSUS",
  "E_LEARNING",
  "COACHING",
  "MENTORING",
  "MAGANG",
  "DETASERING",
  "KOMUNITAS_BELAJAR",
] as const satisfies readonly TrainingKind[];

export type DeliveryMode = "DARING" | "LURING" | "CAMPURAN";
export const DELIVERY_MODES = ["DARING", "LURING", "CAMPURAN"] as const satisfies readonly DeliveryMode[];

export type RegistrationStatus =
  | "PENDING"
  | "APPROVED"
  | "DECLINED"
  | "CANCELLED"
  | "COMPLETED"
  | "NOT_COMPLETED";
export const REGISTRATION_STATUSES = [
  "PENDING",
  "APPROVED",
  "DECLINED",
  "CANCELLED",
  "COMPLETED",
  "NOT_COMPLETED",
] as const satisfies readonly RegistrationStatus[];

export type ExternalTrainingStatus = "SUBMITTED" | "VERIFIED" | "REJECTED";
export const EXTERNAL_TRAINING_STATUSES = [
  "SUBMITTED",
  "VERIFIED",
  "REJECTED",
] as const satisfies readonly ExternalTrainingStatus[];

export type DevelopmentSource = "TRAINING" | "EXTERNAL" | "MENTORING";
export const DEVELOPMENT_SOURCES = [
  "TRAINING",
  "EXTERNAL",
  "MENTORING",
] as const satisfies readonly DevelopmentSource[];

/** Tingkat hukuman disiplin (PP 94/2021 Pasal 8), lightest first. */
export type SanctionLevel = "RINGAN" | "SEDANG" | "BERAT";
export const SANCTION_LEVELS = ["RINGAN", "SEDANG", "BERAT"] as const satisfies readonly SanctionLevel[];

export type MentoringStatus = "ACTIVE" | "CLOSED";
export const MENTORING_STATUSES = ["ACTIVE", "CLOSED"] as const satisfies readonly MentoringStatus[];
