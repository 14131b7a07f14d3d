"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import { OVERRIDE_MIN } from "@/lib/appraisal-admin/schemas";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { formatNumber, t } from "@/lib/i18n";

/**
 * "Tetapkan hasil tahunan unit": irreversible, so it asks in a modal first. When the distribution
 * breaks a limit the reason field is shown; the server decides either way.
 */
export function FinalizeForm({ finalize, version, pending, unitName, violates }: { finalize: FormAction; version: number; pending: number; unitName: string; violates: boolean }) {
  const [state, action] = useActionState(finalize, initialFormState);
  const reasonErrors = state.fieldErrors?.overrideReason;
  return (
    <form key={useStateKey(state)} action={action} noValidate className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      <p className="text-sm text-slate-700">{t("appraisalAdmin.finalize.intro", { pending: formatNumber(pending) })}</p>
      <input type="hidden" name="version" value={version} />
      {violates || reasonErrors ? (
        <TextareaField
          name="overrideReason"
          label={t("appraisalAdmin.finalize.reason")}
          hint={t("appraisalAdmin.finalize.reasonHint", { min: OVERRIDE_MIN })}
          required
          rows={3}
          maxLength={2000}
          defaultValue={state.values?.overrideReason ?? ""}
          errors={reasonErrors}
        />
      ) : null}
      <ConfirmSubmit
        label={t("appraisalAdmin.finalize.button")}
        message={t("appraisalAdmin.finalize.confirm", { pending: formatNumber(pending), name: unitName })}
        confirmLabel={t("appraisalAdmin.finalize.confirmButton")}
        variant="primary"
      />
    </form>
  );
}
