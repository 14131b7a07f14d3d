import Link from "next/link";
import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";

type Unit = { id: number; name: string; depth: number };

/** Year (and for HR a unit with its sub-units) as a GET form, so the view can be bookmarked. */
export function DevelopmentFilters({ year, years, unit, units }: { year: number; years: number[]; unit?: number; units: Unit[] | null }) {
  return (
    <form method="get" action="/development" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-4">
      <SelectField name="year" label={t("trainings.mine.year")} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      {units ? (
        <SelectField
          name="unit"
          label={t("trainings.development.unit")}
          placeholder={t("trainings.development.allUnits")}
          defaultValue={unit ? String(unit) : ""}
          options={units.map((u) => ({ value: String(u.id), label: indentedLabel(u) }))}
          className="sm:col-span-2"
        />
      ) : null}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.filter")}
        </button>
        <Link href="/development" className={buttonStyles.secondary}>
          {t("common.reset")}
        </Link>
      </div>
    </form>
  );
}
