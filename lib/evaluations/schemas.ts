import { z } from "zod";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import { feedbackRequired } from "@/lib/domain/appraisal/evaluation-state";
import { RATINGS, type Rating } from "@/lib/domain/predikat";
import { optionalEnum, optionalText, requiredEnum, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { resultNoteField, valueField, valueNoteField } from "./field-names";

// Every evaluation form carries the version of the evaluation it was opened on; "0" means the
// evaluation had no row yet (rows are created at first touch).

export const rating = requiredEnum(RATINGS);

/** Long free texts (self-assessment, appeal reason, decision reason): a sentence at least. */
function reasonText(min: number, max: number) {
  return requiredText(max).pipe(z.string().min(min, { error: t("evaluations.errors.tooShort", { min }) }));
}

export const ZSelfAssessment = z.object({ selfAssessment: reasonText(20, 4000) });
export type TSelfAssessment = z.infer<typeof ZSelfAssessment>;

export const ZVersionOnly = z.object({ version: versionField });
export type TVersionOnly = z.infer<typeof ZVersionOnly>;

export const ZAppeal = z.object({ reason: reasonText(20, 4000), version: versionField });
export type TAppeal = z.infer<typeof ZAppeal>;

export const APPEAL_DECISIONS = ["UPHOLD", "CHANGE"] as const;

export const ZAppealDecision = z
  .object({
    decision: requiredEnum(APPEAL_DECISIONS),
    workRating: optionalEnum(RATINGS),
    behaviourRating: optionalEnum(RATINGS),
    reason: reasonText(20, 4000),
    version: versionField,
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "CHANGE") return;
    for (const path of ["workRating", "behaviourRating"] as const) {
      if (!value[path]) ctx.addIssue({ code: "custom", path: [path], message: t("evaluations.errors.newRatingRequired") });
    }
  });
export type TAppealDecision = z.infer<typeof ZAppealDecision>;


const RESULT_KEY = /^result_(\d{1,9})$/;

const valueShape = Object.fromEntries(
  CORE_VALUES.flatMap(({ value }) => [
    [valueField(value), rating],
    [valueNoteField(value), optionalText(1000)],
  ]),
) as Record<string, typeof rating | ReturnType<typeof optionalText>>;

export type LineRating<K> = { key: K; rating: Rating; note: string | null };

export type TRating = {
  workRating: Rating;
  behaviourRating: Rating;
  feedback: string | null;
  version: number;
  results: LineRating<number>[];
  values: LineRating<CoreValue>[];
};

const noteSchema = optionalText(1000);

/**
 * The full rating form. RHK ratings arrive under names that hold the plan result's id; whether they
 * are exactly the SKP's RHK is checked by the mutation, which knows the plan.
 */
export const ZRating = z
  .looseObject({ workRating: rating, behaviourRating: rating, feedback: optionalText(4000), version: versionField, ...valueShape })
  .transform((input, ctx): TRating => {
    const raw = input as Record<string, unknown>;
    const results: LineRating<number>[] = [];
    for (const [key, value] of Object.entries(raw)) {
      const match = RESULT_KEY.exec(key);
      if (!match) continue;
      const parsed = rating.safeParse(value);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", path: [key], message: t("errors.invalidChoice") });
        continue;
      }
      const resultId = Number(match[1]);
      const note = noteSchema.safeParse(raw[resultNoteField(resultId)] ?? "");
      if (!note.success) ctx.addIssue({ code: "custom", path: [resultNoteField(resultId)], message: t("errors.tooLong", { max: 1000 }) });
      results.push({ key: resultId, rating: parsed.data, note: note.success ? note.data : null });
    }
    const values = CORE_VALUES.map(({ value }) => ({
      key: value,
      rating: raw[valueField(value)] as Rating,
      note: (raw[valueNoteField(value)] as string | null) ?? null,
    }));
    return { workRating: input.workRating, behaviourRating: input.behaviourRating, feedback: input.feedback, version: input.version, results, values };
  })
  .superRefine((value, ctx) => {
    const lines = { resultRatings: value.results.map((r) => r.rating), behaviourRatings: value.values.map((v) => v.rating) };
    if (!value.feedback && feedbackRequired({ workRating: value.workRating, behaviourRating: value.behaviourRating, ...lines })) {
      ctx.addIssue({ code: "custom", path: ["feedback"], message: t("evaluations.errors.feedbackRequired") });
    }
  });

/** Bulk mode: the two overall ratings and feedback; every RHK and value line takes the overall rating. */
export const ZBulkRating = z
  .object({ workRating: rating, behaviourRating: rating, feedback: optionalText(4000), version: versionField })
  .superRefine((value, ctx) => {
    if (!value.feedback && feedbackRequired({ workRating: value.workRating, behaviourRating: value.behaviourRating, resultRatings: [], behaviourRatings: [] })) {
      ctx.addIssue({ code: "custom", path: ["feedback"], message: t("evaluations.errors.feedbackRequired") });
    }
  });
export { resultField, resultNoteField, valueField, valueNoteField } from "./field-names";
export type TBulkRating = z.infer<typeof ZBulkRating>;
