import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { PeriodRow } from "@/lib/appraisals/plan-periods";
import type { EvaluationFrequency } from "@/lib/domain/appraisal/periods";
import { formatDate, t } from "@/lib/i18n";
import { EvaluationStatusBadge, PredikatText } from "./status-badge";

export function periodName(frequency: EvaluationFrequency, row: Pick<PeriodRow, "kind" | "periodNo">): string {
  return row.kind === "ANNUAL" ? t("appraisal.periodName.ANNUAL") : t(`appraisal.periodName.${frequency}`, { n: row.periodNo });
}

/** Each period of an SKP with its status and predikat, linking to its evaluation page. */
export function PeriodList({ skpId, frequency, rows, caption }: { skpId: number; frequency: EvaluationFrequency; rows: PeriodRow[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("skp.periods.period")}</Th>
          <Th>{t("skp.periods.dates")}</Th>
          <Th>{t("skp.periods.status")}</Th>
          <Th>{t("skp.periods.predikat")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.slug}>
            <Td className="whitespace-nowrap">
              <Link className="font-medium text-brand-700 underline-offset-2 hover:underline" href={`/skp/${skpId}/evaluations/${row.slug}`}>
                {periodName(frequency, row)}
              </Link>
            </Td>
            <Td className="whitespace-nowrap">
              {formatDate(row.start)} – {formatDate(row.end)}
            </Td>
            <Td>
              <EvaluationStatusBadge status={row.status} />
            </Td>
            <Td>
              <PredikatText predikat={row.predikat} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
