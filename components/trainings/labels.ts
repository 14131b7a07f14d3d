import type { DeliveryMode, ExternalTrainingStatus, RegistrationStatus, TrainingKind, TrainingType } from "@/lib/domain/career/enums";
import { t } from "@/lib/i18n";

// Enum labels of the training screens (messages/id/trainings.json) and the badge tone per status.

export const kindLabel = (kind: TrainingKind | string) => t(`trainings.kind.${kind as TrainingKind}`);
export const typeLabel = (type: TrainingType | string) => t(`trainings.type.${type as TrainingType}`);
export const modeLabel = (mode: DeliveryMode | string) => t(`trainings.mode.${mode as DeliveryMode}`);
export const statusLabel = (status: RegistrationStatus | string) => t(`trainings.status.${status as RegistrationStatus}`);
export const externalStatusLabel = (status: ExternalTrainingStatus | string) => t(`trainings.externalStatus.${status as ExternalTrainingStatus}`);

export const STATUS_TONES = {
  PENDING: "warning",
  APPROVED: "brand",
  DECLINED: "danger",
  CANCELLED: "neutral",
  COMPLETED: "info",
  NOT_COMPLETED: "danger",
} as const satisfies Record<RegistrationStatus, "warning" | "brand" | "danger" | "neutral" | "info">;

export const EXTERNAL_TONES = { SUBMITTED: "warning", VERIFIED: "info", REJECTED: "danger" } as const satisfies Record<ExternalTrainingStatus, string>;

/** "2 Desember 2026" or "2 – 4 Desember 2026" style: both dates, the end omitted when equal. */
export function dateRange(start: Date, end: Date, format: (d: Date) => string): string {
  return start.getTime() === end.getTime() ? format(start) : `${format(start)} – ${format(end)}`;
}

/** JP with up to two decimals, Indonesian style ("2,5 JP"). */
export function jpText(hours: number): string {
  return t("trainings.jpValue", { n: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(hours) });
}
