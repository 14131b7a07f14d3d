import "server-only";
import { today } from "@/lib/clock";
import { DEFAULT_DISTRIBUTION_RULES, ORG_RESULTS, type OrgResult } from "@/lib/domain/appraisal/distribution";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { ruleStamp } from "./rule-stamp";
import type { RuleRowInput, TAppraisalSettings, TResetRules, TRuleSet } from "./schemas";

const settingsSelect = { frequency: true, appealDays: true, feedbackDays: true } as const;

/**
 * Evaluation rows store a period number (quarter 1-4 or month 1-12) that only means something under
 * the frequency it was created with, and there is one frequency for the agency, not one per year.
 * So the frequency may change only while the current year (WIB) has no evaluation yet; HR switches
 * at the turn of the year, before the first self-assessment or rating of the new year.
 */
async function assertFrequencyChangeable(tx: Tx): Promise<void> {
  const year = today().getUTCFullYear();
  const existing = await tx.evaluation.findFirst({ where: { year }, select: { id: true } });
  if (existing) throw fieldError("frequency", t("appraisalAdmin.settings.errors.frequencyLocked", { year }));
}

export async function updateAppraisalSettings(actor: SessionUser, input: TAppraisalSettings): Promise<void> {
  authorize(actor, "appraisal.manage");
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "appraisalSetting", 1, input.version);
    const before = await tx.appraisalSetting.findUniqueOrThrow({ where: { id: 1 }, select: settingsSelect });
    if (before.frequency !== input.frequency) await assertFrequencyChangeable(tx);
    const { version: _version, ...after } = input;
    await tx.appraisalSetting.update({ where: { id: 1 }, data: after });
    await writeAudit(tx, { actorId: actor.userId, action: "appraisalSetting.update", entityType: "AppraisalSetting", entityId: 1, before, after });
  });
}

/** Rule edits are rare and whole-table: one lock makes concurrent saves take turns, so stamps decide. */
async function lockRules(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.distribution_rules'))`;
}

const ruleSelect = { id: true, orgResult: true, predikats: true, minPercent: true, maxPercent: true, requireAny: true, version: true } as const;

async function replaceRules(tx: Tx, where: { orgResult?: OrgResult }, rows: (RuleRowInput & { orgResult: OrgResult })[], stamp: string) {
  const before = await tx.distributionRule.findMany({ where, select: ruleSelect, orderBy: { id: "asc" } });
  if (ruleStamp(before) !== stamp) throw new AppError("CONFLICT", t("errors.conflict"));
  await tx.distributionRule.deleteMany({ where });
  if (rows.length) await tx.distributionRule.createMany({ data: rows });
  return before.map(({ id: _id, version: _version, ...rule }) => rule);
}

/**
 * Replaces the limits table of one org result with what the editor posted. The form's stamp must
 * still match the stored rows: a table changed by someone else in the meantime is a CONFLICT and
 * nothing is written.
 */
export async function saveDistributionRules(actor: SessionUser, orgResult: OrgResult, input: TRuleSet): Promise<void> {
  authorize(actor, "appraisal.manage");
  if (!ORG_RESULTS.includes(orgResult)) throw new AppError("NOT_FOUND", t("appraisalAdmin.rules.errors.unknownResult"));
  await db.$transaction(async (tx) => {
    await lockRules(tx);
    const after = input.rows.map((row) => ({ ...row, orgResult }));
    const before = await replaceRules(tx, { orgResult }, after, input.stamp);
    await writeAudit(tx, { actorId: actor.userId, action: "distributionRule.replace", entityType: "DistributionRule", entityId: orgResult, before, after });
  });
}

/** "Kembalikan ke bawaan": every org result's table back to DEFAULT_DISTRIBUTION_RULES. */
export async function resetDistributionRules(actor: SessionUser, input: TResetRules): Promise<void> {
  authorize(actor, "appraisal.manage");
  await db.$transaction(async (tx) => {
    await lockRules(tx);
    const after = DEFAULT_DISTRIBUTION_RULES.map((rule) => ({ ...rule, predikats: [...rule.predikats] }));
    const before = await replaceRules(tx, {}, after, input.stamp);
    await writeAudit(tx, { actorId: actor.userId, action: "distributionRule.reset", entityType: "DistributionRule", entityId: null, before, after });
  });
}
