import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PositionForm } from "@/components/positions/position-form";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { listUnitTree } from "@/lib/org-units/queries";
import { updatePositionAction } from "@/lib/positions/actions";
import { getPositionDetail, listCompetencyOptions } from "@/lib/positions/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("positions.editTitle") };

export default async function EditPositionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "position.manage")) notFound();
  const id = parseId((await params).id);
  if (!id) notFound();
  const [position, units, competencies] = await Promise.all([getPositionDetail(id), listUnitTree(), listCompetencyOptions()]);
  if (!position) notFound();
  return (
    <>
      <PageHeader title={t("positions.editTitle")} description={position.name} />
      <PositionForm
        save={updatePositionAction.bind(null, id)}
        units={units}
        competencies={competencies}
        defaults={{
          name: position.name,
          type: position.type,
          functionalLevel: position.functionalLevel ?? "",
          grade: String(position.grade),
          unitId: String(position.unit.id),
          minRankId: position.minRank ? String(position.minRank.id) : "",
          minEducation: position.minEducation ?? "",
          formation: String(position.formation),
          active: position.active,
          isKey: position.isKey,
          version: position.version,
          standard: position.competencies.map((row) => ({ competencyId: String(row.competency.id), requiredLevel: String(row.requiredLevel) })),
        }}
        cancelHref={`/positions/${id}`}
      />
    </>
  );
}
