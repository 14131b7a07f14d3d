import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlanEditor } from "@/components/skp/plan-editor";
import type { PlanDraftInput } from "@/components/skp/plan-editor-types";
import { LinkButton } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { savePlanAction } from "@/lib/appraisals/plan-actions";
import { getPlanForEditing } from "@/lib/appraisals/plan-queries";
import { isPlanEditable } from "@/lib/domain/appraisal/plan-state";
import { formatDate, t } from "@/lib/i18n";
import { idParam } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

export const metadata: Metadata = { title: t("skp.editor.title") };

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await idParam(params);
  // Only the employee's own SKP; anyone else's is not found.
  const found = await getPlanForEditing(user, id);
  if (!found) notFound();
  const { appraisal, raterResults } = found;
  const back = `/skp/${id}`;
  const header = (
    <PageHeader
      title={t("skp.editor.title")}
      description={t("skp.editor.description", { year: appraisal.year, from: formatDate(appraisal.periodStart), to: formatDate(appraisal.periodEnd), rater: appraisal.rater.name })}
    />
  );
  if (!isPlanEditable(appraisal.status)) {
    return (
      <>
        {header}
        <EmptyState
          title={t("skp.editor.locked")}
          body={t(appraisal.status === "CLOSED" ? "skp.errors.plan.ALREADY_CLOSED" : "skp.errors.plan.NOT_EDITABLE")}
          action={<LinkButton href={back}>{t("skp.editor.backToSkp")}</LinkButton>}
        />
      </>
    );
  }
  const initial: PlanDraftInput = appraisal.results.map((r) => ({
    id: String(r.id),
    text: r.text,
    parentResultId: r.parentResult ? String(r.parentResult.id) : "",
    indicators: r.indicators.map((i) => ({ text: i.text, targetKind: i.targetKind, targetValue: i.targetValue ?? "", targetUnit: i.targetUnit ?? "", targetText: i.targetText ?? "" })),
  }));
  return (
    <>
      {header}
      {appraisal.returnComment ? (
        <div role="note" className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
          <p className="font-semibold">{t("skp.detail.returned")}</p>
          <p className="mt-1 whitespace-pre-line">{appraisal.returnComment}</p>
        </div>
      ) : null}
      <PlanEditor save={savePlanAction.bind(null, id)} version={appraisal.version} initial={initial} raterResults={raterResults} cancelHref={back} />
    </>
  );
}
