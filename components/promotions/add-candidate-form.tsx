"use client";

import { useActionState } from "react";
import { InputField, SelectField, TextareaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useStateKey } from "@/components/ui/use-state-key";
import { PILIHAN_ROUTES } from "@/lib/domain/promotion-round";
import { RANKS } from "@/lib/domain/ranks";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";

/** A pilihan candidate by NIP (at 100,000 PNS a picker would not fit a page); REGULER is not offered. */
export function AddCandidateForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <form key={useStateKey(state)} action={formAction} className="space-y-3" noValidate>
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">{t("promotions.add.legend")}</legend>
        <FormMessage tone="error" message={state.message} />
        <div className="grid gap-3 sm:grid-cols-3">
          <InputField name="nip" label={t("promotions.add.nip")} required inputMode="numeric" autoComplete="off" defaultValue={state.values?.nip} errors={errors("nip")} />
          <SelectField
            name="route"
            label={t("promotions.add.route")}
            required
            placeholder=""
            defaultValue={state.values?.route ?? ""}
            options={PILIHAN_ROUTES.map((route) => ({ value: route, label: t(`enums.promotionRoute.${route}`) }))}
            errors={errors("route")}
          />
          <SelectField
            name="toRankId"
            label={t("promotions.add.toRankId")}
            hint={t("promotions.add.toRankHint")}
            optional
            placeholder=""
            defaultValue={state.values?.toRankId ?? ""}
            options={RANKS.map((rank) => ({ value: String(rank.id), label: `${rank.code} ${rank.name}` }))}
            errors={errors("toRankId")}
          />
        </div>
        <TextareaField name="justification" label={t("promotions.add.justification")} hint={t("promotions.add.justificationHint")} required rows={3} maxLength={2000} defaultValue={state.values?.justification} errors={errors("justification")} />
        <SubmitButton>{t("promotions.add.submit")}</SubmitButton>
      </fieldset>
    </form>
  );
}
