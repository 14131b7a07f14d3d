import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import type { ApprovalRow } from "@/lib/trainings/registration-queries";
import { decideRegistrationAction } from "@/lib/trainings/registration-actions";
import { DecisionForms } from "./decision-forms";
import { dateRange, jpText, kindLabel } from "./labels";

/** Pending requests as cards (they hold two forms each, which a table row would squeeze on a phone). */
export function ApprovalList({ rows }: { rows: ApprovalRow[] }) {
  return (
    <ul className="space-y-4" data-testid="approvals">
      {rows.map((row) => {
        const name = fullName(row.employee);
        return (
          <li key={row.id} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-3">
            <div className="md:col-span-2">
              <p className="font-medium text-slate-900">{name}</p>
              <p className="text-xs text-slate-500">
                <span className="font-mono">{row.employee.nip}</span> · {row.employee.position.name} · {row.employee.unit.name}
              </p>
              <p className="mt-3 text-sm">
                <Link href={`/trainings/${row.training.id}`} className="font-medium text-brand-700 hover:underline">
                  {row.training.title}
                </Link>
              </p>
              <p className="text-xs text-slate-600">
                {kindLabel(row.training.kind)} · {dateRange(row.training.startDate, row.training.endDate, formatDate)} · {jpText(row.training.hours)} ·{" "}
                {t("trainings.detail.seats", { left: formatNumber(Math.max(0, row.training.quota - row.training.seatsTaken)), quota: formatNumber(row.training.quota) })}
              </p>
              <p className="mt-2 text-xs text-slate-500">{t("trainings.approvals.requested", { at: formatDateTime(row.requestedAt) })}</p>
              {row.motivation ? <p className="mt-2 whitespace-pre-line text-sm text-slate-800">{row.motivation}</p> : null}
            </div>
            <DecisionForms
              action={decideRegistrationAction.bind(null, row.id)}
              version={row.version}
              person={name}
              approve={{ value: "APPROVE", label: t("trainings.approvals.approve") }}
              decline={{ value: "DECLINE", label: t("trainings.approvals.decline"), confirm: t("trainings.approvals.declineConfirm", { name, title: row.training.title }) }}
            />
          </li>
        );
      })}
    </ul>
  );
}
