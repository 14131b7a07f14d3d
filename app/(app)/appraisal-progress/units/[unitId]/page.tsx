import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DistributionView, RulesCheck } from "@/components/appraisal-admin/distribution-view";
import { FinalizeForm } from "@/components/appraisal-admin/finalize-form";
import { ReleasedTable } from "@/components/appraisal-admin/released-table";
import { YearFilter } from "@/components/appraisal-admin/year-filter";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Card, DetailList, PageHeader } from "@/components/ui/layout";
import { finalizeUnitResultsAction } from "@/lib/appraisal-admin/actions";
import { getUnitDistribution } from "@/lib/appraisal-admin/distribution-queries";
import { listLastReleased } from "@/lib/appraisal-admin/release-queries";
import { yearParam } from "@/lib/appraisal-admin/schemas";
import { pageParam } from "@/lib/forms/fields";
import { formatDateTime, formatNumber, t } from "@/lib/i18n";
import { parseId, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("appraisalAdmin.distribution.metaTitle") };

type Props = { params: Promise<{ unitId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnitDistributionPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ unitId: rawId }, query] = await Promise.all([params, searchParams]);
  const unitId = parseId(rawId);
  if (unitId === null) notFound();
  const year = yearParam(single(query.year));
  const manage = can(user, "appraisal.manage");
  const page = pageParam.parse(single(query.page));
  const [distribution, released] = await Promise.all([getUnitDistribution(user, unitId, year), manage ? listLastReleased(user, unitId, year, page) : null]);
  if (!distribution) notFound();
  const { unit, result } = distribution;
  const releasedNow = single(query.released);
  const basePath = `/appraisal-progress/units/${unit.id}`;
  return (
    <>
      <PageHeader
        title={t("appraisalAdmin.distribution.title", { name: unit.name })}
        description={t("appraisalAdmin.distribution.description", { year })}
        actions={
          <LinkButton variant="secondary" href={manage ? `/appraisal-progress?year=${year}` : "/team"}>
            {manage ? t("appraisalAdmin.distribution.back") : t("appraisalAdmin.distribution.backTeam")}
          </LinkButton>
        }
      />
      <YearFilter action={basePath} year={year} />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={releasedNow && /^\d+$/.test(releasedNow) ? t("appraisalAdmin.finalize.released", { n: formatNumber(Number(releasedNow)) }) : undefined} />
      </div>
      <div className="space-y-6">
        <Card>
          {result ? null : <p className="mb-3 text-sm text-amber-800">{t("appraisalAdmin.distribution.noResult", { year })}</p>}
          <DetailList
            items={[
              { label: t("appraisalAdmin.distribution.result"), value: result ? t(`appraisal.orgResult.${result.result}`) : t("appraisalAdmin.units.none") },
              { label: t("appraisalAdmin.distribution.rated"), value: formatNumber(distribution.rated) },
              { label: t("appraisalAdmin.distribution.notRated"), value: formatNumber(distribution.notRated) },
              { label: t("appraisalAdmin.distribution.pending"), value: formatNumber(distribution.pending) },
              { label: t("appraisalAdmin.distribution.finalizedAt"), value: result?.finalizedAt ? formatDateTime(result.finalizedAt) : t("appraisalAdmin.distribution.never") },
              ...(result?.overrideReason ? [{ label: t("appraisalAdmin.distribution.override"), value: result.overrideReason }] : []),
            ]}
          />
          <p className="mt-3 text-xs text-slate-500">{t("appraisalAdmin.distribution.staffHint")}</p>
          {distribution.excluded.length ? (
            <p className="mt-2 text-sm text-slate-700">
              {t("appraisalAdmin.distribution.excluded")}{" "}
              {distribution.excluded.map((branch, i) => (
                <span key={branch.id}>
                  {i > 0 ? ", " : null}
                  <Link className="font-medium text-brand-700 hover:underline" href={`/appraisal-progress/units/${branch.id}?year=${year}`}>
                    {branch.name}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </Card>
        <div className="grid gap-6 lg:grid-cols-2">
          <DistributionView distribution={distribution} />
          <RulesCheck distribution={distribution} />
        </div>
        {manage ? (
          <Card title={t("appraisalAdmin.finalize.title")}>
            {!result ? (
              <p className="text-sm text-slate-700">
                {t("appraisalAdmin.finalize.needResult")}{" "}
                <Link className="font-medium text-brand-700 hover:underline" href={`/appraisal-settings/units?year=${year}#unit-${unit.id}`}>
                  {t("appraisalAdmin.progress.settingsLink")}
                </Link>
              </p>
            ) : distribution.pending === 0 ? (
              <p className="text-sm text-slate-700">{t("appraisalAdmin.finalize.nothing")}</p>
            ) : (
              <FinalizeForm
                key={result.version}
                finalize={finalizeUnitResultsAction.bind(null, unit.id, year)}
                version={result.version}
                pending={distribution.pending}
                unitName={unit.name}
                violates={distribution.violations.length > 0}
              />
            )}
          </Card>
        ) : null}
        {released ? <ReleasedTable released={released} basePath={basePath} params={{ year: String(year) }} /> : null}
      </div>
    </>
  );
}
