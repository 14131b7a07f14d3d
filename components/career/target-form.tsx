"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { clearCareerTargetAction, setCareerTargetAction } from "@/lib/career/actions";
import type { TargetOption } from "@/lib/career/target-queries";
import { initialFormState, type FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";

type ChooseProps = {
  options: readonly TargetOption[];
  /** Caption above the select: the suggestions, or the search's results. */
  legend: string;
  /** The target the page showed ("" = none): the mutation refuses if it changed since. */
  expected: string;
};

/** Choose one of the listed positions as the jabatan target. */
export function TargetChooseForm(props: ChooseProps) {
  const [state, action] = useActionState(setCareerTargetAction, initialFormState);
  // Remount per answer so the select starts from what was submitted.
  return <ChooseFields key={useStateKey(state)} state={state} action={action} {...props} />;
}

function ChooseFields({ state, action, options, legend, expected }: ChooseProps & { state: FormState; action: (formData: FormData) => void }) {
  return (
    <form action={action} className="space-y-3" noValidate data-testid="target-form">
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="expected" value={expected} />
      <SelectField
        name="positionId"
        label={t("career.target.form.position")}
        hint={legend}
        required
        placeholder={t("career.target.form.choose")}
        defaultValue={state.values?.positionId ?? ""}
        errors={state.fieldErrors?.positionId}
        options={options.map((option) => ({
          value: String(option.id),
          label: t("career.target.form.optionLabel", { name: option.name, unit: option.unitName, grade: option.grade }),
        }))}
      />
      <SubmitButton pendingLabel={t("career.target.form.saving")}>{t("career.target.form.save")}</SubmitButton>
    </form>
  );
}

/** Remove the target, after a confirmation dialog. */
export function TargetClearForm({ expected }: { expected: string }) {
  const [state, action] = useActionState(clearCareerTargetAction, initialFormState);
  return (
    <form action={action} className="space-y-2" key={useStateKey(state)}>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="expected" value={expected} />
      <ConfirmSubmit
        variant="secondary"
        confirmVariant="danger"
        label={t("career.target.form.clear")}
        message={t("career.target.form.clearConfirm")}
        confirmLabel={t("career.target.form.clearConfirmLabel")}
      />
    </form>
  );
}
