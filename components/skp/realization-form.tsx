"use client";

import { useActionState, useState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { MAX_EVIDENCE_BYTES } from "@/lib/appraisals/evidence";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";

export type IndicatorChoice = { id: number; label: string; numeric: boolean; unit: string | null };

type Props = { action: FormAction; indicators: IndicatorChoice[]; defaultIndicator: string; min: string; max: string; cancelHref: string };

export function RealizationForm(props: Props) {
  const [state, formAction] = useActionState(props.action, initialFormState);
  return <Fields key={useStateKey(state)} state={state} formAction={formAction} {...props} />;
}

function Fields({ state, formAction, indicators, defaultIndicator, min, max, cancelHref }: Props & { state: FormState; formAction: (formData: FormData) => void }) {
  const value = (name: string) => state.values?.[name] ?? "";
  const [indicatorId, setIndicatorId] = useState(value("indicatorId") || defaultIndicator);
  // The server refuses a file above 2 MB too; saying so before the upload saves a long wait on a phone.
  const [fileError, setFileError] = useState<string | null>(null);
  const chosen = indicators.find((i) => String(i.id) === indicatorId);
  const fileErrors = fileError ? [fileError] : state.fieldErrors?.file;
  return (
    <form action={formAction} className="space-y-4" noValidate onSubmit={(event) => fileError && event.preventDefault()}>
      <FormMessage tone="error" message={state.message} />
      <SelectField
        name="indicatorId"
        label={t("skp.realization.indicator")}
        required
        placeholder={t("skp.realization.chooseIndicator")}
        value={indicatorId}
        onChange={(event) => setIndicatorId(event.target.value)}
        options={indicators.map((i) => ({ value: String(i.id), label: i.label }))}
        errors={state.fieldErrors?.indicatorId}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="date" label={t("skp.realization.date")} type="date" required min={min} max={max} defaultValue={value("date") || max} errors={state.fieldErrors?.date} />
        {chosen?.numeric ? (
          <InputField
            name="value"
            label={chosen.unit ? t("skp.realization.valueWithUnit", { unit: chosen.unit }) : t("skp.realization.value")}
            required
            inputMode="decimal"
            defaultValue={value("value")}
            errors={state.fieldErrors?.value}
          />
        ) : null}
      </div>
      <TextareaField name="text" label={t("skp.realization.text")} required rows={3} maxLength={1000} defaultValue={value("text")} errors={state.fieldErrors?.text} />
      <InputField name="link" label={t("skp.realization.link")} hint={t("skp.realization.linkHint")} optional type="url" maxLength={500} defaultValue={value("link")} errors={state.fieldErrors?.link} />
      <InputField
        name="file"
        label={t("skp.realization.file")}
        hint={t("skp.realization.fileHint")}
        optional
        type="file"
        accept="application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp"
        onChange={(event) => {
          const file = event.target.files?.[0];
          setFileError(file && file.size > MAX_EVIDENCE_BYTES ? t("skp.errors.fileTooLarge") : null);
        }}
        errors={fileErrors}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("skp.realization.save")}</SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
