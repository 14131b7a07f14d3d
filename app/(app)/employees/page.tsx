import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DirectoryFilters } from "@/components/employees/directory-filters";
import { DirectoryTable } from "@/components/employees/directory-table";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { findEmployees } from "@/lib/employees/queries";
import { ZDirectoryFilters } from "@/lib/employees/schemas";
import { directoryScope } from "@/lib/employees/scope";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("employees.title") };

export default async function EmployeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!directoryScope(user)) notFound();
  const raw = await searchParams;
  const filters = ZDirectoryFilters.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const [result, units] = await Promise.all([findEmployees(user, filters), listUnitTree()]);
  const seesAll = can(user, "employee.read.all");
  const params = { q: filters.q, unit: filters.unit?.toString(), rank: filters.rank?.toString(), type: filters.type, status: filters.status, sort: filters.sort };
  return (
    <>
      <PageHeader
        title={seesAll ? t("employees.title") : t("employees.teamTitle")}
        description={seesAll ? t("employees.descriptionAll") : t("employees.descriptionTeam")}
        actions={can(user, "employee.create") ? <LinkButton href="/employees/new">{t("employees.add")}</LinkButton> : null}
      />
      <DirectoryFilters filters={filters} units={units} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("employees.empty")} body={t("employees.emptyHint")} />
      ) : (
        <>
          <DirectoryTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={params} basePath="/employees" />
        </>
      )}
    </>
  );
}
