import { z } from "zod";
import { today } from "@/lib/clock";
import { SANCTION_LEVELS } from "@/lib/domain/career/enums";
import { DEFAULT_BLOCKS_PROMOTION } from "@/lib/domain/career/sanctions";
import { isAfter, isBefore } from "@/lib/domain/dates";
import { optionalDate, optionalText, requiredDate, requiredEnum, requiredId, requiredInt, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

/**
 * Where an assessment comes from. "Uji Kompetensi" is kept verbatim: the career page reads a jenjang's
 * competency test from it. "Lainnya" asks for the source in words, and that text is what is stored.
 */
export const ASSESSMENT_SOURCES = ["Assessment Center BKD", "Uji Kompetensi", "Asesmen Lapangan", "Lainnya"] as const;
export const OTHER_SOURCE = "Lainnya";

function notFuture(ctx: z.RefinementCtx, date: Date | null, path: string) {
  if (date && isAfter(date, today())) ctx.addIssue({ code: "custom", path: [path], message: t("errors.dateInFuture") });
}

export const ZAddAssessment = z
  .object({
    competencyId: requiredId,
    // The dictionary's levels run 1..5 at most; the competency's own maxLevel is checked on the server.
    level: requiredInt(1, 5),
    assessedOn: requiredDate,
    source: requiredEnum(ASSESSMENT_SOURCES),
    sourceOther: optionalText(200),
    notes: optionalText(1000),
  })
  .superRefine((value, ctx) => {
    notFuture(ctx, value.assessedOn, "assessedOn");
    if (value.source === OTHER_SOURCE && !value.sourceOther) ctx.addIssue({ code: "custom", path: ["sourceOther"], message: t("records.errors.sourceOther") });
  })
  .transform(({ sourceOther, ...value }) => ({ ...value, source: value.source === OTHER_SOURCE ? (sourceOther ?? OTHER_SOURCE) : value.source }));
export type TAddAssessment = z.infer<typeof ZAddAssessment>;

export const ZAward = z
  .object({ name: requiredText(200), grantor: requiredText(200), skNumber: requiredText(100), skDate: requiredDate })
  .superRefine((value, ctx) => notFuture(ctx, value.skDate, "skDate"));
export type TAward = z.infer<typeof ZAward>;

/** "DEFAULT" follows the level (DEFAULT_BLOCKS_PROMOTION); HR picks YES or NO when the SK says otherwise. */
export const BLOCKS_CHOICES = ["DEFAULT", "YES", "NO"] as const;
export type BlocksChoice = (typeof BLOCKS_CHOICES)[number];

export function resolveBlocks(level: (typeof SANCTION_LEVELS)[number], choice: BlocksChoice): boolean {
  return choice === "DEFAULT" ? DEFAULT_BLOCKS_PROMOTION[level] : choice === "YES";
}

/** The choice a stored row is shown with on its edit form: DEFAULT whenever it equals the level's default. */
export function blocksChoiceOf(level: (typeof SANCTION_LEVELS)[number], blocksPromotion: boolean): BlocksChoice {
  if (blocksPromotion === DEFAULT_BLOCKS_PROMOTION[level]) return "DEFAULT";
  return blocksPromotion ? "YES" : "NO";
}

const sanctionFields = {
  level: requiredEnum(SANCTION_LEVELS),
  kind: requiredText(200),
  reason: requiredText(1000),
  startDate: requiredDate,
  endDate: optionalDate,
  blocksPromotion: requiredEnum(BLOCKS_CHOICES),
  skNumber: requiredText(100),
  skDate: requiredDate,
};

type SanctionDates = { startDate: Date; endDate: Date | null; skDate: Date };

function checkSanction(value: SanctionDates, ctx: z.RefinementCtx) {
  if (value.endDate && isBefore(value.endDate, value.startDate)) ctx.addIssue({ code: "custom", path: ["endDate"], message: t("records.errors.endBeforeStart") });
  notFuture(ctx, value.skDate, "skDate");
}

export const ZSanction = z
  .object(sanctionFields)
  .superRefine(checkSanction)
  .transform((value) => ({ ...value, blocksPromotion: resolveBlocks(value.level, value.blocksPromotion) }));
export type TSanction = z.infer<typeof ZSanction>;

export const ZUpdateSanction = z
  .object({ ...sanctionFields, version: versionField })
  .superRefine(checkSanction)
  .transform((value) => ({ ...value, blocksPromotion: resolveBlocks(value.level, value.blocksPromotion) }));
export type TUpdateSanction = z.infer<typeof ZUpdateSanction>;

export const ZDeleteSanction = z.object({ version: versionField });

/** Deletes of rows without a version (assessment, award): the bound ids say everything. */
export const ZNoFields = z.object({});
