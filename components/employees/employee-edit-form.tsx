"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { useStateKey } from "@/components/ui/use-state-key";
import { t } from "@/lib/i18n";
import { IdentityFields, type IdentityDefaults } from "./identity-fields";

export function EmployeeEditForm({ save, defaults, version, status }: { save: FormAction; defaults: IdentityDefaults; version: number; status: string }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    // Remount per answer so selects show what was submitted, not React's post-action reset.
    <form key={useStateKey(state)} action={action} className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <FormMessage tone="error" message={state.message} />
      <p className="text-sm text-slate-600">{t("employees.form.statusReadOnly", { status })}</p>
      <input type="hidden" name="version" value={version} />
      <IdentityFields state={state} defaults={defaults} />
      <SubmitButton>{t("common.save")}</SubmitButton>
    </form>
  );
}
