import { z } from "zod";
import { today } from "@/lib/clock";
import { EXTERNAL_TRAINING_STATUSES, TRAINING_KINDS } from "@/lib/domain/career/enums";
import { isAfter } from "@/lib/domain/dates";
import { optionalText, pageParam, requiredDate, requiredEnum, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";
import { jpField } from "./fields";

/** Pelatihan di luar katalog, entered by the employee after it took place. */
export const ZExternalTraining = z
  .object({
    title: requiredText(200),
    kind: requiredEnum(TRAINING_KINDS),
    provider: requiredText(200),
    startDate: requiredDate,
    endDate: requiredDate,
    hours: jpField,
    certificateNumber: requiredText(100),
  })
  .superRefine((value, ctx) => {
    if (isAfter(value.startDate, value.endDate)) ctx.addIssue({ code: "custom", path: ["endDate"], message: t("trainings.errors.endBeforeStart") });
    else if (isAfter(value.endDate, today())) ctx.addIssue({ code: "custom", path: ["endDate"], message: t("trainings.errors.externalNotFinished") });
  });
export type TExternalTraining = z.infer<typeof ZExternalTraining>;

/** The uploaded certificate as the action read it from the form. */
export type CertificateUpload = { filename: string; bytes: Uint8Array };

export const EXTERNAL_DECISIONS = ["VERIFY", "REJECT"] as const;

export const ZExternalDecision = z
  .object({ decision: requiredEnum(EXTERNAL_DECISIONS), reason: optionalText(1000), version: versionField })
  .superRefine((value, ctx) => {
    if (value.decision === "REJECT" && !value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: t("trainings.errors.reasonRequired") });
  });
export type TExternalDecision = z.infer<typeof ZExternalDecision>;

export const EXTERNAL_PAGE_SIZE = 25;

export const ZExternalFilters = z.object({
  status: z.enum(EXTERNAL_TRAINING_STATUSES).optional().catch(undefined),
  page: pageParam,
});
export type TExternalFilters = z.infer<typeof ZExternalFilters>;
