import Link from "next/link";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import type { CompetencyRow } from "@/lib/competencies/queries";
import { formatNumber, t } from "@/lib/i18n";

export function CompetencyTable({ rows }: { rows: CompetencyRow[] }) {
  const link = "font-medium text-brand-700 hover:underline";
  return (
    <Table caption={t("competencies.tableCaption")}>
      <thead>
        <tr>
          <Th>{t("competencies.code")}</Th>
          <Th>{t("competencies.name")}</Th>
          <Th>{t("competencies.kind")}</Th>
          <Th>{t("competencies.maxLevel")}</Th>
          <Th>{t("competencies.usedBy")}</Th>
          <ActionsTh />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td className="whitespace-nowrap font-mono text-xs">{row.code}</Td>
            <Td>{row.name}</Td>
            <Td className="whitespace-nowrap">{t(`enums.competencyKind.${row.kind}`)}</Td>
            <Td className="text-center">{row.maxLevel}</Td>
            <Td className="whitespace-nowrap">{t("competencies.usedByValue", { n: formatNumber(row.positions) })}</Td>
            <Td className="whitespace-nowrap">
              <Link className={link} href={`/competencies/${row.id}/edit`} aria-label={t("competencies.editOf", { name: row.name })}>
                {t("common.edit")}
              </Link>
              <Link className={`${link} ml-3 text-red-700`} href={`/competencies/${row.id}/delete`} aria-label={t("competencies.deleteOf", { name: row.name })}>
                {t("common.delete")}
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
