"use client";

import { useActionState } from "react";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

export function AwardForm({ save, today }: { save: FormAction; today: string }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="name" label={t("records.award.name")} hint={t("records.award.nameHint")} required maxLength={200} defaultValue={value("name")} errors={errors("name")} className="sm:col-span-2" />
        <InputField name="grantor" label={t("records.award.grantor")} required maxLength={200} defaultValue={value("grantor")} errors={errors("grantor")} className="sm:col-span-2" />
        <InputField name="skNumber" label={t("records.skNumber")} required maxLength={100} defaultValue={value("skNumber")} errors={errors("skNumber")} />
        <InputField name="skDate" label={t("records.skDate")} type="date" required max={today} defaultValue={value("skDate")} errors={errors("skDate")} />
      </div>
      <SubmitButton>{t("records.award.submit")}</SubmitButton>
    </form>
  );
}
