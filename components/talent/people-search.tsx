import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { InputField, SelectField } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonStyles } from "@/components/ui/styles";
import { formatDate, t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";
import type { TalentPerson } from "@/lib/talent/potential-queries";
import type { TTalentPeopleFilters } from "@/lib/talent/schemas";
import { formatScore } from "./box-people-table";

type Unit = { id: number; name: string; depth: number };

/** A plain GET search (name or NIP, unit with sub-units, only the never assessed). */
export function PeopleSearch({ filters, units, unitId }: { filters: TTalentPeopleFilters; units: Unit[]; unitId: number | null }) {
  return (
    <form method="get" action="/talent/people" role="search" className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4">
      <InputField name="q" label={t("talent.filters.search")} type="search" defaultValue={filters.q ?? ""} maxLength={100} className="lg:col-span-2" />
      <SelectField
        name="unit"
        label={t("talent.filters.unit")}
        hint={t("talent.filters.unitHint")}
        defaultValue={unitId ? String(unitId) : ""}
        placeholder={t("talent.filters.allUnits")}
        options={units.map((unit) => ({ value: String(unit.id), label: indentedLabel(unit) }))}
        className="lg:col-span-2"
      />
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-4">
        <input id="missing" name="missing" type="checkbox" value="potential" defaultChecked={filters.missing === "potential"} className="h-4 w-4 rounded border-slate-300 text-brand-700" />
        <label htmlFor="missing" className="text-sm text-slate-800">
          {t("talent.filters.missing")}
        </label>
      </div>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonStyles.primary}>
          {t("common.search")}
        </button>
        <Link href="/talent/people" className={buttonStyles.secondary}>
          {t("talent.filters.reset")}
        </Link>
      </div>
    </form>
  );
}

export function PeopleTable({ rows }: { rows: TalentPerson[] }) {
  return (
    <Table caption={t("talent.people.caption")}>
      <thead>
        <tr>
          <Th>{t("talent.columns.name")}</Th>
          <Th>{t("talent.columns.unit")}</Th>
          <Th>{t("talent.columns.position")}</Th>
          <Th>{t("talent.columns.latestScore")}</Th>
          <Th>{t("talent.columns.assessedOn")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/talent/people/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {fullName(row)}
              </Link>
              <span className="block font-mono text-xs text-slate-500">{row.nip}</span>
            </Td>
            <Td>{row.unit.name}</Td>
            <Td>{row.position.name}</Td>
            <Td className="tabular-nums">{row.latest ? formatScore(row.latest.score) : t("talent.people.none")}</Td>
            <Td className="whitespace-nowrap">{row.latest ? formatDate(row.latest.assessedOn) : t("common.dash")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
