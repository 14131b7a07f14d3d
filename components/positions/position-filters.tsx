import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { POSITION_TYPES } from "@/lib/domain/positions";
import { t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";
import type { TPositionFilters } from "@/lib/positions/schemas";

type Unit = { id: number; name: string; depth: number };

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function PositionFilters({ filters, units }: { filters: TPositionFilters; units: Unit[] }) {
  return (
    <form method="get" action="/positions" role="search" aria-label={t("positions.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-5">
      <InputField name="q" label={t("positions.search")} type="search" maxLength={100} defaultValue={filters.q ?? ""} className="lg:col-span-2" />
      <SelectField
        name="unit"
        label={t("positions.unit")}
        placeholder={t("positions.allUnits")}
        defaultValue={filters.unit ? String(filters.unit) : ""}
        options={units.map((unit) => ({ value: String(unit.id), label: indentedLabel(unit) }))}
        className="lg:col-span-3"
      />
      <SelectField
        name="type"
        label={t("positions.type")}
        placeholder={t("positions.allTypes")}
        defaultValue={filters.type ?? ""}
        options={POSITION_TYPES.map((p) => ({ value: p.type, label: p.label }))}
        className="lg:col-span-2"
      />
      <SelectField
        name="active"
        label={t("positions.status")}
        placeholder={t("positions.allStatuses")}
        defaultValue={filters.active ?? ""}
        options={[
          { value: "yes", label: t("positions.statusActive") },
          { value: "no", label: t("positions.statusInactive") },
        ]}
      />
      <div className="flex items-end gap-2 lg:col-span-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.filter")}
        </button>
        <LinkButton variant="secondary" href="/positions">
          {t("common.reset")}
        </LinkButton>
      </div>
    </form>
  );
}
