import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DevelopmentFilters } from "@/components/trainings/development-filters";
import { StandingTable } from "@/components/trainings/standing-table";
import { UnitSummaryTable } from "@/components/trainings/unit-summary-table";
import { recentYears } from "@/components/trainings/year-select";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { today } from "@/lib/clock";
import { REQUIRED_JP_PER_YEAR } from "@/lib/domain/career/development";
import { formatNumber, t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { findJpStanding, unitJpSummary } from "@/lib/trainings/development-queries";
import { ZStandingFilters } from "@/lib/trainings/development-schemas";

export const metadata: Metadata = { title: t("trainings.development.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DevelopmentPage({ searchParams }: Props) {
  const user = await requireUser();
  const raw = await searchParams;
  const filters = ZStandingFilters.parse({ year: single(raw.year), unit: single(raw.unit), page: single(raw.page) });
  const seesAll = can(user, "development.read.all");
  const [standing, summary, units] = await Promise.all([
    findJpStanding(user, filters),
    unitJpSummary(user, filters),
    seesAll ? listUnitTree() : Promise.resolve(null),
  ]);
  if (!standing) notFound();
  const year = standing.year;
  const params = { year: filters.year ? String(filters.year) : undefined, unit: seesAll && filters.unit ? String(filters.unit) : undefined };
  return (
    <>
      <PageHeader title={t("trainings.development.title")} description={seesAll ? t("trainings.development.descriptionAll") : t("trainings.development.descriptionTeam")} />
      <DevelopmentFilters year={year} years={recentYears(today().getUTCFullYear())} unit={filters.unit} units={units} />
      <p className="mb-4 text-sm text-slate-800" data-testid="behind-count" aria-live="polite">
        {t("trainings.development.behindCount", { behind: formatNumber(standing.behind), total: formatNumber(standing.total), required: REQUIRED_JP_PER_YEAR, year })}
      </p>
      {summary && summary.length ? (
        <section aria-labelledby="units-title" className="mb-8">
          <h2 id="units-title" className="mb-3 text-lg font-semibold text-slate-900">
            {t("trainings.development.unitsTitle")}
          </h2>
          <UnitSummaryTable rows={summary} year={year} />
        </section>
      ) : null}
      <section aria-labelledby="people-title">
        <h2 id="people-title" className="mb-3 text-lg font-semibold text-slate-900">
          {t("trainings.development.peopleTitle")}
        </h2>
        {standing.rows.length === 0 ? (
          <EmptyState title={t("trainings.development.empty")} />
        ) : (
          <>
            <StandingTable rows={standing.rows} year={year} />
            <Pagination page={standing.page} pageSize={standing.pageSize} total={standing.total} params={params} basePath="/development" />
          </>
        )}
      </section>
    </>
  );
}
