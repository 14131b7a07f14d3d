"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ButtonVariant } from "@/components/ui/styles";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/**
 * One step that is hard to take back (submit, agree, create, delete): a small form that asks in a
 * modal first and shows the server's refusal (out of order, changed meanwhile) above the button.
 */
export function ConfirmActionForm({
  action,
  version,
  label,
  message,
  variant = "primary",
  confirmVariant = variant,
  accessibleLabel,
}: {
  action: FormAction;
  version?: number;
  label: string;
  message: string;
  variant?: ButtonVariant;
  confirmVariant?: ButtonVariant;
  /** A fuller name for screen readers when several such buttons share a label ("Hapus"). */
  accessibleLabel?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage tone="error" message={state.message} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <ConfirmSubmit label={label} message={message} variant={variant} confirmVariant={confirmVariant} accessibleLabel={accessibleLabel} />
    </form>
  );
}

/** The rater sends the plan back with what to change; the employee sees the comment on the draft. */
export function ReturnPlanForm({ action, version }: { action: FormAction; version: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        name="comment"
        label={t("skp.rater.returnComment")}
        hint={t("skp.rater.returnHint")}
        required
        rows={3}
        maxLength={1000}
        defaultValue={state.values?.comment ?? ""}
        errors={state.fieldErrors?.comment}
      />
      <SubmitButton variant="secondary">{t("skp.rater.return")}</SubmitButton>
    </form>
  );
}
