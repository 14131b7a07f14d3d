import { LinkButton } from "@/components/ui/button";
import { t } from "@/lib/i18n";

/** On an employee's profile: their career path, for whoever may see the profile (same read scope). */
export function CareerLink({ employeeId }: { employeeId: number }) {
  return (
    <div className="mb-4">
      <LinkButton variant="secondary" href={`/employees/${employeeId}/career`}>
        {t("career.link")}
      </LinkButton>
    </div>
  );
}
