import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { fullName } from "@/components/employees/profile-view";
import { RaterChangeForm } from "@/components/skp/rater-change-form";
import { SkpDetails } from "@/components/skp/skp-details";
import { LinkButton } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { changeRaterAction } from "@/lib/appraisals/plan-actions";
import { getAppraisalDetail } from "@/lib/appraisals/plan-queries";
import { t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";
import { can } from "@/lib/server/permissions";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("skp.raterChange.title") };

export default async function ChangeRaterPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  if (!can(user, "appraisal.manage")) notFound();
  const id = await idParam(params);
  const skp = await getAppraisalDetail(user, id);
  if (!skp) notFound();
  const back = `/skp/${id}`;
  return (
    <>
      <PageHeader title={t("skp.raterChange.title")} description={t("skp.detail.heading", { year: skp.year, name: fullName(skp.employee) })} />
      <div className="max-w-3xl space-y-6">
        <Card title={t("skp.detail.summary")}>
          <SkpDetails skp={skp} />
        </Card>
        <Card title={t("skp.raterChange.formTitle")}>
          {skp.status === "CLOSED" ? (
            <EmptyState title={t("skp.errors.plan.ALREADY_CLOSED")} action={<LinkButton href={back}>{t("skp.editor.backToSkp")}</LinkButton>} />
          ) : (
            <div className="space-y-4">
              <p className="text-sm text-slate-700">{t("skp.raterChange.intro")}</p>
              <RaterChangeForm action={changeRaterAction.bind(null, id)} version={skp.version} cancelHref={back} />
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
