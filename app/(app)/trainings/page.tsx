import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogFilters } from "@/components/trainings/catalog-filters";
import { CatalogTable } from "@/components/trainings/catalog-table";
import { SavedBanner } from "@/components/trainings/saved-banner";
import { TrainingTabs } from "@/components/trainings/training-tabs";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { findTrainings } from "@/lib/trainings/catalog-queries";
import { ZCatalogFilters } from "@/lib/trainings/catalog-schemas";
import { seesCatalog } from "@/lib/trainings/scope";

export const metadata: Metadata = { title: t("trainings.catalog.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!seesCatalog(user)) notFound();
  const raw = await searchParams;
  const filters = ZCatalogFilters.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, single(v)])));
  const result = await findTrainings(user, filters);
  const manages = can(user, "training.manage");
  const params = { q: filters.q, kind: filters.kind, mode: filters.mode, eligible: filters.eligible, when: filters.when };
  return (
    <>
      <PageHeader
        title={t("trainings.catalog.title")}
        description={manages ? t("trainings.catalog.descriptionHr") : t("trainings.catalog.description")}
        actions={
          <>
            {manages ? <LinkButton href="/trainings/new">{t("trainings.catalog.add")}</LinkButton> : null}
            {can(user, "training.register") ? (
              <LinkButton variant="secondary" href="/trainings/external/new">
                {t("trainings.external.add")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      <TrainingTabs user={user} current="catalog" />
      <SavedBanner saved={single(raw.saved)} />
      <CatalogFilters filters={filters} registers={can(user, "training.register")} />
      {result.rows.length === 0 ? (
        <EmptyState title={t("trainings.catalog.empty")} body={t("trainings.catalog.emptyHint")} />
      ) : (
        <>
          <CatalogTable rows={result.rows} />
          <Pagination page={result.page} pageSize={result.pageSize} total={result.total} params={params} basePath="/trainings" />
        </>
      )}
    </>
  );
}
