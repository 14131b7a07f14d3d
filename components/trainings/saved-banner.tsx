import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["created", "updated", "published", "unpublished", "deleted", "registered", "cancelled", "approved", "declined", "attendance", "bulk", "submitted", "verified", "rejected"] as const;

/** After a redirect from a successful form: `?saved=<what>` becomes a status message. */
export function SavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? (
    <div className="mb-4">
      <FormMessage tone="success" message={t(`trainings.saved.${key}` as MessageKey)} />
    </div>
  ) : null;
}
