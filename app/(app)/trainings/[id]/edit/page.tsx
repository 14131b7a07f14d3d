import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrainingForm } from "@/components/trainings/training-form";
import { PageHeader } from "@/components/ui/layout";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { listCompetencyOptions } from "@/lib/positions/queries";
import { idParam } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";
import { updateTrainingAction } from "@/lib/trainings/catalog-actions";
import { getTrainingForEdit } from "@/lib/trainings/catalog-queries";

export const metadata: Metadata = { title: t("trainings.form.editTitle") };

export default async function EditTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idParam(params);
  const training = await getTrainingForEdit(user, id);
  if (!training) notFound();
  const [competencies, units] = await Promise.all([listCompetencyOptions(), listUnitTree()]);
  return (
    <>
      <PageHeader title={t("trainings.form.editTitle")} description={training.title} />
      <TrainingForm
        save={updateTrainingAction.bind(null, id)}
        competencies={competencies}
        units={units}
        cancelHref={`/trainings/${id}`}
        seatsTaken={training.seatsTaken}
        defaults={{
          title: training.title,
          kind: training.kind,
          provider: training.provider,
          mode: training.mode,
          location: training.location ?? "",
          description: training.description ?? "",
          startDate: toIsoDate(training.startDate),
          endDate: toIsoDate(training.endDate),
          registrationDeadline: toIsoDate(training.registrationDeadline),
          hours: String(training.hours),
          quota: String(training.quota),
          competencyIds: training.competencyIds.map(String),
          positionTypes: training.positionTypes,
          minRankId: training.minRankId ? String(training.minRankId) : "",
          unitId: training.unitId ? String(training.unitId) : "",
          version: training.version,
        }}
      />
    </>
  );
}
