import { fullName } from "@/components/employees/profile-view";
import { Badge } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { REQUIRED_JP_PER_YEAR } from "@/lib/domain/career/development";
import { t } from "@/lib/i18n";
import type { StandingRow } from "@/lib/trainings/development-queries";
import { jpText } from "./labels";

/** People with the year's JP, least first; those under 20 JP are marked. */
export function StandingTable({ rows, year }: { rows: StandingRow[]; year: number }) {
  return (
    <Table caption={t("trainings.development.peopleCaption", { year })}>
      <thead>
        <tr>
          <Th>{t("trainings.participants.person")}</Th>
          <Th>{t("trainings.development.position")}</Th>
          <Th className="text-right">{t("trainings.development.jp", { year })}</Th>
          <Th>{t("trainings.columns.status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>
              <span className="font-medium text-slate-900">{fullName(row)}</span>
              <span className="block font-mono text-xs text-slate-500">{row.nip}</span>
            </Td>
            <Td>
              {row.position}
              <span className="block text-xs text-slate-500">{row.unit}</span>
            </Td>
            <Td className="whitespace-nowrap text-right font-medium">{jpText(row.jp)}</Td>
            <Td>{row.jp < REQUIRED_JP_PER_YEAR ? <Badge tone="warning">{t("trainings.development.behindBadge", { n: jpText(REQUIRED_JP_PER_YEAR - row.jp) })}</Badge> : <Badge tone="brand">{t("trainings.development.metBadge")}</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
