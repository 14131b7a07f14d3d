import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { RoundSummary } from "@/lib/promotions/queries";

export function RoundTable({ rows }: { rows: RoundSummary[] }) {
  return (
    <Table caption={t("promotions.title")}>
      <thead>
        <tr>
          <Th>{t("promotions.columns.period")}</Th>
          <Th>{t("promotions.columns.status")}</Th>
          <Th className="text-right">{t("promotions.columns.screened")}</Th>
          <Th className="text-right">{t("promotions.columns.eligible")}</Th>
          <Th className="text-right">{t("promotions.columns.proposed")}</Th>
          <Th className="text-right">{t("promotions.columns.decided")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <Link href={`/promotions/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {formatDate(row.periodTmt)}
              </Link>
            </Td>
            <Td>
              <Badge tone={row.status === "DRAFT" ? "info" : row.status === "IN_REVIEW" ? "warning" : "neutral"}>{t(`enums.caseStatus.${row.status}`)}</Badge>
            </Td>
            <Td className="text-right">{row.screenedAt ? formatNumber(row.screenedCount) : t("common.dash")}</Td>
            <Td className="text-right">{row.screenedAt ? formatNumber(row.eligibleCount) : t("common.dash")}</Td>
            <Td className="text-right">{formatNumber(row.proposed)}</Td>
            <Td className="text-right">{formatNumber(row.decided)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
