import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { DirectoryRow } from "@/lib/employees/queries";
import { t } from "@/lib/i18n";
import { fullName } from "./profile-view";

export function DirectoryTable({ rows }: { rows: DirectoryRow[] }) {
  return (
    <Table caption={t("employees.title")}>
      <thead>
        <tr>
          <Th>{t("employees.columns.name")}</Th>
          <Th>{t("employees.columns.nip")}</Th>
          <Th>{t("employees.columns.rank")}</Th>
          <Th>{t("employees.columns.position")}</Th>
          <Th>{t("employees.columns.unit")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            <Td>
              <Link href={`/employees/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {fullName(row)}
              </Link>
              {row.status === "PPPK" ? (
                <span className="ml-2">
                  <Badge tone="info">PPPK</Badge>
                </span>
              ) : null}
            </Td>
            <Td className="font-mono text-xs">{row.nip}</Td>
            <Td className="whitespace-nowrap">{row.rank ? `${row.rank.code} ${row.rank.name}` : t("common.dash")}</Td>
            <Td>{row.position.name}</Td>
            <Td>{row.unit.name}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
