"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/**
 * "Hapus" in a list row: asks in a modal first (Esc cancels), then shows the server's refusal above
 * the button if the row changed or went away meanwhile. `accessibleLabel` names the row for screen
 * readers, since every row's button reads "Hapus".
 */
export function ConfirmDeleteForm({ action, message, accessibleLabel, label = t("common.delete") }: { action: FormAction; message: string; accessibleLabel: string; label?: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage tone="error" message={state.message} />
      <ConfirmSubmit label={label} message={message} variant="secondary" confirmVariant="danger" accessibleLabel={accessibleLabel} />
    </form>
  );
}
