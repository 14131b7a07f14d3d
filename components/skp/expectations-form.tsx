"use client";

import { useActionState } from "react";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** The rater's specific expectation per BerAKHLAK value, next to the value's official description. */
export function ExpectationsForm({ action, version, current }: { action: FormAction; version: number; current: Partial<Record<CoreValue, string | null>> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <p className="text-sm text-slate-600">{t("skp.behaviour.formIntro")}</p>
      {CORE_VALUES.map(({ value, label, description }) => {
        const name = `expectation.${value}`;
        return (
          <TextareaField
            key={value}
            name={name}
            label={label}
            hint={description}
            optional
            rows={2}
            maxLength={500}
            defaultValue={state.values?.[name] ?? current[value] ?? ""}
            errors={state.fieldErrors?.[name]}
          />
        );
      })}
      <SubmitButton>{t("skp.behaviour.save")}</SubmitButton>
    </form>
  );
}
