import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["opened", "session", "sessionDeleted", "closed"] as const;

/** After a redirect from a successful mentoring form: `?saved=<what>` becomes a status message. */
export function MentoringSavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? (
    <div className="mb-4">
      <FormMessage tone="success" message={t(`mentoring.saved.${key}` as MessageKey)} />
    </div>
  ) : null;
}
