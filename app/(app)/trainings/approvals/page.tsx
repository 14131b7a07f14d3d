import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApprovalList } from "@/components/trainings/approval-list";
import { ParamPager } from "@/components/trainings/param-pager";
import { SavedBanner } from "@/components/trainings/saved-banner";
import { TeamRecommendations } from "@/components/trainings/team-recommendations";
import { TrainingTabs } from "@/components/trainings/training-tabs";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { pageParam } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { single } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";
import { getRecommendationsFor } from "@/lib/trainings/recommendation-queries";
import { listPendingApprovals } from "@/lib/trainings/registration-queries";
import { listDirectReports } from "@/lib/trainings/team-queries";

export const metadata: Metadata = { title: t("trainings.approvals.title") };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApprovalsPage({ searchParams }: Props) {
  const user = await requireUser();
  const raw = await searchParams;
  const page = pageParam.parse(single(raw.page));
  const teamPage = pageParam.parse(single(raw.tpage));
  const [pending, team] = await Promise.all([listPendingApprovals(user, page), listDirectReports(user, teamPage)]);
  if (!pending) notFound();
  const recommendations = team?.rows.length ? await getRecommendationsFor(user, team.rows.map((p) => p.id)) : new Map();
  return (
    <>
      <PageHeader title={t("trainings.approvals.title")} description={can(user, "training.manage") ? t("trainings.approvals.descriptionHr") : t("trainings.approvals.description")} />
      <TrainingTabs user={user} current="approvals" />
      <SavedBanner saved={single(raw.saved)} />
      <div className="space-y-8">
        <section aria-labelledby="pending-title">
          <h2 id="pending-title" className="mb-3 text-lg font-semibold text-slate-900">
            {t("trainings.approvals.pending", { n: pending.total })}
          </h2>
          {pending.rows.length ? (
            <>
              <ApprovalList rows={pending.rows} />
              <Pagination page={pending.page} pageSize={pending.pageSize} total={pending.total} params={{ tpage: teamPage > 1 ? String(teamPage) : undefined }} basePath="/trainings/approvals" />
            </>
          ) : (
            <EmptyState title={t("trainings.approvals.empty")} />
          )}
        </section>
        {team && team.total > 0 ? (
          <section id="team" aria-labelledby="team-title">
            <h2 id="team-title" className="mb-1 text-lg font-semibold text-slate-900">
              {t("trainings.recommendations.teamTitle")}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t("trainings.recommendations.teamHint")}</p>
            <TeamRecommendations people={team.rows} recommendations={recommendations} />
            <ParamPager page={team.page} pageSize={team.pageSize} total={team.total} param="tpage" basePath="/trainings/approvals" keep={{ page: page > 1 ? String(page) : undefined }} anchor="team" />
          </section>
        ) : can(user, "training.approve") ? (
          <Card title={t("trainings.recommendations.teamTitle")}>
            <p className="text-sm text-slate-600">{t("trainings.recommendations.noTeam")}</p>
          </Card>
        ) : null}
      </div>
    </>
  );
}
