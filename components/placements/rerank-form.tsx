"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** Recomputes the pool with the current weights (new assessments, predikat or JP since the last run). */
export function RerankForm({ save, version }: { save: FormAction; version: number }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form action={action} className="space-y-2">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton variant="secondary" pendingLabel={t("placements.rerank.pending")}>
        {t("placements.rerank.submit")}
      </SubmitButton>
    </form>
  );
}
