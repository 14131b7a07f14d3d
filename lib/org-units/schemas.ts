import { z } from "zod";
import { optionalId, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

/** Unit codes are typed in any case and stored upper-case ("bkd.mut" → "BKD.MUT"). */
export const unitCode = z
  .string({ error: t("errors.required") })
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { error: t("errors.required") })
      .max(40, { error: t("errors.tooLong", { max: 40 }) })
      .regex(/^[A-Z0-9.-]+$/, { error: t("orgUnits.errors.codeFormat") }),
  );

const fields = { code: unitCode, name: requiredText(200), parentId: optionalId };

export const ZCreateOrgUnit = z.object(fields);
export type TCreateOrgUnit = z.infer<typeof ZCreateOrgUnit>;

export const ZUpdateOrgUnit = z.object({ ...fields, version: versionField });
export type TUpdateOrgUnit = z.infer<typeof ZUpdateOrgUnit>;

/** The delete form carries only the version its confirmation page showed. */
export const ZDeleteOrgUnit = z.object({ version: versionField });
export type TDeleteOrgUnit = z.infer<typeof ZDeleteOrgUnit>;
