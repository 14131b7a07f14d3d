"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** "Tandai semua selesai": every approved participant completed, certificates numbered from a prefix. */
export function BulkCompletionForm({ action, approved }: { action: FormAction; approved: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="expected" value={approved} />
      <InputField
        name="prefix"
        label={t("trainings.completion.prefix")}
        hint={t("trainings.completion.prefixHint")}
        required
        maxLength={96}
        defaultValue={state.values?.prefix ?? ""}
        errors={state.fieldErrors?.prefix}
        className="max-w-md"
      />
      <ConfirmSubmit variant="primary" label={t("trainings.completion.bulk", { n: approved })} message={t("trainings.completion.bulkConfirm", { n: approved })} />
    </form>
  );
}
