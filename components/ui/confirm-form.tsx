"use client";

import { useActionState } from "react";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { LinkButton } from "./button";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

/**
 * The last step of a destructive action: a plain form on its own confirmation page (works with the
 * keyboard and without script), showing the action's refusal if the data changed in the meantime.
 */
export function ConfirmForm({
  action,
  fields,
  confirmLabel,
  pendingLabel,
  cancelHref,
}: {
  action: FormAction;
  /** Hidden values the action needs besides the bound id (the version the page showed). */
  fields: Record<string, string>;
  confirmLabel: string;
  pendingLabel: string;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage tone="error" message={state.message} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap gap-2">
        <SubmitButton variant="danger" pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
