"use client";

import { useActionState } from "react";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** A person HR adds outside the pool (by NIP: 100,000 people do not fit a list), with the reason. */
export function AddCandidateForm({ save, version }: { save: FormAction; version: number }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <InputField name="nip" label={t("placements.add.nip")} required inputMode="numeric" maxLength={22} autoComplete="off" defaultValue={state.values?.nip ?? ""} errors={state.fieldErrors?.nip} className="sm:max-w-sm" />
      <TextareaField name="justification" label={t("placements.add.justification")} hint={t("placements.add.justificationHint")} required rows={3} maxLength={2000} defaultValue={state.values?.justification ?? ""} errors={state.fieldErrors?.justification} />
      <SubmitButton>{t("placements.add.submit")}</SubmitButton>
    </form>
  );
}
