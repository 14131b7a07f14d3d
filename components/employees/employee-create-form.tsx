"use client";

import { useActionState, useState } from "react";
import { PositionPicker } from "@/components/positions/position-picker";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { RANKS } from "@/lib/domain/ranks";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { useStateKey } from "@/components/ui/use-state-key";
import { t } from "@/lib/i18n";
import { IdentityFields } from "./identity-fields";

type Unit = { id: number; code: string; name: string; parentId: number | null; depth: number };

function Section({ title, children, hint }: { title: string; children: React.ReactNode; hint?: string }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <legend className="px-1 text-base font-semibold text-slate-900">{title}</legend>
      {hint ? <p className="mb-3 text-sm text-slate-600">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

export function EmployeeCreateForm({ save, units }: { save: FormAction; units: Unit[] }) {
  const [state, action] = useActionState(save, initialFormState);
  // A new answer remounts the fields, so every control (the status toggle and the position picker
  // included) starts again from what the person submitted instead of React's post-action reset.
  return <CreateFields key={useStateKey(state)} state={state} action={action} units={units} />;
}

function CreateFields({ state, action, units }: { state: FormState; action: (formData: FormData) => void; units: Unit[] }) {
  const [status, setStatus] = useState(state.values?.status ?? "PNS");
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormMessage tone="error" message={state.message} />
      <Section title={t("employees.form.identity")}>
        <div className="mb-4 max-w-xs">
          <SelectField
            name="status"
            label={t("employees.form.status")}
            required
            value={status}
            onChange={(event) => setStatus(event.target.value)}
            errors={errors("status")}
            options={[
              { value: "PNS", label: "PNS" },
              { value: "PPPK", label: "PPPK" },
            ]}
          />
        </div>
        <IdentityFields state={state} defaults={{}} />
      </Section>
      <Section title={t("employees.form.education")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="educationLevel"
            label={t("employees.form.educationLevel")}
            required
            placeholder={t("employees.form.choose")}
            defaultValue={value("educationLevel")}
            errors={errors("educationLevel")}
            options={EDUCATION_LEVELS.map((e) => ({ value: e.level, label: e.label }))}
          />
          <InputField name="educationInstitution" label={t("employees.form.educationInstitution")} required maxLength={200} defaultValue={value("educationInstitution")} errors={errors("educationInstitution")} />
          <InputField name="educationMajor" label={t("employees.form.educationMajor")} optional maxLength={150} defaultValue={value("educationMajor")} errors={errors("educationMajor")} />
          <InputField name="educationGraduationDate" label={t("employees.form.educationGraduationDate")} type="date" required defaultValue={value("educationGraduationDate")} errors={errors("educationGraduationDate")} />
        </div>
      </Section>
      {status === "PNS" ? (
        <Section title={t("employees.form.rank")} hint={t("employees.form.rankHint")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="rankId"
              label={t("employees.form.rankId")}
              required
              placeholder={t("employees.form.choose")}
              defaultValue={value("rankId")}
              errors={errors("rankId")}
              options={RANKS.map((r) => ({ value: String(r.id), label: `${r.code} — ${r.name}` }))}
            />
            <InputField name="rankTmt" label={t("employees.form.rankTmt")} type="date" required defaultValue={value("rankTmt")} errors={errors("rankTmt")} />
            <InputField name="rankSkNumber" label={t("employees.form.rankSkNumber")} required maxLength={100} defaultValue={value("rankSkNumber")} errors={errors("rankSkNumber")} />
            <InputField name="rankSkDate" label={t("employees.form.rankSkDate")} type="date" required defaultValue={value("rankSkDate")} errors={errors("rankSkDate")} />
          </div>
        </Section>
      ) : null}
      <Section title={t("employees.form.position")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <PositionPicker
              units={units}
              defaultUnitId={value("positionIdUnit") ? Number(value("positionIdUnit")) : undefined}
              defaultPositionId={value("positionId") ? Number(value("positionId")) : undefined}
              errors={errors("positionId")}
            />
          </div>
          <InputField name="positionTmt" label={t("employees.form.positionTmt")} type="date" required defaultValue={value("positionTmt")} errors={errors("positionTmt")} />
          <InputField name="positionSkNumber" label={t("employees.form.positionSkNumber")} required maxLength={100} defaultValue={value("positionSkNumber")} errors={errors("positionSkNumber")} />
          <InputField name="positionSkDate" label={t("employees.form.positionSkDate")} type="date" required defaultValue={value("positionSkDate")} errors={errors("positionSkDate")} />
        </div>
      </Section>
      <Section title={t("employees.form.account")}>
        <div className="max-w-sm">
          <InputField name="password" label={t("employees.form.password")} hint={t("employees.form.passwordHint")} type="password" autoComplete="new-password" required errors={errors("password")} />
        </div>
      </Section>
      <div className="flex gap-2">
        <SubmitButton>{t("employees.form.create")}</SubmitButton>
      </div>
    </form>
  );
}
