import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["assessment", "assessmentDeleted", "award", "awardDeleted", "sanction", "sanctionUpdated", "sanctionDeleted"] as const;

/** After a redirect from a successful records form: `?saved=<what>` becomes a status message. */
export function RecordsSavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? (
    <div className="mb-4">
      <FormMessage tone="success" message={t(`records.saved.${key}` as MessageKey)} />
    </div>
  ) : null;
}
