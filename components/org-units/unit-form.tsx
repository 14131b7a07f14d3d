"use client";

import { useActionState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { indentedLabel } from "@/lib/org-units/tree";

type ParentOption = { id: number; name: string; depth: number };
export type UnitFormDefaults = { code: string; name: string; parentId: string; version?: number };

export function UnitForm({
  save,
  parents,
  defaults,
  submitLabel,
  cancelHref,
}: {
  save: FormAction;
  /** Units the unit may be placed under (the page leaves out the unit itself and its descendants). */
  parents: ParentOption[];
  defaults: UnitFormDefaults;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: keyof UnitFormDefaults) => state.values?.[name] ?? String(defaults[name] ?? "");
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={action} noValidate className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <InputField name="code" label={t("orgUnits.code")} hint={t("orgUnits.codeHint")} required maxLength={40} autoCapitalize="characters" defaultValue={value("code")} errors={errors("code")} className="max-w-xs" />
      <InputField name="name" label={t("orgUnits.name")} required maxLength={200} defaultValue={value("name")} errors={errors("name")} />
      <SelectField
        name="parentId"
        label={t("orgUnits.parent")}
        optional
        hint={defaults.version !== undefined ? t("orgUnits.parentHint") : undefined}
        placeholder={t("orgUnits.parentNone")}
        defaultValue={value("parentId")}
        errors={errors("parentId")}
        options={parents.map((unit) => ({ value: String(unit.id), label: indentedLabel(unit) }))}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
