import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvaluationResults } from "@/components/evaluations/evaluation-results";
import { FollowUpCard, RatingsCard, SelfAssessmentCard, SummaryCard } from "@/components/evaluations/evaluation-sections";
import { FeedbackCard } from "@/components/evaluations/feedback-card";
import { RaterForm } from "@/components/evaluations/rater-form";
import { SavedBanner } from "@/components/evaluations/saved-banner";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { acknowledgeAction, selfAssessAction } from "@/lib/evaluations/actions";
import { fileAppealAction } from "@/lib/evaluations/appeal-actions";
import { getEvaluationView } from "@/lib/evaluations/evaluation-queries";
import { t } from "@/lib/i18n";
import { parseId, single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.page.metaTitle") };

type Props = { params: Promise<{ id: string; period: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EvaluationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id: rawId, period } = await params;
  const id = parseId(rawId);
  if (id === null) notFound();
  // Scoped in the query: an SKP outside the user's reach, or a period the SKP does not have, is absent.
  const view = await getEvaluationView(user, id, period);
  if (!view) notFound();
  const saved = single((await searchParams).saved);
  const slug = view.period.slug;
  const { actions, viewer } = view;
  return (
    <>
      <PageHeader
        title={t("evaluations.page.title", { period: view.period.name, year: view.appraisal.year })}
        description={`${view.appraisal.employee.name} · ${view.appraisal.position.name} · ${view.appraisal.unit.name}`}
        actions={
          <LinkButton variant="secondary" href={`/skp/${id}`}>
            {t("evaluations.page.backToSkp")}
          </LinkButton>
        }
      />
      <div className="mb-4">
        <SavedBanner saved={saved} />
      </div>
      {!viewer.isEmployee && !viewer.isRater ? <p className="mb-4 text-sm text-slate-600">{t("evaluations.page.readOnly")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <SummaryCard view={view} />
          <Card title={t("evaluations.page.results")}>
            <EvaluationResults results={view.appraisal.results} />
          </Card>
        </div>
        <div>
          <SelfAssessmentCard view={view} save={actions.selfAssess?.ok ? selfAssessAction.bind(null, id, slug) : null} />
        </div>
      </div>
      <div className="mt-6 space-y-6">
        <RatingsCard view={view}>{actions.rate?.ok ? <RaterForm view={view} /> : undefined}</RatingsCard>
        <FollowUpCard
          view={view}
          actions={{
            acknowledge: actions.acknowledge?.ok ? acknowledgeAction.bind(null, id, slug) : null,
            appeal: actions.appeal?.ok ? fileAppealAction.bind(null, id, slug) : null,
          }}
        />
        {viewer.isRater || viewer.isHr ? <FeedbackCard user={user} view={view} /> : null}
      </div>
    </>
  );
}
