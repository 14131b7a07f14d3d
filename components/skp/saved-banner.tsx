import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["plan", "submitted", "agreed", "returned", "expectations", "rater", "realization", "realizationDeleted", "note"] as const;

/** After a redirect from a successful SKP form: `?saved=<what>` becomes a status message. */
export function SkpSavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? <FormMessage tone="success" message={t(`skp.saved.${key}` as MessageKey)} /> : null;
}
