import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkButton } from "@/components/ui/button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { FormMessage } from "@/components/ui/form-message";
import { Card, PageHeader } from "@/components/ui/layout";
import { formatNumber, t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";
import { deleteTrainingAction } from "@/lib/trainings/catalog-actions";
import { getTrainingForEdit } from "@/lib/trainings/catalog-queries";

export const metadata: Metadata = { title: t("trainings.delete.title") };

export default async function DeleteTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idParam(params);
  const training = await getTrainingForEdit(user, id);
  if (!training) notFound();
  return (
    <>
      <PageHeader title={t("trainings.delete.title")} description={training.title} />
      <Card className="max-w-2xl">
        {training.registrationCount ? (
          <div className="space-y-4">
            <FormMessage tone="error" message={t("trainings.delete.blocked", { n: formatNumber(training.registrationCount) })} />
            <LinkButton variant="secondary" href={`/trainings/${id}`}>
              {t("common.back")}
            </LinkButton>
          </div>
        ) : (
          <div className="space-y-4">
            <p className="text-sm text-slate-800">{t("trainings.delete.confirm", { title: training.title })}</p>
            <ConfirmForm
              action={deleteTrainingAction.bind(null, id)}
              fields={{ version: String(training.version) }}
              confirmLabel={t("trainings.delete.button")}
              pendingLabel={t("trainings.delete.deleting")}
              cancelHref={`/trainings/${id}`}
            />
          </div>
        )}
      </Card>
    </>
  );
}
