import Link from "next/link";
import { fullName } from "@/components/employees/profile-view";
import { Card, EmptyState } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { today } from "@/lib/clock";
import { isAfter, toIsoDate } from "@/lib/domain/dates";
import { REGISTRATION_STATUSES } from "@/lib/domain/career/enums";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import { completeAllAction, recordCompletionAction } from "@/lib/trainings/completion-actions";
import type { listTrainingRegistrations } from "@/lib/trainings/registration-queries";
import type { TRegistrationFilters } from "@/lib/trainings/registration-schemas";
import { BulkCompletionForm } from "./bulk-completion-form";
import { CompletionForm } from "./completion-form";
import { statusLabel } from "./labels";
import { RegistrationBadge } from "./status-badge";

type Result = NonNullable<Awaited<ReturnType<typeof listTrainingRegistrations>>>;
type Props = { training: { id: number; startDate: Date; endDate: Date }; result: Result; filters: TRegistrationFilters };

const RECORDABLE = new Set(["APPROVED", "COMPLETED", "NOT_COMPLETED"]);

/** HR's participant list: status filter with counts, attendance per row from the first day, and the bulk step. */
export function ParticipantsSection({ training, result, filters }: Props) {
  const now = today();
  const started = !isAfter(training.startDate, now);
  const defaultDate = toIsoDate(isAfter(training.endDate, now) ? now : training.endDate);
  const approved = result.counts.APPROVED ?? 0;
  const base = `/trainings/${training.id}`;
  return (
    <section id="participants" aria-labelledby="participants-title" className="space-y-4">
      <h2 id="participants-title" className="text-lg font-semibold text-slate-900">
        {t("trainings.participants.title")}
      </h2>
      <nav aria-label={t("trainings.participants.filter")} className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...REGISTRATION_STATUSES].map((status) => {
          const count = status ? (result.counts[status] ?? 0) : Object.values(result.counts).reduce((a, b) => (a ?? 0) + (b ?? 0), 0);
          const active = filters.status === status;
          return (
            <Link
              key={status ?? "all"}
              href={status ? `${base}?status=${status}#participants` : `${base}#participants`}
              aria-current={active ? "true" : undefined}
              className={`rounded-full border px-3 py-1 ${active ? "border-brand-700 bg-brand-50 text-brand-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {status ? statusLabel(status) : t("common.all")} ({formatNumber(count ?? 0)})
            </Link>
          );
        })}
      </nav>
      {!started ? <p className="text-sm text-slate-600">{t("trainings.participants.notStarted", { date: formatDate(training.startDate) })}</p> : null}
      {started && approved > 0 ? (
        <Card title={t("trainings.completion.bulkTitle")}>
          <BulkCompletionForm action={completeAllAction.bind(null, training.id)} approved={approved} />
        </Card>
      ) : null}
      {result.rows.length === 0 ? (
        <EmptyState title={t("trainings.participants.empty")} />
      ) : (
        <>
          <Table caption={t("trainings.participants.title")}>
            <thead>
              <tr>
                <Th>{t("trainings.participants.person")}</Th>
                <Th>{t("trainings.columns.status")}</Th>
                <Th>{t("trainings.participants.registered")}</Th>
                <Th>{t("trainings.participants.attendance")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {result.rows.map((row) => {
                const name = fullName(row.employee);
                return (
                  <tr key={row.id}>
                    <Td>
                      <span className="font-medium text-slate-900">{name}</span>
                      <span className="block font-mono text-xs text-slate-500">{row.employee.nip}</span>
                      <span className="block text-xs text-slate-500">
                        {row.employee.position.name} · {row.employee.unit.name}
                      </span>
                    </Td>
                    <Td>
                      <RegistrationBadge status={row.status} />
                      {row.declineReason ? <span className="mt-1 block text-xs text-slate-600">{row.declineReason}</span> : null}
                      {row.certificateNumber ? <span className="mt-1 block text-xs text-slate-600">{t("trainings.participants.certificate", { number: row.certificateNumber, date: formatDate(row.completedAt) })}</span> : null}
                    </Td>
                    <Td className="whitespace-nowrap text-xs">
                      {formatDateTime(row.requestedAt)}
                      {row.decider ? <span className="block text-slate-500">{t("trainings.participants.decidedBy", { name: row.decider.name })}</span> : null}
                    </Td>
                    <Td className="min-w-72">
                      {started && RECORDABLE.has(row.status) ? (
                        <CompletionForm
                          action={recordCompletionAction.bind(null, row.id)}
                          version={row.version}
                          person={name}
                          defaultDate={defaultDate}
                          current={{ outcome: row.status === "APPROVED" ? "" : row.status, certificateNumber: row.certificateNumber ?? "", completedAt: row.completedAt ? toIsoDate(row.completedAt) : "" }}
                        />
                      ) : (
                        <span className="text-slate-500">{t("common.dash")}</span>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={{ status: filters.status }} basePath={base} />
        </>
      )}
    </section>
  );
}
