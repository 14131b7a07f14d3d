import { z } from "zod";
import { today } from "@/lib/clock";
import { isAfter } from "@/lib/domain/dates";
import { POSITION_TYPES } from "@/lib/domain/positions";
import { POTENTIAL_SCORE_MAX, POTENTIAL_SCORE_MIN } from "@/lib/domain/talent/nine-box";
import { optionalText, pageParam, requiredDate, requiredEnum, requiredText } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const TALENT_PAGE_SIZE = 25;

/** Where scores usually come from; the field is free text, these are offered as suggestions. */
export const POTENTIAL_SOURCES = ["Assessment Center BKD", "Assessment Center BKN", "Uji Kompetensi", "Asesmen Lapangan"] as const;

const POSITION_TYPE_VALUES = POSITION_TYPES.map((p) => p.type) as [string, ...string[]];

/** The 9-box pages' query string; anything malformed falls back to "no filter" (year: the default). */
export const ZTalentFilters = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  type: z.enum(POSITION_TYPE_VALUES).optional().catch(undefined),
  page: pageParam,
});
export type TTalentFilters = z.infer<typeof ZTalentFilters>;

/** The people search of the potential-score pages. */
export const ZTalentPeopleFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  missing: z.enum(["potential"]).optional().catch(undefined),
  page: pageParam,
});
export type TTalentPeopleFilters = z.infer<typeof ZTalentPeopleFilters>;

/** 0..100 with at most two decimals; a comma is read as the decimal mark ("72,5"), as people type it here. */
const scoreField = z
  .string({ error: t("errors.required") })
  .trim()
  .min(1, { error: t("errors.required"), abort: true })
  .transform((value) => value.replace(",", "."))
  .pipe(z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, { error: t("talent.errors.scoreFormat") }))
  .transform(Number)
  .pipe(
    z
      .number()
      .min(POTENTIAL_SCORE_MIN, { error: t("errors.numberRange", { min: POTENTIAL_SCORE_MIN, max: POTENTIAL_SCORE_MAX }) })
      .max(POTENTIAL_SCORE_MAX, { error: t("errors.numberRange", { min: POTENTIAL_SCORE_MIN, max: POTENTIAL_SCORE_MAX }) }),
  );

export const ZAddPotential = z
  .object({ score: scoreField, assessedOn: requiredDate, source: requiredText(200) })
  .superRefine((value, ctx) => {
    // Refinements also run after a field failed; only a parsed date is compared.
    if (value.assessedOn instanceof Date && isAfter(value.assessedOn, today())) ctx.addIssue({ code: "custom", path: ["assessedOn"], message: t("errors.dateInFuture") });
  });
export type TAddPotential = z.infer<typeof ZAddPotential>;

export const SUCCESSION_READINESS = ["READY_NOW", "READY_1_2_YEARS"] as const;

export const ZAddSuccessor = z.object({
  nip: z
    .string({ error: t("errors.required") })
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().min(1, { error: t("errors.required"), abort: true }).regex(/^\d{18}$/, { error: t("talent.errors.nipFormat") })),
  readiness: requiredEnum(SUCCESSION_READINESS),
  note: optionalText(1000),
});
export type TAddSuccessor = z.infer<typeof ZAddSuccessor>;

/** Deletes whose bound ids say everything (potential scores and successors carry no version). */
export const ZNoFields = z.object({});
