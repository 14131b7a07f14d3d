"use client";

import Link from "next/link";
import { useActionState, useId, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { inputStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { predikatFor, type Rating } from "@/lib/domain/predikat";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { DistributionWarning, type DistributionInfo } from "./distribution-warning";
import { PredikatLive } from "./predikat-live";
import { RatingGroup } from "./rating-group";

type Props = {
  save: FormAction;
  name: string;
  version: number;
  fullFormHref: string;
  defaults: { workRating: Rating | null; behaviourRating: Rating | null; feedback: string | null };
  distribution?: { info: DistributionInfo | null };
};

/** One person of the bulk view: its own form, saved in place; the page refreshes the row's data. */
export function BulkRowForm(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  return <BulkFields key={useStateKey(state)} state={state} action={action} {...props} />;
}

function BulkFields({ state, action, name, version, fullFormHref, defaults, distribution }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const prefix = useId();
  const pick = (field: "workRating" | "behaviourRating" | "feedback") => state.values?.[field] ?? defaults[field] ?? "";
  const [work, setWork] = useState<Rating | null>((pick("workRating") || null) as Rating | null);
  const [behaviour, setBehaviour] = useState<Rating | null>((pick("behaviourRating") || null) as Rating | null);
  const feedbackErrors = state.fieldErrors?.feedback;
  return (
    <form action={action} aria-label={t("evaluations.bulk.rowLabel", { name })} className="space-y-3" noValidate>
      {state.ok ? <FormMessage tone="success" message={state.message} /> : <FormMessage tone="error" message={state.message} />}
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 md:grid-cols-2">
        <RatingGroup name="workRating" idPrefix={`${prefix}-work`} legend={t("evaluations.page.workRating")} defaultValue={work} errors={state.fieldErrors?.workRating} onChange={setWork} />
        <RatingGroup name="behaviourRating" idPrefix={`${prefix}-behaviour`} legend={t("evaluations.page.behaviourRating")} defaultValue={behaviour} errors={state.fieldErrors?.behaviourRating} onChange={setBehaviour} />
      </div>
      <PredikatLive work={work} behaviour={behaviour} />
      {distribution ? <DistributionWarning info={distribution.info} chosen={work && behaviour ? predikatFor(work, behaviour) : null} /> : null}
      <div>
        <label htmlFor={`${prefix}-feedback`} className="mb-1 block text-sm font-medium text-slate-800">
          {t("evaluations.rateForm.feedbackLabel")}
        </label>
        <textarea
          id={`${prefix}-feedback`}
          name="feedback"
          rows={2}
          maxLength={4000}
          defaultValue={pick("feedback")}
          aria-invalid={feedbackErrors?.length ? true : undefined}
          aria-describedby={`${prefix}-feedback-hint${feedbackErrors?.length ? ` ${prefix}-feedback-error` : ""}`}
          className={inputStyles}
        />
        <p id={`${prefix}-feedback-hint`} className="mt-1 text-xs text-slate-500">
          {t("evaluations.rateForm.feedbackHint")}
        </p>
        {feedbackErrors?.length ? (
          <p id={`${prefix}-feedback-error`} className="mt-1 text-sm text-red-700">
            {feedbackErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton>{t("evaluations.bulk.save")}</SubmitButton>
        <Link href={fullFormHref} className="text-sm font-medium text-brand-700 hover:underline">
          {t("evaluations.bulk.fullForm")}
        </Link>
      </div>
    </form>
  );
}
