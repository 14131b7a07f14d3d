import Link from "next/link";
import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { MENTORING_STATUSES } from "@/lib/domain/career/enums";
import { t } from "@/lib/i18n";
import type { TPairFilters } from "@/lib/mentoring/schemas";

type Unit = { id: number; name: string; depth: number };

/** A plain GET form: the filters live in the URL. The unit list is only there for HR (`units` given). */
export function PairFilters({ filters, units }: { filters: TPairFilters; units: Unit[] | null }) {
  return (
    <form method="get" action="/mentoring" role="search" aria-label={t("mentoring.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
      <SelectField
        name="status"
        label={t("mentoring.statusLabel")}
        defaultValue={filters.status ?? ""}
        placeholder={t("common.all")}
        options={MENTORING_STATUSES.map((status) => ({ value: status, label: t(`mentoring.status.${status}`) }))}
      />
      {units ? (
        <SelectField
          name="unit"
          label={t("mentoring.menteeUnit")}
          hint={t("mentoring.menteeUnitHint")}
          defaultValue={filters.unit ? String(filters.unit) : ""}
          placeholder={t("common.all")}
          options={units.map((u) => ({ value: String(u.id), label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
          className="lg:col-span-2"
        />
      ) : null}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.filter")}
        </button>
        <Link href="/mentoring" className={buttonStyles.secondary}>
          {t("common.reset")}
        </Link>
      </div>
    </form>
  );
}
