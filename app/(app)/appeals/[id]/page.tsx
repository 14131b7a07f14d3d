import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AppealExchange } from "@/components/evaluations/appeal-exchange";
import { DecisionForm } from "@/components/evaluations/decision-form";
import { SavedBanner } from "@/components/evaluations/saved-banner";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { decideAppealAction } from "@/lib/evaluations/appeal-actions";
import { getAppealDetail } from "@/lib/evaluations/appeal-queries";
import { t } from "@/lib/i18n";
import { idParam, single } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("evaluations.appeals.title") };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AppealPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await idParam(params);
  // The decider's own appeals (HR reads all); anything else does not exist here.
  const appeal = await getAppealDetail(user, id);
  if (!appeal) notFound();
  const { evaluation } = appeal;
  return (
    <>
      <PageHeader
        title={t("evaluations.appeals.detailTitle", { name: evaluation.appraisal.employee.name, year: evaluation.year })}
        description={`${evaluation.appraisal.position.name} · ${evaluation.appraisal.unit.name}`}
        actions={
          <LinkButton variant="secondary" href="/appeals">
            {t("common.back")}
          </LinkButton>
        }
      />
      <div className="mb-4">
        <SavedBanner saved={single((await searchParams).saved)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <AppealExchange appeal={appeal} />
        <Card title={t("evaluations.appeals.decisionTitle")}>
          {appeal.canDecide && evaluation.workRating && evaluation.behaviourRating ? (
            <DecisionForm save={decideAppealAction.bind(null, id)} version={evaluation.version} current={{ workRating: evaluation.workRating, behaviourRating: evaluation.behaviourRating }} />
          ) : (
            <p className="text-sm text-slate-600">{appeal.decidedAt ? t("evaluations.appeals.readOnly") : t("evaluations.page.readOnly")}</p>
          )}
        </Card>
      </div>
    </>
  );
}
