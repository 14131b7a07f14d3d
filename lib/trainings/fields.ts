import { z } from "zod";
import { t } from "@/lib/i18n";

// Form fields the training forms share beyond lib/forms/fields.ts.

/** Jam pelajaran: 0.5 to 500, up to two decimals, comma or point. */
export const jpField = z
  .string({ error: t("errors.required") })
  .trim()
  .min(1, { error: t("errors.required"), abort: true })
  .transform((value) => value.replace(",", "."))
  .pipe(
    z
      .string()
      .regex(/^\d{1,3}(\.\d{1,2})?$/, { error: t("trainings.errors.jp") })
      .transform(Number)
      .pipe(z.number().min(0.5, { error: t("trainings.errors.jp") }).max(500, { error: t("trainings.errors.jp") })),
  );

/** A checkbox group: nothing ticked arrives as no field at all, one as a string, several as an array. */
export function checkedValues<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(values, { error: t("errors.invalidChoice") })));
}

/** A checkbox group of database ids, de-duplicated. */
export const checkedIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string().regex(/^\d{1,9}$/, { error: t("errors.invalidChoice") }).transform(Number)))
  .transform((ids) => [...new Set(ids)]);

/** A year in the query string; anything odd is "not given". */
export const yearParam = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);
