import { Badge } from "@/components/ui/layout";
import type { ExternalTrainingStatus, RegistrationStatus } from "@/lib/domain/career/enums";
import { EXTERNAL_TONES, externalStatusLabel, STATUS_TONES, statusLabel } from "./labels";

export function RegistrationBadge({ status }: { status: RegistrationStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{statusLabel(status)}</Badge>;
}

export function ExternalBadge({ status }: { status: ExternalTrainingStatus }) {
  return <Badge tone={EXTERNAL_TONES[status]}>{externalStatusLabel(status)}</Badge>;
}
