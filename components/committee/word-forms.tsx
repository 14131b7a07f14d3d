"use client";

import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { t } from "@/lib/i18n";
import { ChoiceGroup, FormName, PanelError, ReasonField } from "./form-parts";
import type { PanelFormProps } from "./panel-forms";

/** Konflik kepentingan: asked to confirm, since it takes the member out of this candidate for good. */
export function ConflictForm({ state, formAction }: PanelFormProps) {
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormName form="conflict" />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("committee.conflict.legend")}</legend>
        <p className="text-xs text-slate-600">{t("committee.conflict.hint")}</p>
        <PanelError state={state} />
        <ReasonField label={t("committee.conflict.reason")} minLength={5} errors={state.fieldErrors?.reason} defaultValue={state.ok ? "" : state.values?.reason} />
        <ConfirmSubmit variant="secondary" confirmVariant="danger" label={t("committee.conflict.submit")} message={t("committee.conflict.confirm")} askOnlyWhenFilled />
      </fieldset>
    </form>
  );
}

export function VoteForm({ state, formAction }: PanelFormProps) {
  const options = (["RECOMMEND", "NOT_RECOMMEND"] as const).map((value) => ({ value, label: t(`enums.committeeVoteKind.${value}`) }));
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <FormName form="vote" />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("committee.vote.legend")}</legend>
        <PanelError state={state} />
        <ChoiceGroup name="kind" legend={t("committee.vote.kind")} options={options} defaultValue={state.values?.kind} errors={state.fieldErrors?.kind} />
        <ReasonField label={t("committee.vote.reason")} hint={t("committee.vote.reasonHint")} minLength={10} errors={state.fieldErrors?.reason} defaultValue={state.ok ? "" : state.values?.reason} />
        <SubmitButton pendingLabel={t("committee.vote.pending")}>{t("committee.vote.submit")}</SubmitButton>
      </fieldset>
    </form>
  );
}
