"use client";

import { useActionState } from "react";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** A dated note by the employee or the rater; the date defaults to today (WIB) and may be earlier. */
export function NoteForm({ action, today, min }: { action: FormAction; today: string; min: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <InputField name="date" label={t("skp.notes.date")} type="date" required min={min} max={today} defaultValue={state.values?.date ?? today} errors={state.fieldErrors?.date} />
        <TextareaField name="text" label={t("skp.notes.text")} required rows={3} maxLength={2000} defaultValue={state.values?.text ?? ""} errors={state.fieldErrors?.text} />
      </div>
      <SubmitButton>{t("skp.notes.add")}</SubmitButton>
    </form>
  );
}
