import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConfirmStepForm } from "@/components/trainings/confirm-step-form";
import { ParticipantsSection } from "@/components/trainings/participants-section";
import { RegisterPanel } from "@/components/trainings/register-panel";
import { SavedBanner } from "@/components/trainings/saved-banner";
import { TrainingSummary } from "@/components/trainings/training-summary";
import { TrainingTabs } from "@/components/trainings/training-tabs";
import { LinkButton } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { idParam, single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { publishTrainingAction, unpublishTrainingAction } from "@/lib/trainings/catalog-actions";
import { getTrainingDetail } from "@/lib/trainings/catalog-queries";
import { listTrainingRegistrations } from "@/lib/trainings/registration-queries";
import { ZRegistrationFilters } from "@/lib/trainings/registration-schemas";

export const metadata: Metadata = { title: t("trainings.detail.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrainingPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // Scoped in the query: unpublished (for staff) or absent is the same as not existing.
  const training = await getTrainingDetail(user, id);
  if (!training) notFound();
  const raw = await searchParams;
  const manages = can(user, "training.manage");
  const filters = ZRegistrationFilters.parse({ status: single(raw.status), page: single(raw.page) });
  const participants = manages ? await listTrainingRegistrations(user, id, filters) : null;
  return (
    <>
      <PageHeader
        title={training.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {training.provider}
            {!training.published ? <Badge tone="warning">{t("trainings.catalog.draft")}</Badge> : null}
          </span>
        }
        actions={
          manages ? (
            <>
              <LinkButton href={`/trainings/${id}/edit`}>{t("common.edit")}</LinkButton>
              <ConfirmStepForm
                action={(training.published ? unpublishTrainingAction : publishTrainingAction).bind(null, id)}
                fields={{ version: training.version }}
                label={training.published ? t("trainings.detail.unpublish") : t("trainings.detail.publish")}
                message={training.published ? t("trainings.detail.unpublishConfirm") : t("trainings.detail.publishConfirm")}
                variant="secondary"
              />
              {training.registrationCount === 0 ? (
                <LinkButton variant="secondary" href={`/trainings/${id}/delete`}>
                  {t("common.delete")}
                </LinkButton>
              ) : null}
            </>
          ) : null
        }
      />
      <TrainingTabs user={user} current={null} />
      <SavedBanner saved={single(raw.saved)} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <TrainingSummary training={training} />
        </div>
        <div>
          <RegisterPanel training={training} />
        </div>
      </div>
      {participants ? (
        <div className="mt-8">
          <ParticipantsSection training={training} result={participants} filters={filters} />
        </div>
      ) : null}
    </>
  );
}
