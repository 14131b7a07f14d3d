import { SelectField, InputField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import Link from "next/link";
import { POSITION_TYPES } from "@/lib/domain/positions";
import { RANKS } from "@/lib/domain/ranks";
import { DIRECTORY_SORTS, type TDirectoryFilters } from "@/lib/employees/schemas";
import { t } from "@/lib/i18n";

type Unit = { id: number; name: string; depth: number };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked and shared. */
export function DirectoryFilters({ filters, units }: { filters: TDirectoryFilters; units: Unit[] }) {
  return (
    <form method="get" action="/employees" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6">
      <InputField
        name="q"
        label={t("employees.searchLabel")}
        placeholder={t("employees.searchPlaceholder")}
        defaultValue={filters.q ?? ""}
        type="search"
        className="lg:col-span-2"
      />
      <SelectField
        name="unit"
        label={t("employees.unit")}
        defaultValue={filters.unit ? String(filters.unit) : ""}
        placeholder={t("common.all")}
        options={units.map((u) => ({ value: String(u.id), label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
        className="lg:col-span-2"
      />
      <SelectField
        name="rank"
        label={t("employees.rank")}
        defaultValue={filters.rank ? String(filters.rank) : ""}
        placeholder={t("common.all")}
        options={RANKS.map((r) => ({ value: String(r.id), label: `${r.code} ${r.name}` }))}
      />
      <SelectField
        name="type"
        label={t("employees.type")}
        defaultValue={filters.type ?? ""}
        placeholder={t("common.all")}
        options={POSITION_TYPES.map((p) => ({ value: p.type, label: p.label }))}
      />
      <SelectField
        name="status"
        label={t("employees.status")}
        defaultValue={filters.status ?? ""}
        placeholder={t("common.all")}
        options={[
          { value: "PNS", label: "PNS" },
          { value: "PPPK", label: "PPPK" },
        ]}
      />
      <SelectField
        name="sort"
        label={t("employees.sort")}
        defaultValue={filters.sort ?? "name"}
        options={DIRECTORY_SORTS.map((sort) => ({ value: sort, label: t(`employees.sorts.${sort}`) }))}
      />
      <div className="flex items-end gap-2 lg:col-span-4">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.search")}
        </button>
        <Link href="/employees" className={buttonStyles.secondary}>
          {t("common.reset")}
        </Link>
      </div>
    </form>
  );
}
