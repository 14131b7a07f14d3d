import { z } from "zod";
import { DELIVERY_MODES, TRAINING_KINDS } from "@/lib/domain/career/enums";
import { isAfter } from "@/lib/domain/dates";
import { POSITION_TYPES, type PositionType } from "@/lib/domain/positions";
import { optionalId, optionalText, pageParam, requiredDate, requiredEnum, requiredInt, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { checkedIds, checkedValues, jpField } from "./fields";
import { QUOTA_MAX } from "./rules";

const POSITION_TYPE_VALUES = POSITION_TYPES.map((p) => p.type) as [PositionType, ...PositionType[]];

const fields = {
  title: requiredText(200),
  kind: requiredEnum(TRAINING_KINDS),
  provider: requiredText(200),
  mode: requiredEnum(DELIVERY_MODES),
  location: optionalText(200),
  description: optionalText(4000),
  startDate: requiredDate,
  endDate: requiredDate,
  registrationDeadline: requiredDate,
  hours: jpField,
  quota: requiredInt(1, QUOTA_MAX),
  competencyIds: checkedIds,
  positionTypes: checkedValues(POSITION_TYPE_VALUES),
  minRankId: optionalId.pipe(z.number().int().min(1, { error: t("errors.invalidChoice") }).max(17, { error: t("errors.invalidChoice") }).nullable()),
  unitId: optionalId,
};

type DateFields = { startDate: Date; endDate: Date; registrationDeadline: Date };

function checkDates(value: DateFields, ctx: z.RefinementCtx) {
  if (isAfter(value.startDate, value.endDate)) ctx.addIssue({ code: "custom", path: ["endDate"], message: t("trainings.errors.endBeforeStart") });
  if (isAfter(value.registrationDeadline, value.startDate)) {
    ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: t("trainings.errors.deadlineAfterStart") });
  }
}

/** The catalog form. The type (klasikal / non-klasikal) is not a field: it follows from the kind. */
export const ZTraining = z.object(fields).superRefine(checkDates);
export type TTraining = z.infer<typeof ZTraining>;

export const ZUpdateTraining = z.object({ ...fields, version: versionField }).superRefine(checkDates);
export type TUpdateTraining = z.infer<typeof ZUpdateTraining>;

/** Publish, unpublish and delete carry the version the page showed. */
export const ZTrainingVersion = z.object({ version: versionField });

export const CATALOG_PAGE_SIZE = 20;
export const CATALOG_WHEN = ["upcoming", "past"] as const;

/** The catalog's query string; anything malformed falls back to "no filter". */
export const ZCatalogFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  kind: z.enum(TRAINING_KINDS).optional().catch(undefined),
  mode: z.enum(DELIVERY_MODES).optional().catch(undefined),
  /** "hanya yang bisa saya ikuti". */
  eligible: z.literal("1").optional().catch(undefined),
  when: z.enum(CATALOG_WHEN).optional().catch(undefined),
  page: pageParam,
});
export type TCatalogFilters = z.infer<typeof ZCatalogFilters>;
