"use client";

import { useActionState, useId } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { inputStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

type Props = { action: FormAction; version: number; person: string; approve: { value: string; label: string } | null; decline: { value: string; label: string; confirm: string } };

/**
 * Approve (one click) or decline with a reason (asked to confirm: it is final). Two forms over one
 * bound action, each carrying its own decision and the version the page showed; `approve: null`
 * leaves only the decline (when approving needs its own confirmation elsewhere).
 */
export function DecisionForms({ action, version, person, approve, decline }: Props) {
  const [approveState, approveAction] = useActionState(action, initialFormState);
  const [declineState, declineAction] = useActionState(action, initialFormState);
  const id = useId();
  const reasonErrors = declineState.fieldErrors?.reason;
  return (
    <div className="space-y-3">
      {approve ? (
        <form action={approveAction} className="space-y-2">
          <FormMessage tone="error" message={approveState.message} />
          <input type="hidden" name="decision" value={approve.value} />
          <input type="hidden" name="version" value={version} />
          <SubmitButton>
            {approve.label}
            <span className="sr-only"> {person}</span>
          </SubmitButton>
        </form>
      ) : null}
      <form key={useStateKey(declineState)} action={declineAction} className="space-y-2" noValidate>
        <FormMessage tone="error" message={declineState.message} />
        <input type="hidden" name="decision" value={decline.value} />
        <input type="hidden" name="version" value={version} />
        <label htmlFor={`${id}-reason`} className="block text-xs font-medium text-slate-700">
          {t("trainings.approvals.reason")}
        </label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          required
          rows={2}
          maxLength={1000}
          defaultValue={declineState.values?.reason ?? ""}
          aria-invalid={reasonErrors?.length ? true : undefined}
          aria-describedby={reasonErrors?.length ? `${id}-reason-error` : undefined}
          className={inputStyles}
        />
        {reasonErrors?.length ? (
          <p id={`${id}-reason-error`} className="text-sm text-red-700">
            {reasonErrors.join(" ")}
          </p>
        ) : null}
        <ConfirmSubmit variant="danger" label={decline.label} accessibleLabel={`${decline.label} — ${person}`} message={decline.confirm} askOnlyWhenFilled />
      </form>
    </div>
  );
}
