import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExternalTable } from "@/components/trainings/external-table";
import { externalStatusLabel } from "@/components/trainings/labels";
import { SavedBanner } from "@/components/trainings/saved-banner";
import { TrainingTabs } from "@/components/trainings/training-tabs";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { EXTERNAL_TRAINING_STATUSES } from "@/lib/domain/career/enums";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";
import { listExternalQueue } from "@/lib/trainings/external-queries";
import { ZExternalFilters } from "@/lib/trainings/external-schemas";

export const metadata: Metadata = { title: t("trainings.external.queueTitle") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ExternalQueuePage({ searchParams }: Props) {
  const user = await requireUser();
  const raw = await searchParams;
  const filters = ZExternalFilters.parse({ status: single(raw.status), page: single(raw.page) });
  const result = await listExternalQueue(user, filters);
  if (!result) notFound();
  return (
    <>
      <PageHeader title={t("trainings.external.queueTitle")} description={t("trainings.external.queueDescription")} />
      <TrainingTabs user={user} current="external" />
      <SavedBanner saved={single(raw.saved)} />
      <nav aria-label={t("trainings.participants.filter")} className="mb-4 flex flex-wrap gap-2 text-sm">
        {[undefined, ...EXTERNAL_TRAINING_STATUSES].map((status) => {
          const active = filters.status === status;
          return (
            <Link
              key={status ?? "all"}
              href={status ? `/trainings/external?status=${status}` : "/trainings/external"}
              aria-current={active ? "true" : undefined}
              className={`rounded-full border px-3 py-1 ${active ? "border-brand-700 bg-brand-50 text-brand-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {status ? externalStatusLabel(status) : t("common.all")}
            </Link>
          );
        })}
      </nav>
      {result.rows.length === 0 ? (
        <EmptyState title={t("trainings.external.queueEmpty")} />
      ) : (
        <>
          <ExternalTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={{ status: filters.status }} basePath="/trainings/external" />
        </>
      )}
    </>
  );
}
