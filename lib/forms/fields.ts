import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";

// Building blocks for form schemas: every field arrives as text from FormData and leaves typed, with
// the Indonesian message the field shows when it does not fit.

const trimmed = z.string({ error: t("errors.required") }).trim();

export function requiredText(max: number) {
  return trimmed.min(1, { error: t("errors.required") }).max(max, { error: t("errors.tooLong", { max }) });
}

/** Empty text becomes null (clears the column). */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: t("errors.tooLong", { max }) })
    .optional()
    .transform((value) => (value ? value : null));
}

export const requiredDate = trimmed.min(1, { error: t("errors.required") }).transform((value, ctx) => {
  const date = parseIsoDate(value);
  if (!date) {
    ctx.addIssue({ code: "custom", message: t("errors.invalidDate") });
    return z.NEVER;
  }
  return date;
});

/** Empty text becomes null; anything else must be a real date. */
export const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = parseIsoDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: t("errors.invalidDate") });
      return z.NEVER;
    }
    return date;
  });

export const optionalEmail = z
  .string()
  .trim()
  .max(150, { error: t("errors.tooLong", { max: 150 }) })
  .optional()
  .transform((value) => (value ? value : null))
  .pipe(z.email({ error: t("errors.invalidEmail") }).nullable());

export const requiredId = trimmed
  .min(1, { error: t("errors.required"), abort: true })
  .regex(/^\d{1,9}$/, { error: t("errors.invalidChoice") })
  .transform(Number);

export const optionalId = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : null))
  .pipe(z.string().regex(/^\d{1,9}$/, { error: t("errors.invalidChoice") }).transform(Number).nullable());

export function requiredEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: t("errors.invalidChoice") });
}

export function optionalEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .optional()
    .transform((value) => (value ? value : null))
    .pipe(z.enum(values, { error: t("errors.invalidChoice") }).nullable());
}

export function requiredInt(min: number, max: number) {
  return trimmed
    .min(1, { error: t("errors.required"), abort: true })
    .regex(/^-?\d+$/, { error: t("errors.invalidNumber") })
    .transform(Number)
    .pipe(z.number().int().min(min, { error: t("errors.numberRange", { min, max }) }).max(max, { error: t("errors.numberRange", { min, max }) }));
}

/** A version number carried by an edit form for optimistic locking. */
export const versionField = z.string().regex(/^\d+$/).transform(Number);

/** Query-string page number: anything odd becomes page 1. */
export const pageParam = z.coerce.number().int().min(1).max(100_000).catch(1);

/** Short reference codes (unit, competency): typed in any case, stored upper-case ("bkd.mut" → "BKD.MUT"). */
export const codeField = z
  .string({ error: t("errors.required") })
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { error: t("errors.required") })
      .max(40, { error: t("errors.tooLong", { max: 40 }) })
      .regex(/^[A-Z0-9.-]+$/, { error: t("errors.codeFormat") }),
  );
