import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BulkList } from "@/components/evaluations/bulk-list";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/field";
import { buttonStyles } from "@/components/ui/styles";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import { getBulkView } from "@/lib/evaluations/bulk-queries";
import { periodKeyOn, periodSlug } from "@/lib/evaluations/period-slug";
import { firstValues, ZBulkQuery } from "@/lib/evaluations/team-schemas";
import { t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.team.bulk") };

export default async function BulkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.rate")) notFound();
  const query = ZBulkQuery.parse(firstValues(await searchParams));
  const { frequency } = await getAppraisalSettings();
  const slug = query.period ?? periodSlug(periodKeyOn(frequency, today()), frequency);
  const view = await getBulkView(user, query.year, slug, query.page);
  if (!view) notFound();
  const link = (period: string) => `/team/bulk?year=${query.year}&period=${period}`;
  return (
    <>
      <PageHeader title={t("evaluations.bulk.title", { period: view.period.name, year: query.year })} description={t("evaluations.bulk.description")} />
      <form method="get" action="/team/bulk" className="mb-4 flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-end">
        <input type="hidden" name="year" value={query.year} />
        <SelectField name="period" label={t("evaluations.bulk.period")} defaultValue={view.period.slug} options={view.options.map((o) => ({ value: o.slug, label: o.name }))} className="sm:w-48" />
        <button type="submit" className={buttonStyles.primary}>
          {t("evaluations.bulk.show")}
        </button>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          {view.previous ? (
            <LinkButton variant="secondary" href={link(view.previous.slug)} rel="prev">
              {t("evaluations.bulk.previousPeriod", { name: view.previous.name })}
            </LinkButton>
          ) : null}
          {view.next ? (
            <LinkButton variant="secondary" href={link(view.next.slug)} rel="next">
              {t("evaluations.bulk.nextPeriod", { name: view.next.name })}
            </LinkButton>
          ) : null}
        </div>
      </form>
      {view.rows.length === 0 ? (
        <EmptyState title={t("evaluations.bulk.empty")} />
      ) : (
        <>
          <BulkList rows={view.rows} slug={view.period.slug} year={query.year} />
          <Pagination page={view.page} pageSize={view.pageSize} total={view.total} params={{ year: String(query.year), period: view.period.slug }} basePath="/team/bulk" />
        </>
      )}
    </>
  );
}
