import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["potential", "potentialDeleted", "successor", "successorRemoved"] as const;

/** After a redirect from a successful talent form: `?saved=<what>` becomes a status message. */
export function TalentSavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? (
    <div className="mb-4">
      <FormMessage tone="success" message={t(`talent.saved.${key}` as MessageKey)} />
    </div>
  ) : null;
}
