import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitForm } from "@/components/org-units/unit-form";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { createOrgUnitAction } from "@/lib/org-units/actions";
import { parseId } from "@/lib/route-params";
import { listUnitTree } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("orgUnits.newTitle") };

export default async function NewOrgUnitPage({ searchParams }: { searchParams: Promise<{ parent?: string }> }) {
  const user = await requireUser();
  if (!can(user, "orgUnit.manage")) notFound();
  const [{ parent }, units] = await Promise.all([searchParams, listUnitTree()]);
  // ?parent= preselects the unit the "add sub-unit" link came from, when it exists.
  const parentId = parent ? parseId(parent) : null;
  const preselected = units.find((unit) => unit.id === parentId);
  return (
    <>
      <PageHeader title={t("orgUnits.newTitle")} description={preselected ? t("orgUnits.newChildOf", { name: preselected.name }) : undefined} />
      <UnitForm
        save={createOrgUnitAction}
        parents={units}
        defaults={{ code: "", name: "", parentId: preselected ? String(preselected.id) : "" }}
        submitLabel={t("common.save")}
        cancelHref="/org-units"
      />
    </>
  );
}
