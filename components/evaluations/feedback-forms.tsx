"use client";

import { useActionState } from "react";
import { InputField, TextareaField } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import type { CoreValue } from "@/lib/domain/appraisal/core-values";
import { commentField, nipField, valueField } from "@/lib/evaluations/field-names";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { RatingGroup } from "./rating-group";

/** The rater's request for 360 input: one NIP field per remaining slot. */
export function FeedbackRequestForm({ save, slots }: { save: FormAction; slots: number }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} className="space-y-4" noValidate>
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-3 sm:grid-cols-2">
        {Array.from({ length: slots }, (_, i) => nipField(i + 1)).map((name, i) => (
          <InputField
            key={name}
            name={name}
            label={t("evaluations.feedback.nipLabel", { n: i + 1 })}
            hint={i === 0 ? t("evaluations.feedback.nipHint") : undefined}
            inputMode="numeric"
            autoComplete="off"
            maxLength={22}
            defaultValue={state.values?.[name] ?? ""}
            errors={state.fieldErrors?.[name]}
          />
        ))}
      </div>
      <SubmitButton>{t("evaluations.feedback.submit")}</SubmitButton>
    </form>
  );
}

/** A respondent's answer: per core value a rating and a short comment; sent once. */
export function FeedbackAnswerForm({ save, values, commentMax }: { save: FormAction; values: { value: CoreValue; label: string; description: string }[]; commentMax: number }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form key={useStateKey(state)} action={action} className="space-y-6" noValidate>
      <FormMessage tone="error" message={state.message} />
      {values.map((v) => (
        <div key={v.value} className="space-y-2 rounded-md border border-slate-200 p-4">
          <RatingGroup name={valueField(v.value)} legend={v.label} description={v.description} defaultValue={value(valueField(v.value))} errors={state.fieldErrors?.[valueField(v.value)]} />
          <TextareaField
            name={commentField(v.value)}
            label={`${t("evaluations.answer.commentLabel", { max: commentMax })} — ${v.label}`}
            optional
            rows={2}
            maxLength={commentMax}
            defaultValue={value(commentField(v.value))}
            errors={state.fieldErrors?.[commentField(v.value)]}
          />
        </div>
      ))}
      <ConfirmSubmit variant="primary" label={t("evaluations.answer.submit")} message={t("evaluations.answer.confirm")} />
    </form>
  );
}
