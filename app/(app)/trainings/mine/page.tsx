import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JpProgressCard } from "@/components/trainings/jp-progress";
import { MyExternalList } from "@/components/trainings/my-external-list";
import { MyRegistrations } from "@/components/trainings/my-registrations";
import { RecommendationList } from "@/components/trainings/recommendation-list";
import { SavedBanner } from "@/components/trainings/saved-banner";
import { TrainingTabs } from "@/components/trainings/training-tabs";
import { recentYears, YearSelect } from "@/components/trainings/year-select";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { today } from "@/lib/clock";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { getJpYear } from "@/lib/trainings/development-queries";
import { listMyExternalTrainings } from "@/lib/trainings/external-queries";
import { yearParam } from "@/lib/trainings/fields";
import { getRecommendations } from "@/lib/trainings/recommendation-queries";
import { listMyRegistrations } from "@/lib/trainings/registration-queries";

export const metadata: Metadata = { title: t("trainings.mine.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MyTrainingsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "training.register")) notFound();
  const raw = await searchParams;
  const current = today().getUTCFullYear();
  const year = yearParam.parse(single(raw.year)) ?? current;
  const [jp, registrations, externals, recommendations] = await Promise.all([
    getJpYear(user, user.employeeId, year),
    listMyRegistrations(user, year),
    listMyExternalTrainings(user, year),
    getRecommendations(user, user.employeeId),
  ]);
  if (!jp) notFound();
  return (
    <>
      <PageHeader
        title={t("trainings.mine.title")}
        description={t("trainings.mine.description")}
        actions={<LinkButton href="/trainings/external/new">{t("trainings.external.add")}</LinkButton>}
      />
      <TrainingTabs user={user} current="mine" />
      <SavedBanner saved={single(raw.saved)} />
      <div className="mb-4">
        <YearSelect action="/trainings/mine" year={year} years={recentYears(current)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        {/* min-w-0: a grid item grows to its widest table otherwise, and the page with it on a phone. */}
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <section aria-labelledby="registrations-title">
            <h2 id="registrations-title" className="mb-3 text-lg font-semibold text-slate-900">
              {t("trainings.mine.registrations")}
            </h2>
            <MyRegistrations rows={registrations} />
          </section>
          <section aria-labelledby="external-title">
            <h2 id="external-title" className="mb-3 text-lg font-semibold text-slate-900">
              {t("trainings.mine.external")}
            </h2>
            <MyExternalList rows={externals} />
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <JpProgressCard jp={jp} />
          <Card title={t("trainings.recommendations.title")}>
            {recommendations?.evaluation ? <p className="mb-3 text-xs text-slate-500">{t("trainings.recommendations.basedOn", { period: recommendations.evaluation })}</p> : null}
            {recommendations ? <RecommendationList recommendations={recommendations} /> : null}
          </Card>
        </div>
      </div>
    </>
  );
}
