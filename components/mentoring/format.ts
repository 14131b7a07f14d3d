import { formatNumber, t } from "@/lib/i18n";
import type { MentoringStatus } from "@/lib/domain/career/enums";

/** 90 → "1 jam 30 menit"; 45 → "45 menit". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t("mentoring.duration.minutes", { m: rest });
  return rest === 0 ? t("mentoring.duration.hours", { h: hours }) : t("mentoring.duration.hoursMinutes", { h: hours, m: rest });
}

export function formatJp(jp: number): string {
  return t("mentoring.jpValue", { jp: formatNumber(jp) });
}

export const STATUS_TONES: Record<MentoringStatus, "brand" | "neutral"> = { ACTIVE: "brand", CLOSED: "neutral" };
