"use client";

import { useActionState, useState } from "react";
import { TextareaField } from "@/components/ui/field";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import type { Rating } from "@/lib/domain/predikat";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { PredikatLive } from "./predikat-live";
import { RatingGroup } from "./rating-group";

type Props = { save: FormAction; version: number; current: { workRating: Rating; behaviourRating: Rating } };

/** The atasan pejabat penilai's decision: uphold, or change the two overall ratings; final. */
export function DecisionForm(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  return <DecisionFields key={useStateKey(state)} state={state} action={action} {...props} />;
}

function DecisionFields({ state, action, version, current }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const [decision, setDecision] = useState(state.values?.decision ?? "");
  const [work, setWork] = useState<Rating | null>((state.values?.workRating as Rating | undefined) ?? current.workRating);
  const [behaviour, setBehaviour] = useState<Rating | null>((state.values?.behaviourRating as Rating | undefined) ?? current.behaviourRating);
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-5" noValidate>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <fieldset aria-describedby={errors("decision") ? "decision-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">{t("evaluations.appeals.decisionLegend")}</legend>
        <div className="mt-2 flex flex-col gap-2 sm:flex-row">
          {(["UPHOLD", "CHANGE"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} required className="h-4 w-4" />
              {t(value === "UPHOLD" ? "evaluations.appeals.uphold" : "evaluations.appeals.change")}
            </label>
          ))}
        </div>
        {errors("decision") ? (
          <p id="decision-error" className="mt-1 text-sm text-red-700">
            {errors("decision")?.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {decision === "CHANGE" ? (
        <div className="space-y-4 rounded-md border border-slate-200 p-4">
          <p className="text-xs text-slate-600">{t("evaluations.appeals.newRatingsHint")}</p>
          <RatingGroup name="workRating" legend={t("evaluations.appeals.newWork")} defaultValue={work} errors={errors("workRating")} onChange={setWork} />
          <RatingGroup name="behaviourRating" legend={t("evaluations.appeals.newBehaviour")} defaultValue={behaviour} errors={errors("behaviourRating")} onChange={setBehaviour} />
          <PredikatLive work={work} behaviour={behaviour} />
        </div>
      ) : null}
      <TextareaField
        name="reason"
        label={t("evaluations.appeals.reasonLabel")}
        hint={t("evaluations.appeals.reasonHint")}
        required
        rows={5}
        maxLength={4000}
        defaultValue={state.values?.reason ?? ""}
        errors={errors("reason")}
      />
      <ConfirmSubmit variant="primary" label={t("evaluations.appeals.submit")} message={t("evaluations.appeals.confirm")} />
    </form>
  );
}
