"use client";

import { useActionState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { GOALS_LENGTH, MAX_PAIR_MONTHS } from "@/lib/mentoring/pair-rules";

export function OpenPairForm({ save, hr, defaults }: { save: FormAction; hr: boolean; defaults: { startDate: string } }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? (name === "startDate" ? defaults.startDate : "");
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          name="menteeNip"
          label={t("mentoring.open.menteeNip")}
          hint={hr ? t("mentoring.open.menteeHintHr") : t("mentoring.open.menteeHintTeam")}
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={22}
          defaultValue={value("menteeNip")}
          errors={errors("menteeNip")}
        />
        <InputField
          name="mentorNip"
          label={t("mentoring.open.mentorNip")}
          hint={t("mentoring.open.mentorHint")}
          required
          inputMode="numeric"
          autoComplete="off"
          maxLength={22}
          defaultValue={value("mentorNip")}
          errors={errors("mentorNip")}
        />
        <TextareaField
          name="goals"
          label={t("mentoring.goals")}
          hint={t("mentoring.open.goalsHint", GOALS_LENGTH)}
          required
          rows={4}
          minLength={GOALS_LENGTH.min}
          maxLength={GOALS_LENGTH.max}
          defaultValue={value("goals")}
          errors={errors("goals")}
          className="sm:col-span-2"
        />
        <InputField name="startDate" label={t("mentoring.startDate")} type="date" required defaultValue={value("startDate")} errors={errors("startDate")} />
        <InputField
          name="endDate"
          label={t("mentoring.endDate")}
          hint={t("mentoring.open.endHint", { months: MAX_PAIR_MONTHS })}
          type="date"
          required
          defaultValue={value("endDate")}
          errors={errors("endDate")}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("mentoring.open.submit")}</SubmitButton>
        <LinkButton variant="secondary" href="/mentoring">
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
