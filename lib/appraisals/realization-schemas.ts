import { z } from "zod";
import { optionalText, requiredDate, requiredId, requiredText } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

/** Empty becomes null; otherwise a non-negative number with up to 2 decimals (comma or point). */
const optionalAmount = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value.replace(",", ".") : null))
  .pipe(
    z
      .string()
      .regex(/^\d{1,10}(\.\d{1,2})?$/, { error: t("skp.errors.amount") })
      .transform(Number)
      .nullable(),
  );

/** Only web links: a `javascript:` or `file:` URL in evidence would run or leak on a click. */
const optionalLink = optionalText(500).pipe(
  z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return url.protocol === "https:" || url.protocol === "http:";
      } catch {
        return false;
      }
    }, { error: t("skp.errors.link") })
    .nullable(),
);

export const ZRealization = z.object({
  indicatorId: requiredId,
  date: requiredDate,
  value: optionalAmount,
  text: requiredText(1000),
  link: optionalLink,
});
export type TRealization = z.infer<typeof ZRealization>;

/** The uploaded evidence as the action read it from the form. */
export type EvidenceUpload = { filename: string; bytes: Uint8Array };
