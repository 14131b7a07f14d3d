import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { TEAM_FILTERS } from "@/lib/evaluations/team-filters";
import { t } from "@/lib/i18n";

/** A plain GET form: year and status live in the URL. */
export function TeamFilterForm({ years, year, status }: { years: number[]; year: number; status: string | undefined }) {
  return (
    <form method="get" action="/team" role="search" className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
      <SelectField name="year" label={t("evaluations.team.year")} defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} className="sm:w-32" />
      <SelectField
        name="status"
        label={t("evaluations.team.status")}
        defaultValue={status ?? ""}
        placeholder={t("evaluations.team.filterAll")}
        options={TEAM_FILTERS.map((f) => ({ value: f, label: t(`evaluations.team.filters.${f}`) }))}
        className="sm:w-72"
      />
      <button type="submit" className={buttonStyles.primary}>
        {t("evaluations.team.apply")}
      </button>
    </form>
  );
}
