import { z } from "zod";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import type { Rating } from "@/lib/domain/predikat";
import { optionalText } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { commentField, nipField, valueField } from "./field-names";
import { rating } from "./schemas";

/** The rater asks at most this many peers or subordinates per evaluation. */
export const MAX_RESPONDENTS = 5;
export const COMMENT_MAX = 500;

const SLOTS = Array.from({ length: MAX_RESPONDENTS }, (_, i) => i + 1);

const nip = z
  .string()
  .optional()
  .transform((value) => (value ?? "").replace(/\s+/g, ""))
  .pipe(z.string().regex(/^(\d{18})?$/, { error: t("nip.errors.FORMAT") }));

/** Up to five NIP inputs; empty ones are ignored, at least one is needed. */
export const ZFeedbackRequest = z
  .object(Object.fromEntries(SLOTS.map((slot) => [nipField(slot), nip])) as Record<string, typeof nip>)
  .transform((input) => SLOTS.map((slot) => ({ field: nipField(slot), nip: input[nipField(slot)] ?? "" })).filter((entry) => entry.nip !== ""))
  .superRefine((entries, ctx) => {
    if (entries.length === 0) ctx.addIssue({ code: "custom", path: [nipField(1)], message: t("evaluations.feedback.errors.noneGiven") });
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.nip)) ctx.addIssue({ code: "custom", path: [entry.field], message: t("evaluations.feedback.errors.duplicate") });
      seen.add(entry.nip);
    }
  });
export type TFeedbackRequest = z.infer<typeof ZFeedbackRequest>;

const comment = optionalText(COMMENT_MAX);

export type TFeedbackAnswer = { value: CoreValue; rating: Rating; comment: string | null }[];

/** A respondent's answer: a rating and an optional short comment per core value. */
export const ZFeedbackAnswer = z
  .object(Object.fromEntries(CORE_VALUES.flatMap(({ value }) => [[valueField(value), rating], [commentField(value), comment]])) as Record<string, typeof rating | typeof comment>)
  .transform((input): TFeedbackAnswer =>
    CORE_VALUES.map(({ value }) => ({ value, rating: input[valueField(value)] as Rating, comment: (input[commentField(value)] as string | null) ?? null })),
  );
