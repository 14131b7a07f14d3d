import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import type { OpdProgress } from "@/lib/appraisal-admin/progress-queries";
import { formatNumber, t } from "@/lib/i18n";

const n = formatNumber;

/** One row per OPD with its whole subtree; every figure is text, the table scrolls sideways on a phone. */
export function ProgressTable({ rows, year }: { rows: OpdProgress[]; year: number }) {
  return (
    <Table caption={t("appraisalAdmin.progress.caption")}>
      <thead>
        <tr>
          <Th>{t("appraisalAdmin.progress.opd")}</Th>
          <Th className="text-right">{t("appraisalAdmin.progress.employees")}</Th>
          <Th>{t("appraisalAdmin.progress.plans")}</Th>
          <Th>{t("appraisalAdmin.progress.periodic")}</Th>
          <Th>{t("appraisalAdmin.progress.annual")}</Th>
          <Th className="text-right">{t("appraisalAdmin.progress.appeals")}</Th>
          <Th>{t("appraisalAdmin.progress.result")}</Th>
          {/* relative: an sr-only label is absolutely placed and would otherwise widen the phone page. */}
          <ActionsTh />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid={`progress-${row.code}`}>
            <Td className="min-w-48">
              <span className="font-medium text-slate-900">{row.name}</span>
              {row.root ? <span className="block text-xs text-slate-500">{t("appraisalAdmin.progress.rootOnly")}</span> : null}
            </Td>
            <Td className="text-right tabular-nums">{n(row.employees)}</Td>
            <Td className="min-w-56 text-xs">
              {t("appraisalAdmin.progress.planBreakdown", { draft: n(row.plans.DRAFT), submitted: n(row.plans.SUBMITTED), agreed: n(row.plans.AGREED), closed: n(row.plans.CLOSED) })}
            </Td>
            <Td className="min-w-44 text-xs">{t("appraisalAdmin.progress.periodicValue", { rated: n(row.periodicRated), due: n(row.periodicDue) })}</Td>
            <Td className="min-w-44 text-xs">{t("appraisalAdmin.progress.annualValue", { rated: n(row.annualRated), released: n(row.annualReleased) })}</Td>
            <Td className="text-right tabular-nums">{row.appealsPending ? <Badge tone="warning">{n(row.appealsPending)}</Badge> : "0"}</Td>
            <Td>{row.result ? t(`appraisal.orgResult.${row.result}`) : <span className="text-slate-500">{t("appraisalAdmin.units.none")}</span>}</Td>
            <Td>
              <Link className="font-medium text-brand-700 hover:underline" href={`/appraisal-progress/units/${row.id}?year=${year}`} aria-label={t("appraisalAdmin.progress.linkOf", { name: row.name })}>
                {t("appraisalAdmin.progress.link")}
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
