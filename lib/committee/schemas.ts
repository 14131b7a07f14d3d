import { z } from "zod";
import { DECISIONS, VOTE_WORDS } from "@/lib/domain/promotion-round";
import { requiredEnum, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

// A reason is what the candidate reads about their own case, so each word carries one of a length
// that says something: a recommendation 10 characters, a correction 20.
function reason(min: number, max = 2000) {
  return z
    .string({ error: t("errors.required") })
    .trim()
    .min(1, { error: t("errors.required"), abort: true })
    .min(min, { error: t("committee.errors.reasonMin", { min }) })
    .max(max, { error: t("errors.tooLong", { max }) });
}

export const VOTE_REASON_MIN = 10;
export const CORRECTION_REASON_MIN = 20;
export const DECISION_REASON_MIN = 10;

export const ZConflict = z.object({ reason: reason(5) });
export type TConflict = z.infer<typeof ZConflict>;

export const ZVote = z.object({ kind: requiredEnum(VOTE_WORDS), reason: reason(VOTE_REASON_MIN) });
export type TVote = z.infer<typeof ZVote>;

export const ZDecide = z.object({ decision: requiredEnum(DECISIONS), reason: reason(DECISION_REASON_MIN), version: versionField });
export type TDecide = z.infer<typeof ZDecide>;

export const ZCloseCase = z.object({});

export const ZCorrectDecision = z.object({ decision: requiredEnum(DECISIONS), reason: reason(CORRECTION_REASON_MIN), version: versionField });
export type TCorrectDecision = z.infer<typeof ZCorrectDecision>;
