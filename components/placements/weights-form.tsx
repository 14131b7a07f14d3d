"use client";

import { useActionState, useState } from "react";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { MERIT_KEYS, type MeritKey, type MeritWeights } from "@/lib/domain/talent/merit";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";

type Props = { save: FormAction; version: number; current: MeritWeights };

export function WeightsForm(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  return <WeightsFields key={useStateKey(state)} state={state} action={action} {...props} />;
}

function WeightsFields({ state, action, version, current }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const start = Object.fromEntries(MERIT_KEYS.map((key) => [key, state.values?.[key] ?? String(current[key])])) as Record<MeritKey, string>;
  const [values, setValues] = useState(start);
  const total = MERIT_KEYS.reduce((sum, key) => sum + (Number.parseInt(values[key], 10) || 0), 0);
  const totalErrors = state.fieldErrors?.total;
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <fieldset aria-describedby={["weights-total", totalErrors?.length ? "total-error" : null].filter(Boolean).join(" ")}>
        <legend className="text-sm font-semibold text-slate-900">{t("placements.weights.legend")}</legend>
        <div className="mt-2 grid gap-4 sm:grid-cols-3">
          {MERIT_KEYS.map((key) => (
            <InputField
              key={key}
              name={key}
              type="number"
              inputMode="numeric"
              min={0}
              max={100}
              step={1}
              required
              label={t(`placements.components.${key}`)}
              value={values[key]}
              onChange={(event) => setValues({ ...values, [key]: event.target.value })}
              errors={state.fieldErrors?.[key]}
            />
          ))}
        </div>
        <p id="weights-total" aria-live="polite" className={`mt-2 text-sm font-medium ${total === 100 ? "text-slate-700" : "text-amber-800"}`}>
          {t(total === 100 ? "placements.weights.totalOk" : "placements.weights.totalOff", { total })}
        </p>
        {totalErrors?.length ? (
          <p id="total-error" className="mt-1 text-sm text-red-700">
            {totalErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextareaField name="reason" label={t("placements.weights.reason")} hint={t("placements.weights.reasonHint")} required rows={3} maxLength={2000} defaultValue={state.values?.reason ?? ""} errors={state.fieldErrors?.reason} />
      <SubmitButton pendingLabel={t("placements.weights.pending")}>{t("placements.weights.submit")}</SubmitButton>
    </form>
  );
}
