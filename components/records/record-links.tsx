import { LinkButton } from "@/components/ui/button";
import { t } from "@/lib/i18n";

/** On an employee's profile: the competency results and the awards and sanctions, for whoever sees the profile. */
export function RecordLinks({ employeeId }: { employeeId: number }) {
  return (
    <nav aria-label={t("records.links.label")} className="mb-4 flex flex-wrap gap-2">
      <LinkButton variant="secondary" href={`/employees/${employeeId}/competencies`}>
        {t("records.links.competencies")}
      </LinkButton>
      <LinkButton variant="secondary" href={`/employees/${employeeId}/records`}>
        {t("records.links.records")}
      </LinkButton>
    </nav>
  );
}
