import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { selectableYears } from "@/lib/appraisal-admin/schemas";
import { t } from "@/lib/i18n";

/** A plain GET form, so the chosen year lives in the URL and works without script. */
export function YearFilter({ action, year }: { action: string; year: number }) {
  return (
    <form method="get" action={action} className="mb-4 flex flex-wrap items-end gap-2">
      <SelectField
        name="year"
        label={t("appraisalAdmin.year")}
        defaultValue={String(year)}
        options={selectableYears().map((y) => ({ value: String(y), label: String(y) }))}
        className="w-32"
      />
      <button type="submit" className={buttonStyles.secondary}>
        {t("appraisalAdmin.show")}
      </button>
    </form>
  );
}
