import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/layout";
import type { AppraisalDetail } from "@/lib/appraisals/plan-queries";
import { agreePlanAction, returnPlanAction, submitPlanAction } from "@/lib/appraisals/plan-actions";
import { t } from "@/lib/i18n";
import { ConfirmActionForm, ReturnPlanForm } from "./action-forms";

export type SkpRole = { employee: boolean; rater: boolean; manager: boolean };

/** The steps open to this reader in this state; the server re-checks each one. */
export function SkpActions({ skp, role }: { skp: AppraisalDetail; role: SkpRole }) {
  const parts: React.ReactNode[] = [];
  if (role.employee && skp.status === "DRAFT") {
    parts.push(
      <div key="draft" className="space-y-3">
        <LinkButton href={`/skp/${skp.id}/edit`}>{skp.results.length ? t("skp.mine.editPlan") : t("skp.mine.writePlan")}</LinkButton>
        {skp.results.length ? (
          <ConfirmActionForm action={submitPlanAction.bind(null, skp.id)} version={skp.version} label={t("skp.actions.submit")} message={t("skp.actions.submitConfirm", { rater: skp.rater.name })} />
        ) : (
          <p className="text-sm text-slate-600">{t("skp.actions.submitNeedsPlan")}</p>
        )}
      </div>,
    );
  }
  if (role.employee && skp.status === "SUBMITTED") parts.push(<p key="wait" className="text-sm text-slate-700">{t("skp.mine.waiting", { rater: skp.rater.name })}</p>);
  if (role.employee && skp.status === "AGREED") {
    parts.push(
      <LinkButton key="record" href={`/skp/${skp.id}/realizations/new`}>
        {t("skp.realization.add")}
      </LinkButton>,
    );
  }
  if (role.rater && skp.status === "SUBMITTED") {
    parts.push(
      <div key="rate" className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("skp.rater.agreeTitle")}</h3>
          <p className="text-sm text-slate-600">{t("skp.rater.agreeHint")}</p>
          <ConfirmActionForm action={agreePlanAction.bind(null, skp.id)} version={skp.version} label={t("skp.rater.agree")} message={t("skp.rater.agreeConfirm", { name: skp.employee.name })} />
        </div>
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("skp.rater.returnTitle")}</h3>
          <ReturnPlanForm action={returnPlanAction.bind(null, skp.id)} version={skp.version} />
        </div>
      </div>,
    );
  }
  if (role.manager && skp.status !== "CLOSED") {
    parts.push(
      <div key="hr" className="space-y-1">
        <LinkButton variant="secondary" href={`/skp/${skp.id}/rater`}>
          {t("skp.raterChange.title")}
        </LinkButton>
        <p className="text-xs text-slate-500">{t("skp.raterChange.linkHint")}</p>
      </div>,
    );
  }
  if (parts.length === 0) return null;
  return (
    <Card title={t("skp.actions.title")}>
      <div className="space-y-4">{parts}</div>
    </Card>
  );
}
