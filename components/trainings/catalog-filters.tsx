import Link from "next/link";
import { InputField, SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { DELIVERY_MODES, TRAINING_KINDS } from "@/lib/domain/career/enums";
import { t } from "@/lib/i18n";
import type { TCatalogFilters } from "@/lib/trainings/catalog-schemas";
import { kindLabel, modeLabel } from "./labels";

/** A plain GET form: the filters live in the URL, so a filtered catalog can be shared. */
export function CatalogFilters({ filters, registers }: { filters: TCatalogFilters; registers: boolean }) {
  return (
    <form method="get" action="/trainings" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
      <InputField name="q" label={t("trainings.catalog.search")} placeholder={t("trainings.catalog.searchPlaceholder")} type="search" defaultValue={filters.q ?? ""} className="lg:col-span-2" />
      <SelectField name="kind" label={t("trainings.form.kind")} placeholder={t("common.all")} defaultValue={filters.kind ?? ""} options={TRAINING_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
      <SelectField name="mode" label={t("trainings.form.mode")} placeholder={t("common.all")} defaultValue={filters.mode ?? ""} options={DELIVERY_MODES.map((m) => ({ value: m, label: modeLabel(m) }))} />
      <SelectField
        name="when"
        label={t("trainings.catalog.when")}
        defaultValue={filters.when ?? "upcoming"}
        options={[
          { value: "upcoming", label: t("trainings.catalog.upcoming") },
          { value: "past", label: t("trainings.catalog.past") },
        ]}
      />
      <div className="flex flex-wrap items-center gap-4 lg:col-span-5">
        {registers ? (
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="eligible" value="1" defaultChecked={filters.eligible === "1"} className="h-4 w-4 rounded border-slate-300" />
            {t("trainings.catalog.onlyEligible")}
          </label>
        ) : null}
        <div className="flex gap-2">
          <button type="submit" className={buttonStyles.primary}>
            {t("common.search")}
          </button>
          <Link href="/trainings" className={buttonStyles.secondary}>
            {t("common.reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
