"use client";

import { useActionState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { TRAINING_KIND_TYPE } from "@/lib/domain/career/development";
import { TRAINING_KINDS } from "@/lib/domain/career/enums";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { kindLabel, typeLabel } from "./labels";

/** Training outside the catalog with its certificate; it counts once HR has verified it. */
export function ExternalForm({ save }: { save: FormAction }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="title" label={t("trainings.form.title")} required maxLength={200} defaultValue={value("title")} errors={errors("title")} className="sm:col-span-2" />
        <SelectField
          name="kind"
          label={t("trainings.form.kind")}
          required
          placeholder={t("trainings.form.choose")}
          defaultValue={value("kind")}
          errors={errors("kind")}
          options={TRAINING_KINDS.map((k) => ({ value: k, label: `${kindLabel(k)} (${typeLabel(TRAINING_KIND_TYPE[k])})` }))}
        />
        <InputField name="provider" label={t("trainings.form.provider")} required maxLength={200} defaultValue={value("provider")} errors={errors("provider")} />
        <InputField name="startDate" label={t("trainings.form.startDate")} type="date" required defaultValue={value("startDate")} errors={errors("startDate")} />
        <InputField name="endDate" label={t("trainings.form.endDate")} type="date" required defaultValue={value("endDate")} errors={errors("endDate")} />
        <InputField name="hours" label={t("trainings.form.hours")} hint={t("trainings.form.hoursHint")} required inputMode="decimal" defaultValue={value("hours")} errors={errors("hours")} />
        <InputField name="certificateNumber" label={t("trainings.completion.certificate")} required maxLength={100} defaultValue={value("certificateNumber")} errors={errors("certificateNumber")} />
        <InputField name="file" label={t("trainings.external.file")} hint={t("trainings.external.fileHint")} type="file" required accept="application/pdf,image/png,image/jpeg,image/webp" errors={errors("file")} className="sm:col-span-2" />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("trainings.external.submit")}</SubmitButton>
        <LinkButton variant="secondary" href="/trainings/mine">
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
