import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["created", "updated", "rank", "position", "education", "account", "password"] as const;

/** After a redirect from a successful form: `?saved=<what>` becomes a status message. */
export function SavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? <FormMessage tone="success" message={t(`employees.saved.${key}` as MessageKey)} /> : null;
}
