import { ActionsTh, Table, Td, Th } from "@/components/ui/table";
import { formatDate, t } from "@/lib/i18n";
import { deleteAwardAction } from "@/lib/records/actions";
import type { AwardRow } from "@/lib/records/record-queries";
import { ConfirmDeleteForm } from "./confirm-delete-form";

/** Penghargaan, newest SK first; HR (`manage`) gets a confirmed delete per row. */
export function AwardTable({ rows, manage }: { rows: AwardRow[]; manage: { employeeId: number } | null }) {
  return (
    <Table caption={t("records.award.caption")}>
      <thead>
        <tr>
          <Th>{t("records.award.name")}</Th>
          <Th>{t("records.award.grantor")}</Th>
          <Th>{t("records.sk")}</Th>
          {manage ? (
            <ActionsTh />
          ) : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id}>
            <Td className="font-medium text-slate-900">{row.name}</Td>
            <Td>{row.grantor}</Td>
            <Td className="whitespace-nowrap">
              {row.skNumber}
              <span className="block text-xs text-slate-500">{formatDate(row.skDate)}</span>
            </Td>
            {manage ? (
              <Td>
                <ConfirmDeleteForm
                  action={deleteAwardAction.bind(null, manage.employeeId, row.id)}
                  message={t("records.award.deleteConfirm", { name: row.name, sk: row.skNumber })}
                  accessibleLabel={t("records.award.deleteOf", { name: row.name })}
                />
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
