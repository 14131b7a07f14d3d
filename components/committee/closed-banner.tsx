import { FormMessage } from "@/components/ui/form-message";
import { t } from "@/lib/i18n";

/** After the chair closed the case (closeCaseAction redirects with ?saved=closed), on a closed case only. */
export function CaseClosedBanner({ saved, status }: { saved: string | undefined; status: string }) {
  return saved === "closed" && status === "CLOSED" ? (
    <div className="mb-4">
      <FormMessage tone="success" message={t("committee.saved.closed")} />
    </div>
  ) : null;
}
