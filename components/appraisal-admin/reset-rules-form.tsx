"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** "Kembalikan ke bawaan": asks in a modal first; carries the stamp of the tables the page showed. */
export function ResetRulesForm({ reset, stamp }: { reset: FormAction; stamp: string }) {
  const [state, action] = useActionState(reset, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="stamp" value={stamp} />
      <ConfirmSubmit label={t("appraisalAdmin.rules.reset")} message={t("appraisalAdmin.rules.resetConfirm")} confirmLabel={t("appraisalAdmin.rules.resetButton")} />
    </form>
  );
}
