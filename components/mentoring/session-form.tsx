"use client";

import { useActionState } from "react";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { SESSION_MINUTES } from "@/lib/mentoring/pair-rules";

/** "Catat sesi": the date is bounded by the pair's period and today (the server checks again). */
export function SessionForm({ save, min, max }: { save: FormAction; min: string; max: string }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="date" label={t("mentoring.session.date")} type="date" required min={min} max={max} defaultValue={value("date") || max} errors={errors("date")} />
        <InputField
          name="minutes"
          label={t("mentoring.session.minutes")}
          hint={t("mentoring.session.minutesHint", SESSION_MINUTES)}
          required
          type="number"
          inputMode="numeric"
          min={SESSION_MINUTES.min}
          max={SESSION_MINUTES.max}
          step={5}
          defaultValue={value("minutes")}
          errors={errors("minutes")}
        />
        <InputField name="topic" label={t("mentoring.session.topic")} required maxLength={200} defaultValue={value("topic")} errors={errors("topic")} className="sm:col-span-2" />
        <TextareaField name="notes" label={t("mentoring.session.notes")} optional rows={3} maxLength={2000} defaultValue={value("notes")} errors={errors("notes")} className="sm:col-span-2" />
      </div>
      <SubmitButton>{t("mentoring.session.submit")}</SubmitButton>
    </form>
  );
}
