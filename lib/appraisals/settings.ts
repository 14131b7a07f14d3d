import "server-only";
import { cache } from "react";
import type { EvaluationFrequency } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";

export type AppraisalSettings = { frequency: EvaluationFrequency; appealDays: number; feedbackDays: number; version: number };

// Used when the settings row has not been written yet (reference data creates it on start).
const DEFAULTS: AppraisalSettings = { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14, version: 0 };

/** The agency's appraisal settings, read once per request. Not secret: every role's pages use them. */
export const getAppraisalSettings = cache(async (): Promise<AppraisalSettings> => {
  const row = await db.appraisalSetting.findUnique({ where: { id: 1 }, select: { frequency: true, appealDays: true, feedbackDays: true, version: true } });
  return row ?? DEFAULTS;
});
