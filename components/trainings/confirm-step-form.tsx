"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import type { ButtonVariant } from "@/components/ui/styles";
import { initialFormState, type FormAction } from "@/lib/form-state";

/**
 * One step that is hard to take back (cancel, publish, verify): asks in a modal first and shows the
 * server's refusal (out of order, changed meanwhile) above the button. `fields` are hidden values
 * besides the bound id (the version the page showed, the decision).
 */
export function ConfirmStepForm({
  action,
  fields,
  label,
  message,
  variant = "primary",
  accessibleLabel,
}: {
  action: FormAction;
  fields: Record<string, string | number>;
  label: string;
  message: string;
  variant?: ButtonVariant;
  accessibleLabel?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage tone="error" message={state.message} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <ConfirmSubmit label={label} message={message} variant={variant} accessibleLabel={accessibleLabel} />
    </form>
  );
}
