"use client";

import { useActionState } from "react";
import { PositionPicker } from "@/components/positions/position-picker";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { EDUCATION_LEVELS } from "@/lib/domain/education";
import { RANKS } from "@/lib/domain/ranks";
import { RANK_CHANGE_KINDS } from "@/lib/employees/schemas";
import { initialFormState, type FormAction, type FormState } from "@/lib/form-state";
import { useStateKey } from "@/components/ui/use-state-key";
import { t } from "@/lib/i18n";

type Fields = (state: FormState, value: (name: string) => string, errors: (name: string) => string[] | undefined) => React.ReactNode;

function HistoryForm({ save, version, fields }: { save: FormAction; version: number; fields: Fields }) {
  const [state, action] = useActionState(save, initialFormState);
  // Remount per answer: React resets a form after its action, which would drop the chosen options.
  return <HistoryFields key={useStateKey(state)} state={state} action={action} version={version} fields={fields} />;
}

function HistoryFields({ state, action, version, fields }: { state: FormState; action: (formData: FormData) => void; version: number; fields: Fields }) {
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" noValidate>
      <FormMessage tone="error" message={state.message} />
      <p className="text-sm text-slate-600">{t("employees.history.intro")}</p>
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">{fields(state, value, errors)}</div>
      <SubmitButton>{t("common.save")}</SubmitButton>
    </form>
  );
}

function SkFields({ value, errors }: { value: (name: string) => string; errors: (name: string) => string[] | undefined }) {
  return (
    <>
      <InputField name="tmt" label={t("employees.history.tmt")} type="date" required defaultValue={value("tmt")} errors={errors("tmt")} />
      <InputField name="skNumber" label={t("employees.history.skNumber")} required maxLength={100} defaultValue={value("skNumber")} errors={errors("skNumber")} />
      <InputField name="skDate" label={t("employees.history.skDate")} type="date" required defaultValue={value("skDate")} errors={errors("skDate")} />
    </>
  );
}

export function RankChangeForm({ save, version }: { save: FormAction; version: number }) {
  return (
    <HistoryForm
      save={save}
      version={version}
      fields={(_state, value, errors) => (
        <>
          <SelectField
            name="rankId"
            label={t("employees.form.rankId")}
            required
            placeholder={t("employees.form.choose")}
            defaultValue={value("rankId")}
            errors={errors("rankId")}
            options={RANKS.map((r) => ({ value: String(r.id), label: `${r.code} — ${r.name}` }))}
          />
          <SelectField
            name="kind"
            label={t("employees.history.kind")}
            required
            placeholder={t("employees.form.choose")}
            defaultValue={value("kind")}
            errors={errors("kind")}
            options={RANK_CHANGE_KINDS.map((kind) => ({ value: kind, label: t(`enums.rankChangeKind.${kind}`) }))}
          />
          <SkFields value={value} errors={errors} />
        </>
      )}
    />
  );
}

type Unit = { id: number; code: string; name: string; parentId: number | null; depth: number };

export function PositionChangeForm({ save, version, units }: { save: FormAction; version: number; units: Unit[] }) {
  return (
    <HistoryForm
      save={save}
      version={version}
      fields={(_state, value, errors) => (
        <>
          <div className="sm:col-span-2">
            <PositionPicker
              units={units}
              defaultUnitId={value("positionIdUnit") ? Number(value("positionIdUnit")) : undefined}
              defaultPositionId={value("positionId") ? Number(value("positionId")) : undefined}
              errors={errors("positionId")}
            />
          </div>
          <SkFields value={value} errors={errors} />
        </>
      )}
    />
  );
}

export function EducationForm({ save, version }: { save: FormAction; version: number }) {
  return (
    <HistoryForm
      save={save}
      version={version}
      fields={(_state, value, errors) => (
        <>
          <SelectField
            name="level"
            label={t("employees.history.level")}
            required
            placeholder={t("employees.form.choose")}
            defaultValue={value("level")}
            errors={errors("level")}
            options={EDUCATION_LEVELS.map((e) => ({ value: e.level, label: e.label }))}
          />
          <InputField name="institution" label={t("employees.history.institution")} required maxLength={200} defaultValue={value("institution")} errors={errors("institution")} />
          <InputField name="major" label={t("employees.history.major")} optional maxLength={150} defaultValue={value("major")} errors={errors("major")} />
          <InputField name="graduationDate" label={t("employees.history.graduationDate")} type="date" required defaultValue={value("graduationDate")} errors={errors("graduationDate")} />
          <InputField name="certificateNo" label={t("employees.history.certificateNo")} optional maxLength={100} defaultValue={value("certificateNo")} errors={errors("certificateNo")} />
        </>
      )}
    />
  );
}
