import Link from "next/link";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import type { RequestState } from "@/lib/evaluations/feedback-queries";
import { formatDate, formatDateTime, t } from "@/lib/i18n";
import { RequestStateBadge } from "./feedback-panel";

type Row = { id: number; rateeName: string; positionName: string; period: string; deadline: Date; answeredAt: Date | null; state: RequestState };

/** A respondent's requests: whom about, which period, the deadline (overdue said in words). */
export function InboxTable({ rows, caption }: { rows: Row[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("evaluations.inbox.ratee")}</Th>
          <Th>{t("evaluations.inbox.period")}</Th>
          <Th>{t("evaluations.inbox.deadline")}</Th>
          <Th>{t("evaluations.inbox.state")}</Th>
          <ActionsTh />
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <span className="font-medium">{row.rateeName}</span>
              <span className="block text-xs text-slate-500">{row.positionName}</span>
            </Td>
            <Td className="whitespace-nowrap">{row.period}</Td>
            <Td className="whitespace-nowrap">{formatDate(row.deadline)}</Td>
            <Td className="whitespace-nowrap">
              <RequestStateBadge state={row.state} />
              {row.answeredAt ? <span className="block text-xs text-slate-500">{formatDateTime(row.answeredAt)}</span> : null}
            </Td>
            <Td>
              <Link href={`/feedback/${row.id}`} className="font-medium text-brand-700 hover:underline">
                {row.state === "PENDING" ? t("evaluations.inbox.answer") : t("evaluations.inbox.view")}
                <span className="sr-only"> — {row.rateeName}</span>
              </Link>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
