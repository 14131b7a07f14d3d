"use client";

import { useActionState, useId, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { RowField } from "./row-field";

type Props = { action: FormAction; version: number; person: string; current: { outcome: string; certificateNumber: string; completedAt: string }; defaultDate: string };

/** HR's attendance record of one participant: completed with a certificate, or not completed. */
export function CompletionForm(props: Props) {
  const [state, formAction] = useActionState(props.action, initialFormState);
  return <CompletionFields key={useStateKey(state)} state={state} formAction={formAction} {...props} />;
}

function CompletionFields({ state, formAction, version, person, current, defaultDate }: Props & { state: FormState; formAction: (formData: FormData) => void }) {
  const id = useId();
  const [outcome, setOutcome] = useState(state.values?.outcome ?? (current.outcome || "COMPLETED"));
  const errors = (name: string) => state.fieldErrors?.[name];
  const value = (name: "certificateNumber" | "completedAt", fallback: string) => state.values?.[name] ?? fallback;
  return (
    <form action={formAction} className="space-y-2" noValidate aria-label={t("trainings.completion.formLabel", { name: person })}>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      {/* relative: the sr-only legend is positioned absolutely; inside a scrolling table it must stay in the scroller. */}
      <fieldset className="relative">
        <legend className="sr-only">{t("trainings.completion.outcome", { name: person })}</legend>
        <div className="flex flex-wrap gap-3 text-sm">
          {(["COMPLETED", "NOT_COMPLETED"] as const).map((option) => (
            <label key={option} className="flex items-center gap-1.5">
              <input type="radio" name="outcome" value={option} checked={outcome === option} onChange={() => setOutcome(option)} className="h-4 w-4" />
              {t(`trainings.status.${option}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {outcome === "COMPLETED" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <RowField id={id} name="certificateNumber" label={t("trainings.completion.certificate")} required maxLength={100} defaultValue={value("certificateNumber", current.certificateNumber)} errors={errors("certificateNumber")} />
          <RowField id={id} name="completedAt" label={t("trainings.completion.date")} type="date" defaultValue={value("completedAt", current.completedAt || defaultDate)} errors={errors("completedAt")} />
        </div>
      ) : null}
      <SubmitButton variant="secondary">{t("trainings.completion.save")}</SubmitButton>
    </form>
  );
}
