import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { CaseListRow } from "@/lib/committee/queries";
import { casePath } from "@/lib/committee/types";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";

export function caseTitle(row: Pick<CaseListRow, "kind" | "tmt" | "positionName">): string {
  return row.kind === "promotion" ? t("committee.caseTitle.promotion", { date: formatDate(row.tmt) }) : t("committee.caseTitle.placement", { position: row.positionName ?? "" });
}

export function CaseTable({ rows }: { rows: CaseListRow[] }) {
  return (
    <Table caption={t("committee.title")}>
      <thead>
        <tr>
          <Th>{t("committee.columns.case")}</Th>
          <Th>{t("committee.columns.status")}</Th>
          <Th>{t("committee.columns.chair")}</Th>
          <Th className="text-right">{t("committee.columns.candidates")}</Th>
          <Th className="text-right">{t("committee.columns.decided")}</Th>
          <Th className="text-right">{t("committee.columns.pending")}</Th>
          <Th>{t("committee.columns.sent")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={`${row.kind}-${row.id}`}>
            <Td>
              <Link href={casePath(row)} className="font-medium text-brand-700 hover:underline">
                {caseTitle(row)}
              </Link>
              <p className="text-xs text-slate-500">{t(`committee.kind.${row.kind}`)}</p>
            </Td>
            <Td>
              <Badge tone={row.status === "IN_REVIEW" ? "warning" : "neutral"}>{t(`enums.caseStatus.${row.status}`)}</Badge>
            </Td>
            <Td>
              {row.chairName ?? t("common.dash")}
              {row.isChair ? (
                <span className="ml-1">
                  <Badge tone="info">{t("committee.youChair")}</Badge>
                </span>
              ) : null}
            </Td>
            <Td className="text-right">{formatNumber(row.candidates)}</Td>
            <Td className="text-right">{formatNumber(row.decided)}</Td>
            <Td className="text-right">{row.status === "IN_REVIEW" ? formatNumber(row.myPending) : t("common.dash")}</Td>
            <Td>{formatDateTime(row.status === "CLOSED" ? row.closedAt : row.sentAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
