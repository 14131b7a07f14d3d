import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitTree } from "@/components/org-units/unit-tree";
import { LinkButton } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { listUnitTreeWithCounts } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("orgUnits.title") };

const SAVED: Record<string, string> = {
  created: t("orgUnits.saved.created"),
  updated: t("orgUnits.saved.updated"),
  deleted: t("orgUnits.saved.deleted"),
};

export default async function OrgUnitsPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requireUser();
  if (!can(user, "orgUnit.read")) notFound();
  const [{ saved }, units] = await Promise.all([searchParams, listUnitTreeWithCounts()]);
  const manage = can(user, "orgUnit.manage");
  const add = manage ? <LinkButton href="/org-units/new">{t("orgUnits.new")}</LinkButton> : null;
  return (
    <>
      <PageHeader title={t("orgUnits.title")} description={t("orgUnits.description")} actions={add} />
      <div className="mb-4 empty:hidden">
        <FormMessage tone="success" message={saved ? SAVED[saved] : undefined} />
      </div>
      {units.length ? (
        <UnitTree units={units} manage={manage} linkPositions={can(user, "position.read")} />
      ) : (
        <EmptyState title={t("orgUnits.empty")} body={t("orgUnits.emptyBody")} action={add} />
      )}
    </>
  );
}
