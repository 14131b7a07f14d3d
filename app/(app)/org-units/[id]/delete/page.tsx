import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { Card, PageHeader } from "@/components/ui/layout";
import { formatNumber, t } from "@/lib/i18n";
import { deleteOrgUnitAction } from "@/lib/org-units/actions";
import { parseId } from "@/lib/route-params";
import { getOrgUnit } from "@/lib/org-units/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("orgUnits.deleteTitle") };

export default async function DeleteOrgUnitPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "orgUnit.manage")) notFound();
  const id = parseId((await params).id);
  const unit = id ? await getOrgUnit(id) : null;
  if (!unit) notFound();
  const blocked = unit.subUnits + unit.positions + unit.employees > 0;
  const counts = { subUnits: formatNumber(unit.subUnits), positions: formatNumber(unit.positions), employees: formatNumber(unit.employees) };
  return (
    <>
      <PageHeader title={t("orgUnits.deleteOf", { name: unit.name })} />
      <Card className="max-w-2xl">
        {blocked ? (
          <div className="space-y-4">
            <FormMessage tone="error" message={t("orgUnits.cannotDelete", counts)} />
            <LinkButton variant="secondary" href="/org-units">
              {t("common.back")}
            </LinkButton>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-800">{t("orgUnits.confirmDelete", { name: unit.name, code: unit.code })}</p>
            <ConfirmForm
              action={deleteOrgUnitAction.bind(null, unit.id)}
              fields={{ version: String(unit.version) }}
              confirmLabel={t("orgUnits.confirmButton")}
              pendingLabel={t("orgUnits.deleting")}
              cancelHref="/org-units"
            />
          </div>
        )}
      </Card>
    </>
  );
}
