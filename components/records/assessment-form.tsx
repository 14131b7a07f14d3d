"use client";

import { useActionState, useState } from "react";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { KIND_ORDER, type CompetencyRef } from "@/lib/records/competency-groups";
import { ASSESSMENT_SOURCES, OTHER_SOURCE } from "@/lib/records/schemas";

type Props = { save: FormAction; competencies: CompetencyRef[]; today: string };

export function AssessmentForm(props: Props) {
  const [state, action] = useActionState(props.save, initialFormState);
  // Remount per answer so the fields show what the server echoed back.
  return <AssessmentFields key={useStateKey(state)} {...props} state={state} action={action} />;
}

function AssessmentFields({ competencies, today, state, action }: Props & { state: FormState; action: (formData: FormData) => void }) {
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  const [competencyId, setCompetencyId] = useState(value("competencyId"));
  const [source, setSource] = useState(value("source") || ASSESSMENT_SOURCES[0]);
  const maxLevel = competencies.find((c) => String(c.id) === competencyId)?.maxLevel ?? 5;
  const competencyErrors = errors("competencyId");
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor="competencyId" className="mb-1 block text-sm font-medium text-slate-800">
            {t("records.assessment.competency")}
            <span className="text-red-700" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
          <select
            id="competencyId"
            name="competencyId"
            required
            value={competencyId}
            onChange={(event) => setCompetencyId(event.target.value)}
            aria-invalid={competencyErrors?.length ? true : undefined}
            aria-describedby={competencyErrors?.length ? "competencyId-error" : undefined}
            className={inputStyles}
          >
            <option value="">{t("records.assessment.chooseCompetency")}</option>
            {KIND_ORDER.map((kind) => (
              <optgroup key={kind} label={t(`enums.competencyKind.${kind}`)}>
                {competencies
                  .filter((c) => c.kind === kind)
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.code})
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {competencyErrors?.length ? (
            <p id="competencyId-error" className="mt-1 text-sm text-red-700">
              {competencyErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <InputField
          name="level"
          label={t("records.assessment.level")}
          hint={t("records.assessment.levelHint", { max: maxLevel })}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={maxLevel}
          defaultValue={value("level")}
          errors={errors("level")}
        />
        <InputField name="assessedOn" label={t("records.assessment.assessedOn")} type="date" required max={today} defaultValue={value("assessedOn")} errors={errors("assessedOn")} />
        <SelectField
          name="source"
          label={t("records.assessment.source")}
          required
          value={source}
          onChange={(event) => setSource(event.target.value)}
          errors={errors("source")}
          options={ASSESSMENT_SOURCES.map((s) => ({ value: s, label: s }))}
        />
        {source === OTHER_SOURCE ? (
          <InputField name="sourceOther" label={t("records.assessment.sourceOther")} required maxLength={200} defaultValue={value("sourceOther")} errors={errors("sourceOther")} />
        ) : null}
        <TextareaField name="notes" label={t("records.assessment.notes")} optional rows={2} maxLength={1000} defaultValue={value("notes")} errors={errors("notes")} className="sm:col-span-2" />
      </div>
      <SubmitButton>{t("records.assessment.submit")}</SubmitButton>
    </form>
  );
}
