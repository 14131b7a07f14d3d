"use client";

import { useActionState } from "react";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { POTENTIAL_SOURCES } from "@/lib/talent/schemas";

/** HR's form for one assessment result; remounts per answer so a refused submit shows what was typed. */
export function PotentialForm({ save, today }: { save: FormAction; today: string }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="score" label={t("talent.person.score")} hint={t("talent.person.scoreHint")} required inputMode="decimal" maxLength={6} defaultValue={value("score")} errors={errors("score")} />
        <InputField name="assessedOn" label={t("talent.person.assessedOn")} type="date" required max={today} defaultValue={value("assessedOn")} errors={errors("assessedOn")} />
        <InputField
          name="source"
          label={t("talent.person.source")}
          hint={t("talent.person.sourceHint")}
          required
          maxLength={200}
          list="potential-sources"
          defaultValue={value("source") || POTENTIAL_SOURCES[0]}
          errors={errors("source")}
          className="sm:col-span-2"
        />
        <datalist id="potential-sources">
          {POTENTIAL_SOURCES.map((source) => (
            <option key={source} value={source} />
          ))}
        </datalist>
      </div>
      <SubmitButton>{t("talent.person.submit")}</SubmitButton>
    </form>
  );
}
