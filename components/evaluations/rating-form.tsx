"use client";

import { useActionState, useState } from "react";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import type { CoreValue } from "@/lib/domain/appraisal/core-values";
import { predikatFor, type Rating } from "@/lib/domain/predikat";
import { resultField, resultNoteField, valueField, valueNoteField } from "@/lib/evaluations/field-names";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { DistributionWarning, type DistributionInfo } from "./distribution-warning";
import { PredikatLive } from "./predikat-live";
import { RatingGroup } from "./rating-group";

export type RatingLine = { rating: Rating; note: string | null };
export type RatingDefaults = {
  workRating: Rating | null;
  behaviourRating: Rating | null;
  feedback: string | null;
  results: Record<number, RatingLine>;
  values: Partial<Record<CoreValue, RatingLine>>;
};

type Props = {
  save: FormAction;
  version: number;
  results: { id: number; position: number; text: string }[];
  values: { value: CoreValue; label: string; description: string; expectation: string | null }[];
  defaults: RatingDefaults;
  /** Annual evaluations only: the live distribution warning (null inside: no unit limit applies). */
  distribution?: { info: DistributionInfo | null };
};

export function RatingForm(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  // Remount per answer: a refused save shows exactly what was submitted, radios included.
  return <RatingFields key={useStateKey(state)} state={state} action={action} {...props} />;
}

function RatingFields({ state, action, version, results, values, defaults, distribution }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const submitted = state.values;
  const pick = (name: string, fallback: string | null | undefined) => (submitted ? (submitted[name] ?? "") : (fallback ?? ""));
  const [work, setWork] = useState<Rating | null>((pick("workRating", defaults.workRating) || null) as Rating | null);
  const [behaviour, setBehaviour] = useState<Rating | null>((pick("behaviourRating", defaults.behaviourRating) || null) as Rating | null);
  const errors = (name: string) => state.fieldErrors?.[name];
  const chosen = work && behaviour ? predikatFor(work, behaviour) : null;
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage tone="error" message={state.message} />
      <p className="text-sm text-slate-600">{t("evaluations.rateForm.intro")}</p>
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("evaluations.rateForm.resultsLegend")}</legend>
        {results.map((result) => (
          <div key={result.id} className="space-y-2 border-b border-slate-100 pb-4 last:border-0 last:pb-0">
            <RatingGroup name={resultField(result.id)} legend={`${t("evaluations.page.rhk")} ${result.position}. ${result.text}`} defaultValue={pick(resultField(result.id), defaults.results[result.id]?.rating)} errors={errors(resultField(result.id))} />
            <NoteField line={`${t("evaluations.page.rhk")} ${result.position}`} name={resultNoteField(result.id)} defaultValue={pick(resultNoteField(result.id), defaults.results[result.id]?.note)} errors={errors(resultNoteField(result.id))} />
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("evaluations.rateForm.valuesLegend")}</legend>
        {values.map((v) => (
          <div key={v.value} className="space-y-2 border-b border-slate-100 pb-4 last:border-0 last:pb-0">
            <RatingGroup
              name={valueField(v.value)}
              legend={v.label}
              description={
                <>
                  <span className="block">{v.description}</span>
                  {v.expectation ? <span className="mt-1 block font-medium text-slate-700">{`${t("evaluations.page.expectation")}: ${v.expectation}`}</span> : null}
                </>
              }
              defaultValue={pick(valueField(v.value), defaults.values[v.value]?.rating)}
              errors={errors(valueField(v.value))}
            />
            <NoteField line={v.label} name={valueNoteField(v.value)} defaultValue={pick(valueNoteField(v.value), defaults.values[v.value]?.note)} errors={errors(valueNoteField(v.value))} />
          </div>
        ))}
      </fieldset>
      <fieldset className="space-y-4 rounded-md border border-brand-200 p-4">
        <legend className="px-1 text-base font-semibold text-slate-900">{t("evaluations.rateForm.overallLegend")}</legend>
        <RatingGroup name="workRating" legend={t("evaluations.page.workRating")} defaultValue={work} errors={errors("workRating")} onChange={setWork} />
        <RatingGroup name="behaviourRating" legend={t("evaluations.page.behaviourRating")} defaultValue={behaviour} errors={errors("behaviourRating")} onChange={setBehaviour} />
        <PredikatLive work={work} behaviour={behaviour} />
        {distribution ? <DistributionWarning info={distribution.info} chosen={chosen} /> : null}
      </fieldset>
      <TextareaField
        name="feedback"
        label={t("evaluations.rateForm.feedbackLabel")}
        hint={t("evaluations.rateForm.feedbackHint")}
        rows={4}
        maxLength={4000}
        defaultValue={pick("feedback", defaults.feedback)}
        errors={errors("feedback")}
      />
      <p className="text-xs text-slate-500">{t("evaluations.rateForm.rerateHint")}</p>
      <SubmitButton>{t("evaluations.rateForm.submit")}</SubmitButton>
    </form>
  );
}

function NoteField({ line, name, defaultValue, errors }: { line: string; name: string; defaultValue: string; errors?: string[] }) {
  return <TextareaField name={name} label={t("evaluations.rateForm.noteLabel", { line })} optional rows={1} maxLength={1000} defaultValue={defaultValue} errors={errors} />;
}
