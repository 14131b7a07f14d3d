import Link from "next/link";
import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { POSITION_TYPES } from "@/lib/domain/positions";
import { t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";

type Unit = { id: number; name: string; depth: number };

/**
 * A plain GET form for the 9-box pages: the filters live in the URL, so a view can be bookmarked and
 * works without script. Each page passes only the filters it has.
 */
export function TalentFilters({
  action,
  years,
  year,
  units,
  unitId,
  type,
}: {
  action: string;
  years?: number[];
  /** Kept in the URL as a hidden field when the page has no year select. */
  year?: number;
  units: Unit[];
  unitId: number | null;
  /** undefined: no position-type filter on this page. */
  type?: string | null;
}) {
  return (
    <form method="get" action={action} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
      {years ? (
        <SelectField name="year" label={t("talent.filters.year")} defaultValue={String(year ?? "")} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      ) : year !== undefined ? (
        <input type="hidden" name="year" value={year} />
      ) : null}
      <SelectField
        name="unit"
        label={t("talent.filters.unit")}
        hint={t("talent.filters.unitHint")}
        defaultValue={unitId ? String(unitId) : ""}
        placeholder={t("talent.filters.allUnits")}
        options={units.map((unit) => ({ value: String(unit.id), label: indentedLabel(unit) }))}
        className="lg:col-span-2"
      />
      {type !== undefined ? (
        <SelectField
          name="type"
          label={t("talent.filters.type")}
          defaultValue={type ?? ""}
          placeholder={t("talent.filters.allTypes")}
          options={POSITION_TYPES.map((p) => ({ value: p.type, label: p.label }))}
        />
      ) : null}
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonStyles.primary}>
          {t("talent.filters.show")}
        </button>
        <Link href={action} className={buttonStyles.secondary}>
          {t("talent.filters.reset")}
        </Link>
      </div>
    </form>
  );
}
