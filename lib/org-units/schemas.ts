import { z } from "zod";
import { codeField, optionalId, requiredText, versionField } from "@/lib/forms/fields";

const fields = { code: codeField, name: requiredText(200), parentId: optionalId };

export const ZCreateOrgUnit = z.object(fields);
export type TCreateOrgUnit = z.infer<typeof ZCreateOrgUnit>;

export const ZUpdateOrgUnit = z.object({ ...fields, version: versionField });
export type TUpdateOrgUnit = z.infer<typeof ZUpdateOrgUnit>;

/** The delete form carries only the version its confirmation page showed. */
export const ZDeleteOrgUnit = z.object({ version: versionField });
export type TDeleteOrgUnit = z.infer<typeof ZDeleteOrgUnit>;
