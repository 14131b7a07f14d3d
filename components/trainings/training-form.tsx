"use client";

import { useActionState, useState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { TRAINING_KIND_TYPE } from "@/lib/domain/career/development";
import { DELIVERY_MODES, TRAINING_KINDS, type TrainingKind } from "@/lib/domain/career/enums";
import { RANKS } from "@/lib/domain/ranks";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { formatNumber, t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";
import { QUOTA_MAX } from "@/lib/trainings/rules";
import { EligibilityFields } from "./eligibility-fields";
import { CompetencyChecklist, type CompetencyChoice } from "./competency-checklist";
import { kindLabel, modeLabel, typeLabel } from "./labels";

export type TrainingFormDefaults = {
  title: string;
  kind: string;
  provider: string;
  mode: string;
  location: string;
  description: string;
  startDate: string;
  endDate: string;
  registrationDeadline: string;
  hours: string;
  quota: string;
  competencyIds: string[];
  positionTypes: string[];
  minRankId: string;
  unitId: string;
  version?: number;
};

type Unit = { id: number; name: string; depth: number };
type Props = { save: FormAction; defaults: TrainingFormDefaults; competencies: CompetencyChoice[]; units: Unit[]; cancelHref: string; seatsTaken?: number };

/** After a refused submit the fields start from what was sent (checkbox groups arrive comma-joined). */
function startingValues(state: FormState, defaults: TrainingFormDefaults): TrainingFormDefaults {
  const sent = state.values;
  if (!sent) return defaults;
  const list = (name: string) => (sent[name] ? sent[name].split(",") : []);
  const text = (name: keyof TrainingFormDefaults) => sent[name] ?? "";
  return {
    title: text("title"),
    kind: text("kind"),
    provider: text("provider"),
    mode: text("mode"),
    location: text("location"),
    description: text("description"),
    startDate: text("startDate"),
    endDate: text("endDate"),
    registrationDeadline: text("registrationDeadline"),
    hours: text("hours"),
    quota: text("quota"),
    competencyIds: list("competencyIds"),
    positionTypes: list("positionTypes"),
    minRankId: text("minRankId"),
    unitId: text("unitId"),
    version: defaults.version,
  };
}

function Fields({ state, start, competencies, units, seatsTaken }: { state: FormState; start: TrainingFormDefaults; competencies: CompetencyChoice[]; units: Unit[]; seatsTaken?: number }) {
  const [kind, setKind] = useState(start.kind);
  const errors = (name: string) => state.fieldErrors?.[name];
  const type = (TRAINING_KINDS as readonly string[]).includes(kind) ? TRAINING_KIND_TYPE[kind as TrainingKind] : null;
  const typeText = type ? t("trainings.form.typeFollows", { type: typeLabel(type) }) : t("trainings.form.typeHint");
  return (
    <>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("trainings.form.about")}</legend>
        <InputField name="title" label={t("trainings.form.title")} required maxLength={200} defaultValue={start.title} errors={errors("title")} className="sm:col-span-2" />
        <div>
          <SelectField
            name="kind"
            label={t("trainings.form.kind")}
            hint={typeText}
            required
            placeholder={t("trainings.form.choose")}
            value={kind}
            onChange={(event) => setKind(event.target.value)}
            errors={errors("kind")}
            options={TRAINING_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
          />
          {/* The type follows the kind; announced when the kind changes. */}
          <p className="sr-only" aria-live="polite">
            {type ? typeText : ""}
          </p>
        </div>
        <SelectField
          name="mode"
          label={t("trainings.form.mode")}
          required
          placeholder={t("trainings.form.choose")}
          defaultValue={start.mode}
          errors={errors("mode")}
          options={DELIVERY_MODES.map((m) => ({ value: m, label: modeLabel(m) }))}
        />
        <InputField name="provider" label={t("trainings.form.provider")} required maxLength={200} defaultValue={start.provider} errors={errors("provider")} />
        <InputField name="location" label={t("trainings.form.location")} optional maxLength={200} defaultValue={start.location} errors={errors("location")} />
        <TextareaField name="description" label={t("trainings.form.description")} optional rows={4} maxLength={4000} defaultValue={start.description} errors={errors("description")} className="sm:col-span-2" />
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold text-slate-900">{t("trainings.form.schedule")}</legend>
        <InputField name="startDate" label={t("trainings.form.startDate")} type="date" required defaultValue={start.startDate} errors={errors("startDate")} />
        <InputField name="endDate" label={t("trainings.form.endDate")} type="date" required defaultValue={start.endDate} errors={errors("endDate")} />
        <InputField name="registrationDeadline" label={t("trainings.form.deadline")} hint={t("trainings.form.deadlineHint")} type="date" required defaultValue={start.registrationDeadline} errors={errors("registrationDeadline")} />
        <InputField name="hours" label={t("trainings.form.hours")} hint={t("trainings.form.hoursHint")} required inputMode="decimal" defaultValue={start.hours} errors={errors("hours")} />
        <InputField
          name="quota"
          label={t("trainings.form.quota")}
          hint={seatsTaken ? t("trainings.form.quotaTaken", { n: seatsTaken }) : t("trainings.form.quotaHint", { max: formatNumber(QUOTA_MAX) })}
          required
          type="number"
          inputMode="numeric"
          min={Math.max(1, seatsTaken ?? 0)}
          max={QUOTA_MAX}
          defaultValue={start.quota}
          errors={errors("quota")}
        />
      </fieldset>
      <CompetencyChecklist competencies={competencies} selected={start.competencyIds} errors={errors("competencyIds")} />
      <EligibilityFields start={start} units={units.map((u) => ({ value: String(u.id), label: indentedLabel(u) }))} ranks={RANKS.map((r) => ({ value: String(r.id), label: `${r.code} — ${r.name}` }))} errors={errors} />
    </>
  );
}

export function TrainingForm({ save, defaults, competencies, units, cancelHref, seatsTaken }: Props) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} noValidate className="max-w-4xl space-y-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <Fields state={state} start={startingValues(state, defaults)} competencies={competencies} units={units} seatsTaken={seatsTaken} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("common.save")}</SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
