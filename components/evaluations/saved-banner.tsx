import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["selfAssessed", "acknowledged", "rated", "feedbackRequested", "appealed", "answered", "decided"] as const;

/** After a redirect from a successful step: `?saved=<what>` becomes a status message. */
export function SavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? <FormMessage tone="success" message={t(`evaluations.saved.${key}` as MessageKey)} /> : null;
}
