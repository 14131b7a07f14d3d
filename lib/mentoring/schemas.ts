import { z } from "zod";
import { today } from "@/lib/clock";
import { MENTORING_STATUSES } from "@/lib/domain/career/enums";
import { optionalText, pageParam, requiredDate, requiredInt, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { GOALS_LENGTH, MAX_PAIR_MONTHS, periodProblem, SESSION_MINUTES } from "./pair-rules";

const nip = z
  .string({ error: t("errors.required") })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().min(1, { error: t("errors.required") }).regex(/^\d{18}$/, { error: t("mentoring.errors.nipFormat") }));

export const ZOpenPair = z
  .object({
    // By NIP: at 100,000 employees a list to pick from would not fit a page.
    mentorNip: nip,
    menteeNip: nip,
    goals: z
      .string({ error: t("errors.required") })
      .trim()
      .min(GOALS_LENGTH.min, { error: t("mentoring.errors.goalsLength", GOALS_LENGTH) })
      .max(GOALS_LENGTH.max, { error: t("mentoring.errors.goalsLength", GOALS_LENGTH) }),
    startDate: requiredDate,
    endDate: requiredDate,
  })
  .superRefine((value, ctx) => {
    const problem = periodProblem(value.startDate, value.endDate);
    if (problem === "END_BEFORE_START") ctx.addIssue({ code: "custom", path: ["endDate"], message: t("mentoring.errors.endBeforeStart") });
    if (problem === "TOO_LONG") ctx.addIssue({ code: "custom", path: ["endDate"], message: t("mentoring.errors.tooLong", { months: MAX_PAIR_MONTHS }) });
  });
export type TOpenPair = z.infer<typeof ZOpenPair>;

/** The date's place in the pair's period is checked on the server, against the stored pair. */
export const ZLogSession = z
  .object({
    date: requiredDate,
    topic: requiredText(200),
    notes: optionalText(2000),
    minutes: requiredInt(SESSION_MINUTES.min, SESSION_MINUTES.max),
  })
  .superRefine((value, ctx) => {
    if (value.date > today()) ctx.addIssue({ code: "custom", path: ["date"], message: t("errors.dateInFuture") });
  });
export type TLogSession = z.infer<typeof ZLogSession>;

export const ZClosePair = z.object({ outcome: requiredText(2000), version: versionField });
export type TClosePair = z.infer<typeof ZClosePair>;

export const ZNoFields = z.object({});

export const OVERSIGHT_PAGE_SIZE = 25;

/** HR's and supervisors' list of pairs; anything malformed means "no filter". */
export const ZPairFilters = z.object({
  status: z.enum(MENTORING_STATUSES).optional().catch(undefined),
  unit: z.coerce.number().int().positive().optional().catch(undefined),
  page: pageParam,
});
export type TPairFilters = z.infer<typeof ZPairFilters>;
