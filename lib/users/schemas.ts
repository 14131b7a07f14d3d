import { z } from "zod";
import { versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const ROLES = ["PEGAWAI", "ATASAN", "ADMIN_BKD", "TIM_PENILAI"] as const;

const roleList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.enum(ROLES, { error: t("errors.invalidChoice") })))
  // Every ASN is a PEGAWAI whatever the form sent.
  .transform((roles) => [...new Set(["PEGAWAI" as const, ...roles])]);

/** `sessionVersion` doubles as the account's optimistic-lock version: every change bumps it. */
export const ZUpdateAccount = z.object({
  roles: roleList,
  active: z
    .string()
    .optional()
    .transform((value) => value === "on"),
  version: versionField,
});
export type TUpdateAccount = z.infer<typeof ZUpdateAccount>;

export const ZResetPassword = z.object({
  newPassword: z.string().min(8, { error: t("employees.errors.passwordShort") }).max(200),
  version: versionField,
});
export type TResetPassword = z.infer<typeof ZResetPassword>;
