import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PositionFilters } from "@/components/positions/position-filters";
import { PositionTable } from "@/components/positions/position-table";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { findPositions } from "@/lib/positions/queries";
import { ZPositionFilters } from "@/lib/positions/schemas";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("positions.title") };

const SAVED: Record<string, string> = { deleted: t("positions.saved.deleted") };

export default async function PositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "position.read")) notFound();
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filters = ZPositionFilters.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, first(value)])));
  const [result, units] = await Promise.all([findPositions(filters), listUnitTree()]);
  const saved = first(raw.saved);
  const filtered = Boolean(filters.q || filters.unit || filters.type || filters.active);
  const add = can(user, "position.manage") ? <LinkButton href="/positions/new">{t("positions.new")}</LinkButton> : null;
  const params = { q: filters.q, unit: filters.unit?.toString(), type: filters.type, active: filters.active };
  return (
    <>
      <PageHeader title={t("positions.title")} description={t("positions.description")} actions={add} />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={saved ? SAVED[saved] : undefined} />
      </div>
      <PositionFilters filters={filters} units={units} />
      {result.rows.length === 0 ? (
        filtered || filters.page > 1 ? (
          <EmptyState title={t("positions.empty")} body={t("positions.emptyBody")} />
        ) : (
          <EmptyState title={t("positions.emptyAll")} action={add} />
        )
      ) : (
        <>
          <PositionTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={params} basePath="/positions" />
        </>
      )}
    </>
  );
}
