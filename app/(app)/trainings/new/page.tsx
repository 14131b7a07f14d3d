import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TrainingForm } from "@/components/trainings/training-form";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { listUnitTree } from "@/lib/org-units/queries";
import { listCompetencyOptions } from "@/lib/positions/queries";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { createTrainingAction } from "@/lib/trainings/catalog-actions";

export const metadata: Metadata = { title: t("trainings.form.createTitle") };

const EMPTY = {
  title: "",
  kind: "",
  provider: "",
  mode: "",
  location: "",
  description: "",
  startDate: "",
  endDate: "",
  registrationDeadline: "",
  hours: "",
  quota: "",
  competencyIds: [],
  positionTypes: [],
  minRankId: "",
  unitId: "",
};

export default async function NewTrainingPage() {
  const user = await requireUser();
  if (!can(user, "training.manage")) notFound();
  const [competencies, units] = await Promise.all([listCompetencyOptions(), listUnitTree()]);
  return (
    <>
      <PageHeader title={t("trainings.form.createTitle")} description={t("trainings.form.createDescription")} />
      <TrainingForm save={createTrainingAction} defaults={EMPTY} competencies={competencies} units={units} cancelHref="/trainings" />
    </>
  );
}
