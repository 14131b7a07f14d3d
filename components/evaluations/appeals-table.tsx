import Link from "next/link";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import type { AppealListRow } from "@/lib/evaluations/appeal-queries";
import { formatDateTime, t } from "@/lib/i18n";

const predikat = (value: string | null) => (value ? t(`appraisal.predikat.${value as "BAIK"}`) : t("common.dash"));

export function AppealsTable({ rows, caption }: { rows: AppealListRow[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("evaluations.appeals.employee")}</Th>
          <Th>{t("evaluations.appeals.rater")}</Th>
          <Th>{t("evaluations.appeals.year")}</Th>
          <Th>{t("evaluations.appeals.filedAt")}</Th>
          <Th>{t("evaluations.appeals.previous")}</Th>
          <Th>{t("evaluations.appeals.result")}</Th>
          <ActionsTh />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <span className="font-medium">{row.evaluation.appraisal.employee.name}</span>
              <span className="block font-mono text-xs text-slate-500">{row.evaluation.appraisal.employee.nip}</span>
            </Td>
            <Td>{row.evaluation.appraisal.rater.name}</Td>
            <Td>{row.evaluation.year}</Td>
            <Td className="whitespace-nowrap">{formatDateTime(row.filedAt)}</Td>
            <Td>{predikat(row.previousPredikat)}</Td>
            <Td>{row.decision ? `${t(`evaluations.appeal.decisions.${row.decision}`)} (${predikat(row.newPredikat)})` : t("common.dash")}</Td>
            <Td>
              <Link href={`/appeals/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {t("evaluations.appeals.open")}
                <span className="sr-only"> — {row.evaluation.appraisal.employee.name}</span>
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
