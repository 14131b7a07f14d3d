import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import type { ExternalQueueRow } from "@/lib/trainings/external-queries";
import { dateRange, jpText, kindLabel } from "./labels";
import { ExternalBadge } from "./status-badge";

export function ExternalTable({ rows }: { rows: ExternalQueueRow[] }) {
  return (
    <Table caption={t("trainings.external.queueTitle")}>
      <thead>
        <tr>
          <Th>{t("trainings.participants.person")}</Th>
          <Th>{t("trainings.columns.training")}</Th>
          <Th>{t("trainings.columns.when")}</Th>
          <Th className="text-right">{t("trainings.columns.jp")}</Th>
          <Th>{t("trainings.columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td>
              <span className="font-medium text-slate-900">{row.employee.name}</span>
              <span className="block font-mono text-xs text-slate-500">{row.employee.nip}</span>
              <span className="block text-xs text-slate-500">{row.employee.unit.name}</span>
            </Td>
            <Td className="min-w-56">
              <Link href={`/trainings/external/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.title}
              </Link>
              <span className="block text-xs text-slate-500">
                {kindLabel(row.kind)} · {row.provider}
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              {dateRange(row.startDate, row.endDate, formatDate)}
              <span className="block text-xs text-slate-500">{t("trainings.external.submittedAt", { at: formatDateTime(row.createdAt) })}</span>
            </Td>
            <Td className="whitespace-nowrap text-right">{jpText(row.hours)}</Td>
            <Td className="whitespace-nowrap">
              <ExternalBadge status={row.status} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
