"use client";

import { useActionState } from "react";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { EVALUATION_FREQUENCIES } from "@/lib/domain/appraisal/periods";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

type Defaults = { frequency: string; appealDays: number; feedbackDays: number; version: number };

export function SettingsForm({ save, defaults, lockedYear }: { save: FormAction; defaults: Defaults; lockedYear: number | null }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: keyof Defaults) => state.values?.[name] ?? String(defaults[name]);
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    // Remount per answer so the select shows what was submitted, not React's post-action reset.
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={defaults.version} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="frequency"
          label={t("appraisalAdmin.settings.frequency")}
          required
          hint={lockedYear ? t("appraisalAdmin.settings.frequencyLockedHint", { year: lockedYear }) : t("appraisalAdmin.settings.frequencyHint")}
          defaultValue={value("frequency")}
          errors={errors("frequency")}
          options={EVALUATION_FREQUENCIES.map((f) => ({ value: f, label: t(`appraisal.frequency.${f}`) }))}
        />
        <InputField
          name="appealDays"
          label={t("appraisalAdmin.settings.appealDays")}
          hint={t("appraisalAdmin.settings.appealDaysHint")}
          required
          type="number"
          inputMode="numeric"
          min={7}
          max={30}
          defaultValue={value("appealDays")}
          errors={errors("appealDays")}
        />
        <InputField
          name="feedbackDays"
          label={t("appraisalAdmin.settings.feedbackDays")}
          hint={t("appraisalAdmin.settings.feedbackDaysHint")}
          required
          type="number"
          inputMode="numeric"
          min={3}
          max={30}
          defaultValue={value("feedbackDays")}
          errors={errors("feedbackDays")}
        />
      </div>
      <SubmitButton>{t("common.save")}</SubmitButton>
    </form>
  );
}
