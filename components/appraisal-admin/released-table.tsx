import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import type { listLastReleased } from "@/lib/appraisal-admin/release-queries";
import { formatDate, formatDateTime, t } from "@/lib/i18n";

type Released = Awaited<ReturnType<typeof listLastReleased>>;

/** The results the latest finalisation released, by name, paginated. */
export function ReleasedTable({ released, basePath, params }: { released: Released; basePath: string; params: Record<string, string | undefined> }) {
  if (!released.finalizedAt || released.total === 0) return null;
  return (
    <section aria-labelledby="released-title" className="space-y-3">
      <h2 id="released-title" className="text-base font-semibold text-slate-900">
        {t("appraisalAdmin.finalize.releasedTitle", { date: formatDateTime(released.finalizedAt) })}
      </h2>
      <Table caption={t("appraisalAdmin.finalize.releasedCaption")}>
        <thead>
          <tr>
            <Th>{t("appraisalAdmin.finalize.name")}</Th>
            <Th>{t("appraisalAdmin.finalize.nip")}</Th>
            <Th>{t("appraisalAdmin.finalize.period")}</Th>
            <Th>{t("appraisalAdmin.distribution.predikat")}</Th>
            <Th>{t("appraisalAdmin.finalize.status")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {released.rows.map((row) => (
            <tr key={row.id}>
              <Td>{row.appraisal.employee.name}</Td>
              <Td className="font-mono text-xs">{row.appraisal.employee.nip}</Td>
              <Td className="whitespace-nowrap">
                {formatDate(row.appraisal.periodStart)} – {formatDate(row.appraisal.periodEnd)}
              </Td>
              <Td>{row.predikat ? t(`appraisal.predikat.${row.predikat}`) : "—"}</Td>
              <Td>{t(`appraisal.evaluationStatus.${row.status}`)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <Pagination page={released.page} pageSize={released.pageSize} total={released.total} params={params} basePath={basePath} />
    </section>
  );
}
