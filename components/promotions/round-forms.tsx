"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { InputField, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { buttonStyles } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { formatNumber, t } from "@/lib/i18n";

export function OpenRoundForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("promotions.open.legend")}</legend>
        <FormMessage tone="error" message={state.message} />
        <InputField name="periodTmt" type="date" label={t("promotions.open.periodTmt")} hint={t("promotions.open.periodHint")} required defaultValue={state.values?.periodTmt} errors={state.fieldErrors?.periodTmt} className="max-w-xs" />
        <SubmitButton pendingLabel={t("promotions.open.pending")}>{t("promotions.open.submit")}</SubmitButton>
      </fieldset>
    </form>
  );
}

/** The screening can take seconds at scale: the button says what is happening and the form is aria-busy meanwhile. */
function ScreenButton({ label, people }: { label: string; people: number | null }) {
  const { pending } = useFormStatus();
  return (
    <>
      <button type="submit" disabled={pending} aria-disabled={pending} className={buttonStyles.primary}>
        {pending ? (
          <>
            <span aria-hidden="true" className="h-4 w-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />
            {people ? t("promotions.screen.pending", { n: formatNumber(people) }) : t("promotions.screen.pendingUnknown")}
          </>
        ) : (
          label
        )}
      </button>
      <p role="status" aria-live="polite" className="sr-only">
        {pending ? (people ? t("promotions.screen.pending", { n: formatNumber(people) }) : t("promotions.screen.pendingUnknown")) : ""}
      </p>
    </>
  );
}

function BusyForm({ action, children }: { action: (formData: FormData) => void; children: React.ReactNode }) {
  return (
    <form action={action} className="space-y-3">
      <Busy>{children}</Busy>
    </form>
  );
}

function Busy({ children }: { children: React.ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <div aria-busy={pending} className="space-y-3">
      {children}
    </div>
  );
}

export function ScreenForm({ action, version, people, screened }: { action: FormAction; version: number; people: number | null; screened: boolean }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <BusyForm key={useStateKey(state)} action={formAction}>
      <input type="hidden" name="version" value={version} />
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <ScreenButton label={screened ? t("promotions.screen.rescreen") : t("promotions.screen.submit")} people={people} />
    </BusyForm>
  );
}

export function SendRoundForm({ action, version, chairs, proposed }: { action: FormAction; version: number; chairs: { id: number; name: string; nip: string }[]; proposed: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const key = useStateKey(state);
  if (chairs.length === 0) return <p className="text-sm text-amber-800">{t("promotions.send.noChairs")}</p>;
  return (
    <form key={key} action={formAction} className="space-y-3" noValidate>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("promotions.send.legend")}</legend>
        <p className="text-sm text-slate-600">{t("promotions.send.body")}</p>
        <FormMessage tone="error" message={state.message} />
        <input type="hidden" name="version" value={version} />
        <SelectField
          name="chairId"
          label={t("promotions.send.chair")}
          required
          placeholder=""
          defaultValue={state.values?.chairId ?? ""}
          options={chairs.map((c) => ({ value: String(c.id), label: `${c.name} (${c.nip})` }))}
          errors={state.fieldErrors?.chairId}
          className="max-w-md"
        />
        <ConfirmSubmit variant="primary" label={t("promotions.send.submit")} message={t("promotions.send.confirm", { n: formatNumber(proposed) })} />
      </fieldset>
    </form>
  );
}

export function RemoveCandidateForm({ action, version, name }: { action: FormAction; version: number; name: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction}>
      <input type="hidden" name="version" value={version} />
      <FormMessage tone="error" message={state.message} />
      <ConfirmSubmit label={t("promotions.candidates.remove")} accessibleLabel={t("promotions.candidates.removeLabel", { name })} message={t("promotions.candidates.removeConfirm")} />
    </form>
  );
}
