import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PeopleSearch, PeopleTable } from "@/components/talent/people-search";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { findTalentPeople } from "@/lib/talent/potential-queries";
import { ZTalentPeopleFilters } from "@/lib/talent/schemas";
import { flatParams, knownUnit } from "@/lib/talent/search-params";

export const metadata: Metadata = { title: t("talent.people.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TalentPeoplePage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "talent.read")) notFound();
  const parsed = ZTalentPeopleFilters.parse(flatParams(await searchParams));
  const units = await listUnitTree();
  const unitId = knownUnit(parsed.unit, units);
  const filters = { ...parsed, unit: unitId ?? undefined };
  const result = await findTalentPeople(user, filters);
  return (
    <>
      <PageHeader title={t("talent.people.title")} description={t("talent.people.description")} />
      <TalentTabs current="people" />
      <PeopleSearch filters={filters} units={units} unitId={unitId} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("talent.people.empty")} body={t("talent.people.emptyBody")} />
      ) : (
        <>
          <PeopleTable rows={result.rows} />
          <Pagination
            page={result.page}
            pageSize={result.pageSize}
            total={result.total}
            params={{ q: filters.q, unit: unitId ? String(unitId) : undefined, missing: filters.missing }}
            basePath="/talent/people"
          />
        </>
      )}
    </>
  );
}
