import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatNumber, t } from "@/lib/i18n";
import type { UnitSummaryRow } from "@/lib/trainings/development-queries";
import { jpText } from "./labels";

/** HR's units × people / under 20 JP / average JP; a unit links to its own breakdown. */
export function UnitSummaryTable({ rows, year }: { rows: UnitSummaryRow[]; year: number }) {
  return (
    <Table caption={t("trainings.development.unitsCaption", { year })}>
      <thead>
        <tr>
          <Th>{t("trainings.development.unit")}</Th>
          <Th className="text-right">{t("trainings.development.people")}</Th>
          <Th className="text-right">{t("trainings.development.behind")}</Th>
          <Th className="text-right">{t("trainings.development.average")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={`${row.unitId}-${row.direct}`}>
            <Td>
              {row.direct ? (
                <span className="text-slate-700">{t("trainings.development.ownStaff", { name: row.name })}</span>
              ) : (
                <Link href={`/development?unit=${row.unitId}&year=${year}`} className="font-medium text-brand-700 hover:underline">
                  {row.name}
                </Link>
              )}
            </Td>
            <Td className="text-right">{formatNumber(row.people)}</Td>
            <Td className="text-right">
              {formatNumber(row.behind)} <span className="text-xs text-slate-500">({formatNumber(row.people ? Math.round((row.behind / row.people) * 100) : 0)}%)</span>
            </Td>
            <Td className="whitespace-nowrap text-right">{jpText(row.averageJp)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
