import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitForm } from "@/components/org-units/unit-form";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { updateOrgUnitAction } from "@/lib/org-units/actions";
import { parseId } from "@/lib/route-params";
import { getOrgUnit, listUnitTree } from "@/lib/org-units/queries";
import { subtreeIds } from "@/lib/org-units/tree";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("orgUnits.editTitle") };

export default async function EditOrgUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "orgUnit.manage")) notFound();
  const id = parseId((await params).id);
  if (!id) notFound();
  const [unit, units] = await Promise.all([getOrgUnit(id), listUnitTree()]);
  if (!unit) notFound();
  // The unit cannot go under itself or its own descendants; the mutation refuses it too.
  const excluded = subtreeIds(units, id);
  return (
    <>
      <PageHeader title={t("orgUnits.editOf", { name: unit.name })} />
      <UnitForm
        save={updateOrgUnitAction.bind(null, id)}
        parents={units.filter((candidate) => !excluded.has(candidate.id))}
        defaults={{ code: unit.code, name: unit.name, parentId: unit.parentId ? String(unit.parentId) : "", version: unit.version }}
        submitLabel={t("common.save")}
        cancelHref="/org-units"
      />
    </>
  );
}
