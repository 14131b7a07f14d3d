import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BoxPeopleTable } from "@/components/talent/box-people-table";
import { TalentFilters } from "@/components/talent/talent-filters";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { TALENT_POOL_BOXES } from "@/lib/domain/talent/nine-box";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { findBoxPeople } from "@/lib/talent/box-people-queries";
import { talentYears } from "@/lib/talent/grid-queries";
import { ZTalentFilters } from "@/lib/talent/schemas";
import { flatParams, knownUnit } from "@/lib/talent/search-params";

export const metadata: Metadata = { title: t("talent.pool.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TalentPoolPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "talent.read")) notFound();
  const filters = ZTalentFilters.parse(flatParams(await searchParams));
  const [{ years, year }, units] = await Promise.all([talentYears(filters.year), listUnitTree()]);
  const unitId = knownUnit(filters.unit, units);
  const type = filters.type ?? null;
  const result = year === null ? null : await findBoxPeople(user, { year, boxes: TALENT_POOL_BOXES, unitId, type, page: filters.page });
  return (
    <>
      <PageHeader title={t("talent.pool.title")} description={year === null ? undefined : t("talent.pool.description", { year })} />
      <TalentTabs current="pool" />
      {year === null || !result ? (
        <EmptyState title={t("talent.grid.noYears")} body={t("talent.grid.noYearsBody")} />
      ) : (
        <>
          <TalentFilters action="/talent/pool" years={years} year={year} units={units} unitId={unitId} type={type} />
          {result.rows.length === 0 ? (
            <EmptyState title={t("talent.pool.empty")} body={t("talent.pool.emptyBody")} />
          ) : (
            <>
              <BoxPeopleTable rows={result.rows} caption={t("talent.pool.caption", { year })} showBox />
              <Pagination
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                params={{ year: String(year), unit: unitId ? String(unitId) : undefined, type: type ?? undefined }}
                basePath="/talent/pool"
              />
            </>
          )}
        </>
      )}
    </>
  );
}
