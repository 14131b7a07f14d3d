import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { t } from "@/lib/i18n";

/** A plain GET form: the chosen year lives in the URL and works without script. */
export function YearSelect({ action, year, years, hidden = {} }: { action: string; year: number; years: number[]; hidden?: Record<string, string | undefined> }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <SelectField name="year" label={t("trainings.mine.year")} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} className="w-32" />
      <button type="submit" className={buttonStyles.secondary}>
        {t("trainings.mine.show")}
      </button>
    </form>
  );
}

/** This year back to five years ago: the JP ledger starts with the product. */
export function recentYears(current: number): number[] {
  return Array.from({ length: 6 }, (_, i) => current - i);
}
