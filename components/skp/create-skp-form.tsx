"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";

/** One button: the server picks the period, rater and post, and a double click still makes one SKP. */
export function CreateSkpForm({ action, label }: { action: FormAction; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage tone="error" message={state.message} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
