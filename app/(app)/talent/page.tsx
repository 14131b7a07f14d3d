import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GridSummary, NineBoxGridTable } from "@/components/talent/nine-box-grid";
import { TalentFilters } from "@/components/talent/talent-filters";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { getNineBoxGrid, talentYears } from "@/lib/talent/grid-queries";
import { ZTalentFilters } from "@/lib/talent/schemas";
import { flatParams, knownUnit } from "@/lib/talent/search-params";

export const metadata: Metadata = { title: t("talent.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TalentGridPage({ searchParams }: Props) {
  const user = await requireUser();
  // Staff and supervisors: the page does not exist for them.
  if (!can(user, "talent.read")) notFound();
  const filters = ZTalentFilters.parse(flatParams(await searchParams));
  const [{ years, year }, units] = await Promise.all([talentYears(filters.year), listUnitTree()]);
  const unitId = knownUnit(filters.unit, units);
  const grid = year === null ? null : await getNineBoxGrid(user, { year, unitId });
  return (
    <>
      <PageHeader title={t("talent.title")} description={t("talent.description")} />
      <TalentTabs current="grid" />
      {grid ? (
        <>
          <TalentFilters action="/talent" years={years} year={grid.year} units={units} unitId={unitId} />
          {grid.total === 0 ? <EmptyState title={t("talent.grid.empty")} /> : <NineBoxGridTable grid={grid} />}
          <GridSummary grid={grid} />
        </>
      ) : (
        <EmptyState title={t("talent.grid.noYears")} body={t("talent.grid.noYearsBody")} />
      )}
    </>
  );
}
