"use client";

import { useActionState } from "react";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { InputField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormAction } from "@/lib/form-state";
import { t } from "@/lib/i18n";
import { ROLES } from "@/lib/users/schemas";

type Account = { roles: string[]; active: boolean; sessionVersion: number };

// The page binds the employee id and passes the action in. A bound id reaches the browser in plain
// text and comes back as the caller sent it: the mutation authorizes, never the binding.
export function AccountForm({ save, account }: { save: FormAction; account: Account }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-label={t("employees.account.title")}>
      <FormMessage tone="error" message={state.message} />
      <input type="hidden" name="version" value={account.sessionVersion} />
      <fieldset aria-describedby="roles-hint">
        <legend className="text-sm font-medium text-slate-800">{t("employees.account.roles")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {ROLES.map((role) => (
            <label key={role} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="roles"
                value={role}
                defaultChecked={account.roles.includes(role)}
                disabled={role === "PEGAWAI"}
                className="h-4 w-4 rounded border-slate-300 text-brand-700"
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </div>
        <p id="roles-hint" className="mt-1 text-xs text-slate-500">
          {t("employees.account.rolesHint")}
        </p>
      </fieldset>
      <div>
        <label className="flex items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="active" defaultChecked={account.active} aria-describedby="active-hint" className="h-4 w-4 rounded border-slate-300 text-brand-700" />
          {t("employees.account.active")}
        </label>
        <p id="active-hint" className="mt-1 text-xs text-slate-500">
          {t("employees.account.activeHint")}
        </p>
      </div>
      <SubmitButton>{t("employees.account.save")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ save, version }: { save: FormAction; version: number }) {
  const [state, action] = useActionState(save, initialFormState);
  return (
    <form action={action} className="space-y-3" aria-label={t("employees.account.resetTitle")}>
      <FormMessage tone="error" message={state.fieldErrors ? undefined : state.message} />
      <input type="hidden" name="version" value={version} />
      <InputField name="newPassword" label={t("employees.account.newPassword")} type="password" autoComplete="new-password" required errors={state.fieldErrors?.newPassword} />
      <ConfirmSubmit label={t("employees.account.reset")} message={t("employees.account.resetConfirm")} />
    </form>
  );
}
