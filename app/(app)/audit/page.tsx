import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditPager } from "@/components/audit/audit-pager";
import { AuditTable } from "@/components/audit/audit-table";
import { FormMessage } from "@/components/ui/form-message";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { toIsoDate } from "@/lib/domain/dates";
import { findAuditLogs, listAuditEntityTypes } from "@/lib/audit/queries";
import { filterNotes, ZAuditFilters } from "@/lib/audit/schemas";
import { t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("audit.title") };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "audit.read")) notFound();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const filters = ZAuditFilters.parse(raw);
  const notes = filterNotes(raw, filters);
  const [page, types] = await Promise.all([findAuditLogs(user, filters), listAuditEntityTypes(user)]);
  // The filters as the pager links carry them (cursors are added per link).
  const params = {
    type: filters.type,
    entity: filters.type ? filters.entity : undefined,
    actor: filters.actor,
    action: filters.action,
    from: filters.from ? toIsoDate(filters.from) : undefined,
    to: filters.to ? toIsoDate(filters.to) : undefined,
  };
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters filters={filters} raw={raw} types={types} notes={notes} />
      {page.actorUnknown ? (
        <div className="mb-4">
          <FormMessage tone="error" message={t("audit.actorUnknown")} />
        </div>
      ) : null}
      {page.rows.length ? <AuditTable rows={page.rows} /> : <EmptyState title={t("audit.empty")} body={t("audit.emptyBody")} />}
      <AuditPager params={params} newer={page.newer} older={page.older} onFirstPage={!filters.before && !filters.after} />
    </>
  );
}
