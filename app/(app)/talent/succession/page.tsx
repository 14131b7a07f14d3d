import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeyPositionTable } from "@/components/talent/key-position-table";
import { TalentFilters } from "@/components/talent/talent-filters";
import { TalentTabs } from "@/components/talent/talent-tabs";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { ZTalentFilters } from "@/lib/talent/schemas";
import { flatParams, knownUnit } from "@/lib/talent/search-params";
import { findKeyPositions } from "@/lib/talent/succession-queries";

export const metadata: Metadata = { title: t("talent.succession.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SuccessionPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "talent.read")) notFound();
  const filters = ZTalentFilters.parse(flatParams(await searchParams));
  const units = await listUnitTree();
  const unitId = knownUnit(filters.unit, units);
  const result = await findKeyPositions(user, { unitId, page: filters.page });
  return (
    <>
      <PageHeader title={t("talent.succession.title")} description={t("talent.succession.description")} />
      <TalentTabs current="succession" />
      <TalentFilters action="/talent/succession" units={units} unitId={unitId} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("talent.succession.empty")} body={t("talent.succession.emptyBody")} />
      ) : (
        <>
          <KeyPositionTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={{ unit: unitId ? String(unitId) : undefined }} basePath="/talent/succession" />
        </>
      )}
    </>
  );
}
