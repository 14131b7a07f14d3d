import Link from "next/link";
import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { CASE_STATUSES } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";
import type { TSelectionFilters } from "@/lib/placements/schemas";

/** A plain GET form: the filter lives in the URL. */
export function SelectionFilters({ filters }: { filters: TSelectionFilters }) {
  return (
    <form method="get" action="/placements" role="search" aria-label={t("placements.list.filters")} className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
      <SelectField
        name="status"
        label={t("placements.fields.status")}
        defaultValue={filters.status ?? ""}
        placeholder={t("common.all")}
        options={CASE_STATUSES.map((status) => ({ value: status, label: t(`enums.caseStatus.${status}`) }))}
        className="sm:w-64"
      />
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.filter")}
        </button>
        <Link href="/placements" className={buttonStyles.secondary}>
          {t("common.reset")}
        </Link>
      </div>
    </form>
  );
}
