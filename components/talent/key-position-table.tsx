import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { POSITION_TYPE_LABELS } from "@/lib/domain/positions";
import { formatNumber, t } from "@/lib/i18n";
import type { KeyPositionRow } from "@/lib/talent/succession-queries";

export function KeyPositionTable({ rows }: { rows: KeyPositionRow[] }) {
  return (
    <Table caption={t("talent.succession.caption")}>
      <thead>
        <tr>
          <Th>{t("talent.columns.position")}</Th>
          <Th>{t("talent.columns.unit")}</Th>
          <Th>{t("talent.columns.holder")}</Th>
          <Th>{t("talent.columns.successors")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const holder = row.holders[0];
          return (
            <tr key={row.id} className="hover:bg-slate-50">
              <Td>
                <Link href={`/talent/succession/${row.id}`} className="font-medium text-brand-700 hover:underline">
                  {row.name}
                </Link>
                <span className="block text-xs text-slate-500">{POSITION_TYPE_LABELS[row.type]}</span>
              </Td>
              <Td>{row.unit.name}</Td>
              <Td>{holder ? fullName(holder) : <Badge tone="warning">{t("talent.succession.vacant")}</Badge>}</Td>
              <Td className="tabular-nums">{formatNumber(row._count.successors)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
