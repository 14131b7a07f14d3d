import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitResultsTree } from "@/components/appraisal-admin/unit-results-tree";
import { YearFilter } from "@/components/appraisal-admin/year-filter";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { yearParam } from "@/lib/appraisal-admin/schemas";
import { listUnitResults } from "@/lib/appraisal-admin/unit-result-queries";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("appraisalAdmin.units.title") };

export default async function UnitResultsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.manage")) notFound();
  const query = await searchParams;
  const year = yearParam(single(query.year));
  const rows = await listUnitResults(user, year);
  return (
    <>
      <PageHeader
        title={t("appraisalAdmin.units.title")}
        description={t("appraisalAdmin.units.description", { year })}
        actions={
          <LinkButton variant="secondary" href="/appraisal-settings">
            {t("appraisalAdmin.units.backToSettings")}
          </LinkButton>
        }
      />
      <YearFilter action="/appraisal-settings/units" year={year} />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={single(query.saved) ? t("appraisalAdmin.units.saved") : undefined} />
      </div>
      {rows.length ? <UnitResultsTree rows={rows} year={year} /> : <EmptyState title={t("appraisalAdmin.units.empty")} />}
    </>
  );
}
