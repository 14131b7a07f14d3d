import { z } from "zod";
import { today } from "@/lib/clock";
import { CASE_STATUSES } from "@/lib/domain/promotion-round";
import { MERIT_KEYS, weightsProblems, type MeritKey, type MeritWeights } from "@/lib/domain/talent/merit";
import { pageParam, requiredDate, requiredId, requiredInt, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { REASON_MIN_LENGTH, tmtProblem } from "./selection-rules";

const reason = z
  .string({ error: t("errors.required") })
  .trim()
  .min(REASON_MIN_LENGTH, { error: t("placements.errors.reasonLength", { min: REASON_MIN_LENGTH }) })
  .max(2000, { error: t("errors.tooLong", { max: 2000 }) });

const nip = z
  .string({ error: t("errors.required") })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().min(1, { error: t("errors.required") }).regex(/^\d{18}$/, { error: t("nip.errors.FORMAT") }));

export const ZOpenSelection = z
  .object({ positionId: requiredId, tmt: requiredDate })
  .superRefine((value, ctx) => {
    const problem = tmtProblem(value.tmt, today());
    if (problem) ctx.addIssue({ code: "custom", path: ["tmt"], message: t(`placements.errors.tmt.${problem}`) });
  });
export type TOpenSelection = z.infer<typeof ZOpenSelection>;

const weightFields = Object.fromEntries(MERIT_KEYS.map((key) => [key, requiredInt(0, 100)])) as Record<MeritKey, ReturnType<typeof requiredInt>>;

/** The sum is checked here (shown beside the weights' fieldset as `total`), again in the rule itself. */
export const ZWeights = z
  .object({ ...weightFields, reason, version: versionField })
  .superRefine((value, ctx) => {
    const weights = Object.fromEntries(MERIT_KEYS.map((key) => [key, value[key]])) as MeritWeights;
    for (const problem of weightsProblems(weights)) {
      if (problem.code === "SUM") {
        const sum = MERIT_KEYS.reduce((total, key) => total + value[key], 0);
        ctx.addIssue({ code: "custom", path: ["total"], message: t("placements.errors.weightsSum", { sum }) });
      }
    }
  });
export type TWeights = z.infer<typeof ZWeights>;

export function weightsOf(input: TWeights): MeritWeights {
  return Object.fromEntries(MERIT_KEYS.map((key) => [key, input[key]])) as MeritWeights;
}

export const ZVersion = z.object({ version: versionField });
export type TVersion = z.infer<typeof ZVersion>;

export const ZAddCandidate = z.object({ nip, justification: reason, version: versionField });
export type TAddCandidate = z.infer<typeof ZAddCandidate>;

export const ZSendSelection = z.object({ chairId: requiredId, version: versionField });
export type TSendSelection = z.infer<typeof ZSendSelection>;

export const SELECTION_PAGE_SIZE = 25;

/** The list's query string; anything malformed means "no filter". */
export const ZSelectionFilters = z.object({
  status: z.enum(CASE_STATUSES).optional().catch(undefined),
  page: pageParam,
});
export type TSelectionFilters = z.infer<typeof ZSelectionFilters>;
