import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ExternalForm } from "@/components/trainings/external-form";
import { PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { submitExternalAction } from "@/lib/trainings/external-actions";

export const metadata: Metadata = { title: t("trainings.external.newTitle") };

export default async function NewExternalTrainingPage() {
  const user = await requireUser();
  if (!can(user, "training.register")) notFound();
  return (
    <>
      <PageHeader title={t("trainings.external.newTitle")} description={t("trainings.external.newDescription")} />
      <ExternalForm save={submitExternalAction} />
    </>
  );
}
