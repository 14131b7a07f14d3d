import Link from "next/link";
import { EmptyState } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { PastSkp } from "@/lib/appraisals/history-queries";
import { formatDate, t } from "@/lib/i18n";
import { PlanStatusBadge, PredikatText } from "./status-badge";

/** Older SKPs, newest first, with the annual result once it has been released. */
export function PastSkpList({ rows }: { rows: PastSkp[] }) {
  if (rows.length === 0) return <EmptyState title={t("skp.mine.noPast")} />;
  return (
    <Table caption={t("skp.mine.pastCaption")}>
      <thead>
        <tr>
          <Th>{t("skp.mine.year")}</Th>
          <Th>{t("skp.periods.dates")}</Th>
          <Th>{t("skp.detail.position")}</Th>
          <Th>{t("skp.detail.status")}</Th>
          <Th>{t("skp.mine.annual")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((skp) => {
          // An annual result the unit has not released yet is not the employee's to see.
          const annual = skp.evaluations.find((e) => e.status !== "OPEN" && e.status !== "SELF_ASSESSED" && e.status !== "RATED");
          return (
            <tr key={skp.id}>
              <Td>
                <Link href={`/skp/${skp.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                  {t("skp.mine.yearLink", { year: skp.year })}
                </Link>
              </Td>
              <Td className="whitespace-nowrap">
                {formatDate(skp.periodStart)} – {formatDate(skp.periodEnd)}
              </Td>
              <Td>{skp.position.name}</Td>
              <Td>
                <PlanStatusBadge status={skp.status} />
              </Td>
              <Td>
                <PredikatText predikat={annual?.predikat ?? null} />
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
