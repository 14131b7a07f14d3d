"use client";

import { useActionState } from "react";
import { LinkButton } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useStateKey } from "@/components/ui/use-state-key";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";

/** HR names the new rater (and optionally the rater's rater) by NIP: at 100,000 employees no list fits. */
export function RaterChangeForm({ action, version, cancelHref }: { action: FormAction; version: number; cancelHref: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (name: string) => state.values?.[name] ?? "";
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-4" noValidate>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField name="raterNip" label={t("skp.raterChange.raterNip")} required inputMode="numeric" maxLength={22} autoComplete="off" defaultValue={value("raterNip")} errors={state.fieldErrors?.raterNip} />
        <InputField
          name="raterRaterNip"
          label={t("skp.raterChange.raterRaterNip")}
          hint={t("skp.raterChange.raterRaterHint")}
          optional
          inputMode="numeric"
          maxLength={22}
          autoComplete="off"
          defaultValue={value("raterRaterNip")}
          errors={state.fieldErrors?.raterRaterNip}
        />
      </div>
      <TextareaField name="reason" label={t("skp.raterChange.reason")} required rows={2} maxLength={500} defaultValue={value("reason")} errors={state.fieldErrors?.reason} />
      <div className="flex flex-wrap gap-2">
        <ConfirmSubmit label={t("skp.raterChange.submit")} message={t("skp.raterChange.confirm")} variant="primary" />
        <LinkButton variant="secondary" href={cancelHref}>
          {t("common.cancel")}
        </LinkButton>
      </div>
    </form>
  );
}
