import { InputField, SelectField } from "@/components/ui/field";
import type { FormState } from "@/lib/form-state";
import { t } from "@/lib/i18n";

export type IdentityDefaults = {
  nip?: string;
  name?: string;
  frontTitle?: string;
  backTitle?: string;
  gender?: string;
  birthPlace?: string;
  birthDate?: string;
  serviceStart?: string;
  email?: string;
  phone?: string;
  supervisorNip?: string;
};

/** Identity and contact fields, shared by the create and edit forms. */
export function IdentityFields({ state, defaults }: { state: FormState; defaults: IdentityDefaults }) {
  const value = (name: keyof IdentityDefaults) => state.values?.[name] ?? defaults[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <InputField name="nip" label={t("employees.form.nip")} hint={t("employees.form.nipHint")} required inputMode="numeric" maxLength={22} defaultValue={value("nip")} errors={errors("nip")} />
      <InputField name="name" label={t("employees.form.name")} required maxLength={150} autoComplete="off" defaultValue={value("name")} errors={errors("name")} />
      <InputField name="frontTitle" label={t("employees.form.frontTitle")} optional maxLength={40} defaultValue={value("frontTitle")} errors={errors("frontTitle")} />
      <InputField name="backTitle" label={t("employees.form.backTitle")} optional maxLength={60} defaultValue={value("backTitle")} errors={errors("backTitle")} />
      <SelectField
        name="gender"
        label={t("employees.form.gender")}
        required
        placeholder={t("employees.form.choose")}
        defaultValue={value("gender")}
        errors={errors("gender")}
        options={[
          { value: "MALE", label: t("enums.gender.MALE") },
          { value: "FEMALE", label: t("enums.gender.FEMALE") },
        ]}
      />
      <InputField name="birthPlace" label={t("employees.form.birthPlace")} required maxLength={100} defaultValue={value("birthPlace")} errors={errors("birthPlace")} />
      <InputField name="birthDate" label={t("employees.form.birthDate")} type="date" required defaultValue={value("birthDate")} errors={errors("birthDate")} />
      <InputField name="serviceStart" label={t("employees.form.serviceStart")} type="date" required defaultValue={value("serviceStart")} errors={errors("serviceStart")} />
      <InputField name="email" label={t("employees.form.email")} type="email" optional maxLength={150} defaultValue={value("email")} errors={errors("email")} />
      <InputField name="phone" label={t("employees.form.phone")} type="tel" optional maxLength={30} defaultValue={value("phone")} errors={errors("phone")} />
      <InputField
        name="supervisorNip"
        label={t("employees.form.supervisorNip")}
        hint={t("employees.form.supervisorHint")}
        optional
        inputMode="numeric"
        maxLength={22}
        defaultValue={value("supervisorNip")}
        errors={errors("supervisorNip")}
      />
    </div>
  );
}
