import { Badge } from "@/components/ui/layout";
import type { CaseStatus } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";

const TONES = { DRAFT: "warning", IN_REVIEW: "info", CLOSED: "neutral" } as const;

export function SelectionStatusBadge({ status }: { status: CaseStatus }) {
  return <Badge tone={TONES[status]}>{t(`enums.caseStatus.${status}`)}</Badge>;
}

export function DecisionBadge({ decision }: { decision: "APPROVED" | "REJECTED" | null }) {
  if (!decision) return <Badge>{t("placements.candidate.undecided")}</Badge>;
  return <Badge tone={decision === "APPROVED" ? "brand" : "danger"}>{t(`enums.committeeDecision.${decision}`)}</Badge>;
}
