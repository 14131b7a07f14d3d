"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import type { CaseKind } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";
import { ChoiceGroup, FormName, PanelError, ReasonField } from "./form-parts";
import type { PanelFormProps } from "./panel-forms";

const decisionOptions = () => (["APPROVED", "REJECTED"] as const).map((value) => ({ value, label: t(`enums.committeeDecision.${value}`) }));

/** The chair's decision (revisable until the case closes); confirmed in a dialog. */
export function DecideForm({ state, formAction, version, current }: PanelFormProps & { version: number; current: string | null }) {
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormName form="decide" />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("committee.decide.legend")}</legend>
        <PanelError state={state} />
        <ChoiceGroup name="decision" legend={t("committee.decide.decision")} options={decisionOptions()} defaultValue={state.values?.decision ?? current ?? undefined} errors={state.fieldErrors?.decision} />
        <ReasonField label={t("committee.decide.reason")} hint={t("committee.decide.reasonHint")} minLength={10} errors={state.fieldErrors?.reason} defaultValue={state.ok ? "" : state.values?.reason} />
        <ConfirmSubmit variant="primary" label={t("committee.decide.submit")} message={t("committee.decide.confirm")} askOnlyWhenFilled />
      </fieldset>
    </form>
  );
}

/** Koreksi after closing: to the other decision, with a reason of at least 20 characters. */
export function CorrectForm({ state, formAction, version, current }: PanelFormProps & { version: number; current: string | null }) {
  const next = current === "APPROVED" ? "REJECTED" : "APPROVED";
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormName form="correct" />
      <input type="hidden" name="version" value={version} />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("committee.correct.legend")}</legend>
        <p className="text-xs text-slate-600">{t("committee.correct.hint")}</p>
        <PanelError state={state} />
        <ChoiceGroup name="decision" legend={t("committee.correct.decision")} options={decisionOptions()} defaultValue={state.values?.decision ?? next} errors={state.fieldErrors?.decision} />
        <ReasonField label={t("committee.correct.reason")} minLength={20} errors={state.fieldErrors?.reason} defaultValue={state.ok ? "" : state.values?.reason} />
        <ConfirmSubmit variant="danger" label={t("committee.correct.submit")} message={t("committee.correct.confirm")} askOnlyWhenFilled />
      </fieldset>
    </form>
  );
}

/** Tutup sidang, for the chair of the case. */
export function CloseCaseForm({ action, undecided, kind }: { action: FormAction; undecided: number; kind: CaseKind }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3">
      <p className="text-sm text-slate-700">{t(`committee.close.body.${kind}`)}</p>
      {undecided > 0 ? <p className="text-sm font-medium text-amber-800">{t("committee.close.undecided", { n: undecided })}</p> : null}
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <ConfirmSubmit variant="danger" label={t("committee.close.submit")} message={t("committee.close.confirm")} />
    </form>
  );
}
