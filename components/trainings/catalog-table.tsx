import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { CatalogRow } from "@/lib/trainings/catalog-queries";
import { dateRange, jpText, kindLabel, modeLabel, typeLabel } from "./labels";
import { RegistrationBadge } from "./status-badge";

export function CatalogTable({ rows }: { rows: CatalogRow[] }) {
  return (
    <Table caption={t("trainings.catalog.title")}>
      <thead>
        <tr>
          <Th>{t("trainings.columns.training")}</Th>
          <Th>{t("trainings.columns.kind")}</Th>
          <Th>{t("trainings.columns.when")}</Th>
          <Th className="text-right">{t("trainings.columns.jp")}</Th>
          <Th className="text-right">{t("trainings.columns.seats")}</Th>
          <Th>{t("trainings.columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const left = Math.max(0, row.quota - row.seatsTaken);
          return (
            <tr key={row.id} className="hover:bg-slate-50">
              <Td className="min-w-56">
                <Link href={`/trainings/${row.id}`} className="font-medium text-brand-700 hover:underline">
                  {row.title}
                </Link>
                <span className="block text-xs text-slate-500">
                  {row.provider} · {modeLabel(row.mode)}
                  {row.location ? ` · ${row.location}` : ""}
                </span>
              </Td>
              <Td>
                {kindLabel(row.kind)}
                <span className="block text-xs text-slate-500">{typeLabel(row.type)}</span>
              </Td>
              <Td className="whitespace-nowrap">
                {dateRange(row.startDate, row.endDate, formatDate)}
                <span className="block text-xs text-slate-500">{t("trainings.catalog.deadline", { date: formatDate(row.registrationDeadline) })}</span>
              </Td>
              <Td className="whitespace-nowrap text-right">{jpText(row.hours)}</Td>
              <Td className="whitespace-nowrap text-right">
                {left === 0 ? <Badge tone="danger">{t("trainings.catalog.full")}</Badge> : t("trainings.catalog.seatsLeft", { n: formatNumber(left), quota: formatNumber(row.quota) })}
              </Td>
              <Td>
                <div className="flex flex-wrap gap-1">
                  {!row.published ? <Badge tone="warning">{t("trainings.catalog.draft")}</Badge> : null}
                  {row.myStatus ? <RegistrationBadge status={row.myStatus} /> : null}
                </div>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
