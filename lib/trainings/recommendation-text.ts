// The reasons of a recommendation in plain Indonesian ("Perilaku Kolaboratif di bawah ekspektasi
// pada penilaian Triwulan 3 2026"). Pure apart from the message catalog, so it is unit-tested.
import { CORE_VALUE_LABELS, type CoreValue } from "@/lib/domain/appraisal/core-values";
import type { GapPositionKind } from "@/lib/domain/career/development";
import { t } from "@/lib/i18n";

export type ReasonFacts =
  | { kind: "BEHAVIOUR"; value: CoreValue; period: string }
  | { kind: "RESULT"; period: string }
  | { kind: "GAP"; competency: string; target: GapPositionKind; required: number; actual: number | null };

export function reasonText(reason: ReasonFacts): string {
  switch (reason.kind) {
    case "BEHAVIOUR":
      return t("trainings.reasons.behaviour", { value: CORE_VALUE_LABELS[reason.value], period: reason.period });
    case "RESULT":
      return t("trainings.reasons.result", { period: reason.period });
    case "GAP": {
      const position = t(reason.target === "TARGET" ? "trainings.reasons.targetPosition" : "trainings.reasons.currentPosition");
      return reason.actual === null
        ? t("trainings.reasons.unassessed", { competency: reason.competency, required: reason.required, position })
        : t("trainings.reasons.gap", { competency: reason.competency, actual: reason.actual, required: reason.required, position });
    }
  }
}
