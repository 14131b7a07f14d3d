import { z } from "zod";
import { REGISTRATION_STATUSES } from "@/lib/domain/career/enums";
import { optionalDate, optionalText, pageParam, requiredEnum, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const ZRegister = z.object({ motivation: optionalText(1000) });
export type TRegister = z.infer<typeof ZRegister>;

/** Cancel carries the version of the registration the page showed. */
export const ZRegistrationVersion = z.object({ version: versionField });

export const DECISIONS = ["APPROVE", "DECLINE"] as const;
export type Decision = (typeof DECISIONS)[number];

/** The supervisor's decision; a decline needs its reason (the employee reads it). */
export const ZDecision = z
  .object({ decision: requiredEnum(DECISIONS), reason: optionalText(1000), version: versionField })
  .superRefine((value, ctx) => {
    if (value.decision === "DECLINE" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: t("trainings.errors.reasonRequired") });
  });
export type TDecision = z.infer<typeof ZDecision>;

export const OUTCOMES = ["COMPLETED", "NOT_COMPLETED"] as const;

/** HR's attendance record of one participant; the completion date defaults to the training's end. */
export const ZCompletion = z
  .object({ outcome: requiredEnum(OUTCOMES), certificateNumber: optionalText(100), completedAt: optionalDate, version: versionField })
  .superRefine((value, ctx) => {
    if (value.outcome === "COMPLETED" && !value.certificateNumber) {
      ctx.addIssue({ code: "custom", path: ["certificateNumber"], message: t("trainings.errors.certificateRequired") });
    }
  });
export type TCompletion = z.infer<typeof ZCompletion>;

/**
 * "Tandai semua selesai": every APPROVED participant COMPLETED on the end date, certificate numbers
 * = prefix + 001, 002 … in name order. `expected` is the count the page showed, so a list that changed
 * meanwhile is refused instead of completing people HR did not see.
 */
export const ZBulkCompletion = z.object({
  prefix: requiredText(96),
  expected: z.string().regex(/^\d{1,6}$/).transform(Number),
});
export type TBulkCompletion = z.infer<typeof ZBulkCompletion>;

export const REGISTRATIONS_PAGE_SIZE = 25;

export const ZRegistrationFilters = z.object({
  status: z.enum(REGISTRATION_STATUSES).optional().catch(undefined),
  page: pageParam,
});
export type TRegistrationFilters = z.infer<typeof ZRegistrationFilters>;
