import { FormMessage } from "@/components/ui/form-message";
import { t, type MessageKey } from "@/lib/i18n";

const KEYS = ["opened", "weights", "reranked", "added", "sent"] as const;

/** After a redirect from a successful selection form: `?saved=<what>` becomes a status message. */
export function PlacementSavedBanner({ saved }: { saved: string | undefined }) {
  const key = KEYS.find((k) => k === saved);
  return key ? (
    <div className="mb-4">
      <FormMessage tone="success" message={t(`placements.saved.${key}` as MessageKey)} />
    </div>
  ) : null;
}
