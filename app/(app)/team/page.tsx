import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TeamFilterForm } from "@/components/evaluations/team-filter-form";
import { TeamTable } from "@/components/evaluations/team-table";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { today } from "@/lib/clock";
import { getGoverningUnits } from "@/lib/evaluations/distribution-queries";
import { periodKeyOn, periodSlug } from "@/lib/evaluations/period-slug";
import { getPlansToAgree, getReportsWithoutSkp, getTeamOverview, getTeamYears } from "@/lib/evaluations/queries";
import { firstValues, ZTeamQuery } from "@/lib/evaluations/team-schemas";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.team.title") };

export default async function TeamPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.rate")) notFound();
  const query = ZTeamQuery.parse(firstValues(await searchParams));
  const [overview, plans, years, withoutSkp] = await Promise.all([
    getTeamOverview(user, query.year, query.page, query.status),
    getPlansToAgree(user, query.year),
    getTeamYears(user),
    getReportsWithoutSkp(user, query.year),
  ]);
  if (!overview) notFound();
  const units = await getGoverningUnits([...new Set(overview.rows.map((r) => r.unitId))], query.year);
  const now = today();
  const bulkPeriod = query.year === now.getUTCFullYear() ? periodSlug(periodKeyOn(overview.frequency, now), overview.frequency) : "annual";
  return (
    <>
      <PageHeader
        title={t("evaluations.team.title")}
        description={t("evaluations.team.description")}
        actions={<LinkButton href={`/team/bulk?year=${query.year}&period=${bulkPeriod}`}>{t("evaluations.team.bulk")}</LinkButton>}
      />
      <TeamFilterForm years={years.includes(query.year) ? years : [query.year, ...years]} year={query.year} status={query.status} />
      <Card title={t("evaluations.team.toAgree", { n: overview.toAgree })} className="mb-4">
        {plans.length ? (
          <ul className="space-y-1 text-sm">
            {plans.map((plan) => (
              <li key={plan.id}>
                <Link href={`/skp/${plan.id}`} className="font-medium text-brand-700 hover:underline">
                  {plan.employee.name}
                </Link>{" "}
                <span className="text-slate-500">{t("evaluations.team.submittedAt", { at: formatDateTime(plan.submittedAt) })}</span>
              </li>
            ))}
            {overview.toAgree > plans.length ? (
              <li>
                <Link href={`/team?year=${query.year}&status=SUBMITTED`} className="text-brand-700 hover:underline">
                  {t("evaluations.team.showAll")}
                </Link>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("evaluations.team.toAgreeEmpty")}</p>
        )}
      </Card>
      {withoutSkp.total ? (
        <Card title={t("evaluations.team.withoutSkp", { year: query.year, n: withoutSkp.total })} className="mb-4">
          <p className="mb-2 text-sm text-slate-600">{t("evaluations.team.withoutSkpHint")}</p>
          <ul className="space-y-1 text-sm" data-testid="without-skp">
            {withoutSkp.people.map((person) => (
              <li key={person.id}>
                <Link href={`/employees/${person.id}`} className="font-medium text-brand-700 hover:underline">
                  {person.name}
                </Link>{" "}
                <span className="text-slate-500">{person.position.name}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {units.length ? (
        <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <span className="font-medium text-slate-800">{t("evaluations.team.distribution")}:</span>
          {units.map((unit) => (
            <Link key={unit.id} href={`/appraisal-progress/units/${unit.id}?year=${query.year}`} className="text-brand-700 hover:underline">
              {unit.name}
            </Link>
          ))}
        </p>
      ) : null}
      {overview.rows.length === 0 ? (
        <EmptyState title={t("evaluations.team.empty")} body={t("evaluations.team.emptyHint")} />
      ) : (
        <>
          <p className="mb-2 text-xs text-slate-600">{t("evaluations.team.overdueRule")}</p>
          <TeamTable overview={overview} />
          <Pagination page={overview.page} pageSize={overview.pageSize} total={overview.total} params={{ year: String(query.year), status: query.status }} basePath="/team" />
        </>
      )}
    </>
  );
}
