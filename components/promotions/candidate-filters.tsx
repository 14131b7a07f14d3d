import Link from "next/link";
import { InputField, SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { t } from "@/lib/i18n";
import { CANDIDATE_VIEWS, type TCandidateFilters } from "@/lib/promotions/schemas";

/** A GET form: the filtered list lives in the URL. */
export function CandidateFilters({ base, filters, units }: { base: string; filters: TCandidateFilters; units: { id: number; name: string; depth: number }[] }) {
  return (
    <form method="get" action={base} role="search" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
      <SelectField name="view" label={t("promotions.filters.view")} defaultValue={filters.view} options={CANDIDATE_VIEWS.map((view) => ({ value: view, label: t(`promotions.filters.views.${view}`) }))} />
      <SelectField
        name="unit"
        label={t("promotions.filters.unit")}
        defaultValue={filters.unit ? String(filters.unit) : ""}
        placeholder={t("common.all")}
        options={units.map((u) => ({ value: String(u.id), label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
        className="lg:col-span-2"
      />
      <InputField name="q" type="search" label={t("promotions.filters.q")} defaultValue={filters.q ?? ""} />
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("promotions.filters.submit")}
        </button>
        <Link href={base} className={buttonStyles.secondary}>
          {t("promotions.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
