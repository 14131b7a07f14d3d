import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PositionForm } from "@/components/positions/position-form";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { listUnitTree } from "@/lib/org-units/queries";
import { createPositionAction } from "@/lib/positions/actions";
import { listCompetencyOptions } from "@/lib/positions/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("positions.newTitle") };

export default async function NewPositionPage({ searchParams }: { searchParams: Promise<{ unit?: string }> }) {
  const user = await requireUser();
  if (!can(user, "position.manage")) notFound();
  const [{ unit }, units, competencies] = await Promise.all([searchParams, listUnitTree(), listCompetencyOptions()]);
  const unitId = unit ? parseId(unit) : null;
  return (
    <>
      <PageHeader title={t("positions.newTitle")} />
      <PositionForm
        save={createPositionAction}
        units={units}
        competencies={competencies}
        defaults={{
          name: "",
          type: "",
          functionalLevel: "",
          grade: "",
          unitId: unitId && units.some((u) => u.id === unitId) ? String(unitId) : "",
          minRankId: "",
          minEducation: "",
          formation: "1",
          active: true,
          standard: [],
        }}
        cancelHref="/positions"
      />
    </>
  );
}
