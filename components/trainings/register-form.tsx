"use client";

import { useActionState } from "react";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

export function RegisterForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormMessage tone="error" message={state.message} />
      <TextareaField
        name="motivation"
        label={t("trainings.register.motivation")}
        hint={t("trainings.register.motivationHint")}
        optional
        rows={3}
        maxLength={1000}
        defaultValue={state.values?.motivation ?? ""}
        errors={state.fieldErrors?.motivation}
      />
      <SubmitButton pendingLabel={t("trainings.register.sending")}>{t("trainings.register.submit")}</SubmitButton>
    </form>
  );
}
