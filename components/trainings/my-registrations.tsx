import Link from "next/link";
import { EmptyState } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import { today } from "@/lib/clock";
import { formatDate, t } from "@/lib/i18n";
import type { MyRegistration } from "@/lib/trainings/registration-queries";
import { cancelRegistrationAction } from "@/lib/trainings/registration-actions";
import { cancelRefusal } from "@/lib/trainings/rules";
import { ConfirmStepForm } from "./confirm-step-form";
import { dateRange, jpText, kindLabel } from "./labels";
import { RegistrationBadge } from "./status-badge";

const ORDER = ["PENDING", "APPROVED", "COMPLETED", "NOT_COMPLETED", "DECLINED", "CANCELLED"] as const;

/** The person's registrations grouped by status, open ones first, with cancel where it is still allowed. */
export function MyRegistrations({ rows }: { rows: MyRegistration[] }) {
  if (rows.length === 0) return <EmptyState title={t("trainings.mine.noRegistrations")} body={t("trainings.mine.noRegistrationsHint")} />;
  const now = today();
  const sorted = [...rows].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <Table caption={t("trainings.mine.registrations")}>
      <thead>
        <tr>
          <Th>{t("trainings.columns.training")}</Th>
          <Th>{t("trainings.columns.when")}</Th>
          <Th>{t("trainings.columns.status")}</Th>
          <Th>{t("common.actions")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {sorted.map((row) => (
          <tr key={row.id}>
            <Td className="min-w-56">
              <Link href={`/trainings/${row.training.id}`} className="font-medium text-brand-700 hover:underline">
                {row.training.title}
              </Link>
              <span className="block text-xs text-slate-500">
                {kindLabel(row.training.kind)} · {jpText(row.training.hours)}
              </span>
            </Td>
            <Td className="whitespace-nowrap">{dateRange(row.training.startDate, row.training.endDate, formatDate)}</Td>
            <Td>
              <RegistrationBadge status={row.status} />
              {row.declineReason ? <span className="mt-1 block text-xs text-slate-600">{t("trainings.mine.declinedBecause", { reason: row.declineReason })}</span> : null}
              {row.certificateNumber ? <span className="mt-1 block text-xs text-slate-600">{t("trainings.participants.certificate", { number: row.certificateNumber, date: formatDate(row.completedAt) })}</span> : null}
            </Td>
            <Td>
              {cancelRefusal(row.status, row.training.startDate, now) === null ? (
                <ConfirmStepForm
                  action={cancelRegistrationAction.bind(null, row.id, "mine")}
                  fields={{ version: row.version }}
                  label={t("trainings.register.cancel")}
                  accessibleLabel={`${t("trainings.register.cancel")} — ${row.training.title}`}
                  message={t("trainings.register.cancelConfirm", { title: row.training.title })}
                  variant="secondary"
                />
              ) : (
                <span className="text-slate-500">{t("common.dash")}</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
