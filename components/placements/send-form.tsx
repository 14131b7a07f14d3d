"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

type Chair = { id: number; nip: string; name: string };

/** Sending freezes the ranking for good, so it asks in a modal first. */
export function SendSelectionForm({ save, version, chairs }: { save: FormAction; version: number; chairs: Chair[] }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="chairId"
        label={t("placements.send.chair")}
        hint={t("placements.send.chairHint")}
        required
        placeholder={t("placements.send.choose")}
        defaultValue={state.values?.chairId ?? ""}
        errors={state.fieldErrors?.chairId}
        options={chairs.map((c) => ({ value: String(c.id), label: `${c.name} (${c.nip})` }))}
      />
      <ConfirmSubmit label={t("placements.send.submit")} message={t("placements.send.confirm")} variant="primary" />
    </form>
  );
}
