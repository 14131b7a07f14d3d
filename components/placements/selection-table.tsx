import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { SelectionRow } from "@/lib/placements/queries";
import { SelectionStatusBadge } from "./status-badge";

/** HR's list of selections; each row links to the selection page. */
export function SelectionTable({ rows }: { rows: SelectionRow[] }) {
  return (
    <Table caption={t("placements.list.caption")}>
      <thead>
        <tr>
          <Th>{t("placements.fields.position")}</Th>
          <Th>{t("placements.fields.tmt")}</Th>
          <Th>{t("placements.fields.status")}</Th>
          <Th>{t("placements.fields.candidates")}</Th>
          <Th>{t("placements.fields.opened")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <Link href={`/placements/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.position.name}
              </Link>
              <div className="text-xs text-slate-500">{row.position.unit.name}</div>
            </Td>
            <Td className="whitespace-nowrap">{formatDate(row.tmt)}</Td>
            <Td>
              <SelectionStatusBadge status={row.status} />
              {row.chair ? <div className="mt-1 text-xs text-slate-500">{t("placements.fields.chairShort", { name: row.chair.name })}</div> : null}
            </Td>
            <Td>{formatNumber(row._count.candidates)}</Td>
            <Td className="whitespace-nowrap">{formatDate(row.createdAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
