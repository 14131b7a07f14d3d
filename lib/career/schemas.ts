import { z } from "zod";
import { pageParam, requiredId } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

/**
 * The target the form was opened with ("" = none). The person's target has no version column, so
 * this is its optimistic lock: a change made in another tab since then refuses the save.
 */
const expectedTarget = z
  .string()
  .trim()
  .regex(/^\d{0,9}$/, { error: t("errors.invalidChoice") })
  .transform((value) => (value === "" ? null : Number(value)));

export const ZSetCareerTarget = z.object({ positionId: requiredId, expected: expectedTarget });
export type TSetCareerTarget = z.infer<typeof ZSetCareerTarget>;

export const ZClearCareerTarget = z.object({ expected: expectedTarget });
export type TClearCareerTarget = z.infer<typeof ZClearCareerTarget>;

export const TARGET_SEARCH_PAGE_SIZE = 10;

/** The position search of the target form, from the query string; anything malformed is no search. */
export const ZTargetSearch = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam,
});
export type TTargetSearch = z.infer<typeof ZTargetSearch>;
