"use client";

import { useActionState } from "react";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { SUCCESSION_READINESS } from "@/lib/talent/schemas";

/** Adds a successor by NIP; the server refuses anyone outside boxes 7–9 beside the NIP field. */
export function SuccessorForm({ save }: { save: FormAction }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4">
      <p className="text-sm text-slate-600">{t("talent.succession.addIntro")}</p>
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="nip" label={t("talent.succession.nip")} hint={t("talent.succession.nipHint")} required inputMode="numeric" maxLength={24} autoComplete="off" defaultValue={value("nip")} errors={errors("nip")} />
        <SelectField
          name="readiness"
          label={t("talent.succession.readiness")}
          required
          defaultValue={value("readiness") || SUCCESSION_READINESS[0]}
          errors={errors("readiness")}
          options={SUCCESSION_READINESS.map((r) => ({ value: r, label: t(`enums.successionReadiness.${r}`) }))}
        />
        <TextareaField name="note" label={t("talent.succession.note")} optional rows={2} maxLength={1000} defaultValue={value("note")} errors={errors("note")} className="sm:col-span-2" />
      </div>
      <SubmitButton>{t("talent.succession.submit")}</SubmitButton>
    </form>
  );
}
