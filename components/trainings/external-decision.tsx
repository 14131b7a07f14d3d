import { Card } from "@/components/ui/layout";
import { t } from "@/lib/i18n";
import { decideExternalAction } from "@/lib/trainings/external-actions";
import { ConfirmStepForm } from "./confirm-step-form";
import { DecisionForms } from "./decision-forms";

/** HR's verify (JP credited) or reject-with-reason for a SUBMITTED entry. */
export function ExternalDecision({ id, version, person, title }: { id: number; version: number; person: string; title: string }) {
  const action = decideExternalAction.bind(null, id);
  return (
    <Card title={t("trainings.external.decideTitle")}>
      <p className="mb-3 text-sm text-slate-600">{t("trainings.external.decideHint")}</p>
      <div className="space-y-4">
        <ConfirmStepForm action={action} fields={{ decision: "VERIFY", version }} label={t("trainings.external.verify")} message={t("trainings.external.verifyConfirm", { name: person, title })} />
        <DecisionForms action={action} version={version} person={person} approve={null} decline={{ value: "REJECT", label: t("trainings.external.reject"), confirm: t("trainings.external.rejectConfirm", { name: person, title }) }} />
      </div>
    </Card>
  );
}

