import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { PairListRow } from "@/lib/mentoring/list-queries";
import { formatJp, STATUS_TONES } from "./format";

type Column = "mentor" | "mentee";

/** Pairs with the people the viewer needs to see (the other side of one's own pairs, or both). */
export function PairTable({ rows, caption, columns }: { rows: PairListRow[]; caption: string; columns: readonly Column[] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((column) => (
            <Th key={column}>{t(`mentoring.${column}`)}</Th>
          ))}
          <Th>{t("mentoring.period")}</Th>
          <Th>{t("mentoring.statusLabel")}</Th>
          <Th>{t("mentoring.sessions")}</Th>
          <ActionsTh />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-slate-50">
            {columns.map((column) => (
              <Td key={column} className="min-w-44">
                <span className="font-medium text-slate-900">{row[column].name}</span>
                <span className="block font-mono text-xs text-slate-500">{row[column].nip}</span>
                <span className="block text-xs text-slate-500">{row[column].unit.name}</span>
              </Td>
            ))}
            <Td className="whitespace-nowrap">
              {formatDate(row.startDate)} – {formatDate(row.endDate)}
            </Td>
            <Td>
              <Badge tone={STATUS_TONES[row.status]}>{t(`mentoring.status.${row.status}`)}</Badge>
            </Td>
            <Td className="whitespace-nowrap">
              {t("mentoring.sessionCount", { n: formatNumber(row.sessions) })}
              <span className="block text-xs text-slate-500">{formatJp(row.jp)}</span>
            </Td>
            <Td>
              <Link href={`/mentoring/${row.id}`} className="font-medium text-brand-700 hover:underline" aria-label={t("mentoring.openPairOf", { mentor: row.mentor.name, mentee: row.mentee.name })}>
                {t("common.detail")}
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
