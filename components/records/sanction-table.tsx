import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { formatDate, t } from "@/lib/i18n";
import type { SanctionRow } from "@/lib/records/record-queries";

const LEVEL_TONES = { RINGAN: "neutral", SEDANG: "warning", BERAT: "danger" } as const;

/** Hukuman disiplin, newest first, with whether it runs today and whether it holds back a KP. */
export function SanctionTable({ rows, manage }: { rows: SanctionRow[]; manage: { employeeId: number } | null }) {
  const link = "font-medium text-brand-700 hover:underline";
  return (
    <Table caption={t("records.sanction.caption")}>
      <thead>
        <tr>
          <Th>{t("records.sanction.level")}</Th>
          <Th>{t("records.sanction.kind")}</Th>
          <Th>{t("records.sanction.period")}</Th>
          <Th>{t("records.sanction.blocksPromotion")}</Th>
          <Th>{t("records.sk")}</Th>
          {manage ? (
            <ActionsTh />
          ) : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="whitespace-nowrap">
              <Badge tone={LEVEL_TONES[row.level]}>{t(`records.sanctionLevel.${row.level}`)}</Badge>
            </Td>
            <Td className="min-w-48">
              <span className="font-medium text-slate-900">{row.kind}</span>
              <span className="block text-xs text-slate-600">{row.reason}</span>
            </Td>
            <Td className="whitespace-nowrap">
              {formatDate(row.startDate)} – {row.endDate ? formatDate(row.endDate) : t("records.sanction.openEnded")}
              {row.active ? (
                <span className="mt-1 block">
                  <Badge tone="danger">{t("records.sanction.active")}</Badge>
                </span>
              ) : null}
            </Td>
            <Td className="min-w-40">
              {row.blocksPromotion ? t("records.sanction.blocksYes") : t("records.sanction.blocksNo")}
              {row.overridesDefault ? <span className="block text-xs text-amber-800">{t("records.sanction.overridden")}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">
              {row.skNumber}
              <span className="block text-xs text-slate-500">{formatDate(row.skDate)}</span>
            </Td>
            {manage ? (
              <Td className="whitespace-nowrap">
                <Link className={link} href={`/employees/${manage.employeeId}/records/sanctions/${row.id}/edit`} aria-label={t("records.sanction.editOf", { kind: row.kind })}>
                  {t("common.edit")}
                </Link>
                <Link className={`${link} ml-3 text-red-700`} href={`/employees/${manage.employeeId}/records/sanctions/${row.id}/delete`} aria-label={t("records.sanction.deleteOf", { kind: row.kind })}>
                  {t("common.delete")}
                </Link>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
