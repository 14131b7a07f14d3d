"use client";

import { useActionState } from "react";
import { TextareaField } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

// The employee's steps on an evaluation page: self-assessment, acknowledgement, appeal.

export function SelfAssessmentForm({ save }: { save: FormAction }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} className="space-y-4" noValidate>
      <FormMessage tone="error" message={state.message} />
      <TextareaField
        name="selfAssessment"
        label={t("evaluations.selfForm.label")}
        hint={t("evaluations.selfForm.hint")}
        required
        rows={6}
        maxLength={4000}
        defaultValue={state.values?.selfAssessment ?? ""}
        errors={state.fieldErrors?.selfAssessment}
      />
      <SubmitButton>{t("evaluations.selfForm.submit")}</SubmitButton>
    </form>
  );
}

/** One click with a confirmation: accepting a result is not undone. */
export function AcknowledgeForm({ save, version, annual }: { save: FormAction; version: number; annual: boolean }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} className="space-y-3">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <ConfirmSubmit variant="primary" label={t("evaluations.ack.button")} message={t(annual ? "evaluations.ack.confirmAnnual" : "evaluations.ack.confirm")} />
    </form>
  );
}

export function AppealForm({ save, version }: { save: FormAction; version: number }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} className="space-y-4" noValidate>
      <FormMessage tone="error" message={state.fieldErrors ? undefined : state.message} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        name="reason"
        label={t("evaluations.appeal.reasonLabel")}
        hint={t("evaluations.appeal.reasonHint")}
        required
        rows={6}
        maxLength={4000}
        defaultValue={state.values?.reason ?? ""}
        errors={state.fieldErrors?.reason}
      />
      <ConfirmSubmit label={t("evaluations.appeal.submit")} message={t("evaluations.appeal.confirm")} variant="danger" />
    </form>
  );
}
