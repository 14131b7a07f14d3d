import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { FUNCTIONAL_LEVEL_LABELS, POSITION_TYPE_LABELS } from "@/lib/domain/positions";
import { formatNumber, t } from "@/lib/i18n";
import type { PositionRow } from "@/lib/positions/queries";

export function positionTypeLabel(position: Pick<PositionRow, "type" | "functionalLevel">): string {
  const type = POSITION_TYPE_LABELS[position.type];
  return position.functionalLevel ? `${type} — ${FUNCTIONAL_LEVEL_LABELS[position.functionalLevel]}` : type;
}

export function PositionTable({ rows }: { rows: PositionRow[] }) {
  return (
    <Table caption={t("positions.tableCaption")}>
      <thead>
        <tr>
          <Th>{t("positions.name")}</Th>
          <Th>{t("positions.type")}</Th>
          <Th>{t("positions.grade")}</Th>
          <Th>{t("positions.unit")}</Th>
          <Th>{t("positions.minRank")}</Th>
          <Th>{t("positions.minEducation")}</Th>
          <Th className="whitespace-nowrap">{t("positions.formationVsHolders")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/positions/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.name}
              </Link>
              {row.active ? null : (
                <span className="ml-2">
                  <Badge tone="warning">{t("positions.inactive")}</Badge>
                </span>
              )}
            </Td>
            <Td>{positionTypeLabel(row)}</Td>
            <Td className="text-center">{row.grade}</Td>
            <Td>{row.unit.name}</Td>
            <Td className="whitespace-nowrap">{row.minRank ? `${row.minRank.code} ${row.minRank.name}` : t("common.dash")}</Td>
            <Td>{row.minEducation ? EDUCATION_LABELS[row.minEducation] : t("common.dash")}</Td>
            <Td className="whitespace-nowrap">
              {/* Over or under formation is what HR looks for in this column. */}
              <span className={row.holders > row.formation ? "font-medium text-red-700" : row.holders < row.formation ? "text-amber-800" : ""}>
                {t("positions.formationValue", { holders: formatNumber(row.holders), formation: formatNumber(row.formation) })}
              </span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
