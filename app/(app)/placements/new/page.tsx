import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OpenSelectionForm } from "@/components/placements/open-selection-form";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { openSelectionAction } from "@/lib/placements/actions";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("placements.open.title") };

export default async function OpenSelectionPage() {
  const user = await requireUser();
  if (!can(user, "placement.manage")) notFound();
  const units = await listUnitTree();
  return (
    <>
      <PageHeader
        title={t("placements.open.title")}
        description={t("placements.open.description")}
        actions={
          <LinkButton variant="secondary" href="/placements">
            {t("placements.backToList")}
          </LinkButton>
        }
      />
      <OpenSelectionForm save={openSelectionAction} units={units} minTmt={toIsoDate(today())} />
    </>
  );
}
