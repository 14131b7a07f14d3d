import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgressTable } from "@/components/appraisal-admin/progress-table";
import { YearFilter } from "@/components/appraisal-admin/year-filter";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { getAppraisalProgress } from "@/lib/appraisal-admin/progress-queries";
import { yearParam } from "@/lib/appraisal-admin/schemas";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("appraisalAdmin.progress.title") };

export default async function AppraisalProgressPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.manage")) notFound();
  const year = yearParam(single((await searchParams).year));
  const rows = await getAppraisalProgress(user, year);
  return (
    <>
      <PageHeader
        title={t("appraisalAdmin.progress.title")}
        description={t("appraisalAdmin.progress.description", { year })}
        actions={
          <LinkButton variant="secondary" href={`/appraisal-settings/units?year=${year}`}>
            {t("appraisalAdmin.progress.settingsLink")}
          </LinkButton>
        }
      />
      <YearFilter action="/appraisal-progress" year={year} />
      {rows.length ? (
        <>
          <ProgressTable rows={rows} year={year} />
          <p className="mt-2 text-xs text-slate-500">{t("appraisalAdmin.progress.dueHint")}</p>
        </>
      ) : (
        <EmptyState title={t("appraisalAdmin.progress.empty")} />
      )}
    </>
  );
}
