"use client";

import { useActionState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { COMPETENCY_KINDS } from "@/lib/competencies/schemas";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

export type CompetencyFormDefaults = { code: string; name: string; kind: string; maxLevel: string; version?: number };

export function CompetencyForm({ save, defaults }: { save: FormAction; defaults: CompetencyFormDefaults }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: keyof CompetencyFormDefaults) => state.values?.[name] ?? defaults[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      {defaults.version ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <InputField name="code" label={t("competencies.code")} hint={t("competencies.codeHint")} required maxLength={40} autoCapitalize="characters" defaultValue={value("code")} errors={errors("code")} className="max-w-xs" />
      <InputField name="name" label={t("competencies.name")} required maxLength={200} defaultValue={value("name")} errors={errors("name")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("competencies.kind")}
          required
          placeholder={t("competencies.chooseKind")}
          defaultValue={value("kind")}
          errors={errors("kind")}
          options={COMPETENCY_KINDS.map((kind) => ({ value: kind, label: t(`enums.competencyKind.${kind}`) }))}
        />
        <InputField
          name="maxLevel"
          label={t("competencies.maxLevel")}
          hint={t("competencies.maxLevelHint")}
          required
          type="number"
          inputMode="numeric"
          min={1}
          max={5}
          defaultValue={value("maxLevel")}
          errors={errors("maxLevel")}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{t("common.save")}</SubmitButton>
        <LinkButton variant="secondary" href="/competencies">
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
