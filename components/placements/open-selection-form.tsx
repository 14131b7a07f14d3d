"use client";

import { useActionState } from "react";
import { PositionPicker } from "@/components/positions/position-picker";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

type Unit = { id: number; name: string; depth: number };

/** Position (unit first) and TMT; the vacancy is checked on the server when the selection opens. */
export function OpenSelectionForm({ save, units, minTmt }: { save: FormAction; units: Unit[]; minTmt: string }) {
  const [state, action] = useActionState(save, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormMessage tone="error" message={state.message} />
      <p className="text-sm text-slate-600">{t("placements.open.intro")}</p>
      <PositionPicker
        units={units}
        defaultUnitId={value("positionIdUnit") ? Number(value("positionIdUnit")) : undefined}
        defaultPositionId={value("positionId") ? Number(value("positionId")) : undefined}
        errors={state.fieldErrors?.positionId}
      />
      <InputField name="tmt" type="date" label={t("placements.fields.tmt")} hint={t("placements.open.tmtHint")} required min={minTmt} defaultValue={value("tmt")} errors={state.fieldErrors?.tmt} className="sm:max-w-xs" />
      <SubmitButton pendingLabel={t("placements.open.pending")}>{t("placements.open.submit")}</SubmitButton>
    </form>
  );
}
