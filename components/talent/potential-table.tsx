import { ConfirmDeleteForm } from "@/components/records/confirm-delete-form";
import { Badge, Card, DetailList } from "@/components/ui/layout";
import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { followUp, potentialLevel } from "@/lib/domain/talent/nine-box";
import { formatDate, t } from "@/lib/i18n";
import { deletePotentialAction } from "@/lib/talent/actions";
import type { PotentialRecords, PotentialRow } from "@/lib/talent/potential-queries";
import { formatScore, predikatText } from "./box-people-table";

/** Newest first; the first row is the one the 9-box uses. HR gets a delete per row (asked first). */
export function PotentialTable({ scores, manage }: { scores: PotentialRow[]; manage: { employeeId: number } | null }) {
  return (
    <Table caption={t("talent.person.caption")}>
      <thead>
        <tr>
          <Th>{t("talent.columns.assessedOn")}</Th>
          <Th>{t("talent.columns.score")}</Th>
          <Th>{t("talent.columns.potential")}</Th>
          <Th>{t("talent.columns.source")}</Th>
          {manage ? (
            <ActionsTh />
          ) : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {scores.map((row, index) => {
          const level = potentialLevel(row.score);
          const date = formatDate(row.assessedOn);
          return (
            <tr key={row.id} className={index === 0 ? "bg-white" : "bg-slate-50/60 text-slate-600"}>
              <Td className="whitespace-nowrap">
                {date} {index === 0 ? <Badge tone="brand">{t("talent.person.latest")}</Badge> : null}
              </Td>
              <Td className="tabular-nums">{formatScore(row.score)}</Td>
              <Td>{level ? t(`talent.potential.${level}`) : t("common.dash")}</Td>
              <Td>{row.source}</Td>
              {manage ? (
                <Td>
                  <ConfirmDeleteForm
                    action={deletePotentialAction.bind(null, manage.employeeId, row.id)}
                    message={t("talent.person.deleteConfirm", { score: formatScore(row.score), date })}
                    accessibleLabel={t("talent.person.deleteOf", { date })}
                  />
                </Td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** Where the person sits now, or what is missing to place them. */
export function CurrentBoxCard({ current }: { current: PotentialRecords["current"] }) {
  const missing: string[] = [];
  if (!current.predikat) missing.push(t("talent.person.missingPredikat"));
  if (current.score === null) missing.push(t("talent.person.missingPotential"));
  const level = potentialLevel(current.score);
  return (
    <Card title={t("talent.person.current")} className="mb-6">
      <DetailList
        items={[
          { label: t("talent.columns.box"), value: current.box ? <Badge tone="brand">{t("talent.person.currentBox", { box: current.box })}</Badge> : t("talent.person.currentNone") },
          { label: t("talent.person.currentYear"), value: predikatText(current.predikat, current.predikatYear) },
          { label: t("talent.columns.score"), value: current.score === null ? t("common.dash") : `${formatScore(current.score)}${level ? ` (${t(`talent.potential.${level}`)})` : ""}` },
          { label: current.box ? t("talent.person.followUp") : t("talent.columns.note"), value: current.box ? t(`talent.followUp.${followUp(current.box)}`) : missing.join(" ") },
        ]}
      />
    </Card>
  );
}
