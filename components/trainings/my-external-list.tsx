import Link from "next/link";
import { EmptyState } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, t } from "@/lib/i18n";
import type { MyExternalRow } from "@/lib/trainings/external-queries";
import { dateRange, jpText, kindLabel } from "./labels";
import { ExternalBadge } from "./status-badge";

export function MyExternalList({ rows }: { rows: MyExternalRow[] }) {
  if (rows.length === 0) return <EmptyState title={t("trainings.mine.noExternal")} />;
  return (
    <Table caption={t("trainings.mine.external")}>
      <thead>
        <tr>
          <Th>{t("trainings.columns.training")}</Th>
          <Th>{t("trainings.columns.when")}</Th>
          <Th className="text-right">{t("trainings.columns.jp")}</Th>
          <Th>{t("trainings.columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-56">
              <Link href={`/trainings/external/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.title}
              </Link>
              <span className="block text-xs text-slate-500">
                {kindLabel(row.kind)} · {row.provider}
              </span>
            </Td>
            <Td className="whitespace-nowrap">{dateRange(row.startDate, row.endDate, formatDate)}</Td>
            <Td className="whitespace-nowrap text-right">{jpText(row.hours)}</Td>
            <Td>
              <ExternalBadge status={row.status} />
              {row.rejectReason ? <span className="mt-1 block text-xs text-slate-600">{row.rejectReason}</span> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
