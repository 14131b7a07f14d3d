import "server-only";
import { today } from "@/lib/clock";
import { ORG_RESULTS, type DistributionRule, type OrgResult } from "@/lib/domain/appraisal/distribution";
import type { EvaluationFrequency } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ruleStamp } from "./rule-stamp";

export type RuleRow = DistributionRule & { id: number };
export type RuleTable = { orgResult: OrgResult; rows: RuleRow[]; stamp: string };

export type SettingsPage = {
  settings: { frequency: EvaluationFrequency; appealDays: number; feedbackDays: number; version: number } | null;
  /** Year whose evaluations already exist, so its frequency can no longer change (see the mutation). */
  frequencyLockedYear: number | null;
  tables: RuleTable[];
  /** Stamp of every rule, for "kembalikan ke bawaan". */
  allStamp: string;
};

const ruleSelect = { id: true, orgResult: true, predikats: true, minPercent: true, maxPercent: true, requireAny: true, version: true } as const;

/** Every rule, grouped per org result in the order HR entered them. */
export async function loadRuleTables(): Promise<{ tables: RuleTable[]; allStamp: string }> {
  const rows = await db.distributionRule.findMany({ select: ruleSelect, orderBy: { id: "asc" } });
  const tables = ORG_RESULTS.map((orgResult) => {
    const own = rows.filter((row) => row.orgResult === orgResult);
    return { orgResult, rows: own.map(({ version: _v, ...rule }) => rule), stamp: ruleStamp(own) };
  });
  return { tables, allStamp: ruleStamp(rows) };
}

/** Whether any evaluation of `year` exists: one probe of the (year, kind, unit_id, predikat) index. */
export async function hasEvaluationsIn(year: number): Promise<boolean> {
  return (await db.evaluation.findFirst({ where: { year }, select: { id: true } })) !== null;
}

export async function getSettingsPage(user: SessionUser): Promise<SettingsPage> {
  authorize(user, "appraisal.manage");
  const year = today().getUTCFullYear();
  const [settings, locked, rules] = await Promise.all([
    db.appraisalSetting.findUnique({ where: { id: 1 }, select: { frequency: true, appealDays: true, feedbackDays: true, version: true } }),
    hasEvaluationsIn(year),
    loadRuleTables(),
  ]);
  return { settings, frequencyLockedYear: locked ? year : null, ...rules };
}
