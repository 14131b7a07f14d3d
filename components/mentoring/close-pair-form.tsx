"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** Closing is final (no more sessions), so it asks in a modal after the outcome is written. */
export function ClosePairForm({ save, version }: { save: FormAction; version: number }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-3">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        name="outcome"
        label={t("mentoring.close.outcome")}
        hint={t("mentoring.close.outcomeHint")}
        required
        rows={4}
        maxLength={2000}
        defaultValue={state.values?.outcome ?? ""}
        errors={state.fieldErrors?.outcome}
      />
      <ConfirmSubmit label={t("mentoring.close.submit")} message={t("mentoring.close.confirm")} variant="primary" />
    </form>
  );
}
