"use client";

import { useActionState } from "react";
import { inputStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { ORG_RESULTS } from "@/lib/domain/appraisal/distribution";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** One unit's result for the year, inline in the tree: a select (empty clears it) and a save button. */
export function UnitResultForm({ save, unitId, unitName, result, version }: { save: FormAction; unitId: number; unitName: string; result: string | null; version: number }) {
  const [state, action] = useActionState(save, initialFormState);
  const id = `result-${unitId}`;
  const error = state.fieldErrors?.result?.join(" ") ?? state.message;
  return (
    <form key={useStateKey(state)} action={action} noValidate className="flex flex-wrap items-start gap-2">
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={id} className="sr-only">
          {t("appraisalAdmin.units.result", { name: unitName })}
        </label>
        <select
          id={id}
          name="result"
          defaultValue={state.values?.result ?? result ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputStyles} w-48 py-1.5`}
        >
          <option value="">{t("appraisalAdmin.units.none")}</option>
          {ORG_RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(`appraisal.orgResult.${r}`)}
            </option>
          ))}
        </select>
        {error ? (
          <p id={`${id}-error`} role="alert" className="mt-1 max-w-xs text-sm text-red-700">
            {error}
          </p>
        ) : null}
      </div>
      <SubmitButton variant="secondary">
        {t("common.save")}
        <span className="sr-only"> {t("appraisalAdmin.units.result", { name: unitName })}</span>
      </SubmitButton>
    </form>
  );
}
