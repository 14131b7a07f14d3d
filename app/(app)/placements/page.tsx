import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SelectionFilters } from "@/components/placements/selection-filters";
import { SelectionTable } from "@/components/placements/selection-table";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { listSelections } from "@/lib/placements/queries";
import { ZSelectionFilters } from "@/lib/placements/schemas";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("placements.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlacementsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "placement.manage")) notFound();
  const query = await searchParams;
  const filters = ZSelectionFilters.parse({ status: single(query.status), page: single(query.page) });
  const result = await listSelections(user, filters);
  return (
    <>
      <PageHeader title={t("placements.title")} description={t("placements.description")} actions={<LinkButton href="/placements/new">{t("placements.open.title")}</LinkButton>} />
      <SelectionFilters filters={filters} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("placements.list.empty")} body={t("placements.list.emptyHint")} />
      ) : (
        <>
          <SelectionTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={{ status: filters.status }} basePath="/placements" />
        </>
      )}
    </>
  );
}
