import { z } from "zod";
import { today } from "@/lib/clock";
import { ORG_RESULTS, type OrgResult } from "@/lib/domain/appraisal/distribution";
import { EVALUATION_FREQUENCIES } from "@/lib/domain/appraisal/periods";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { optionalEnum, optionalText, requiredEnum, requiredInt, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const ZAppraisalSettings = z.object({
  frequency: requiredEnum(EVALUATION_FREQUENCIES),
  appealDays: requiredInt(7, 30),
  feedbackDays: requiredInt(3, 30),
  version: versionField,
});
export type TAppraisalSettings = z.infer<typeof ZAppraisalSettings>;

/** Rows one org result's limits table may hold; the defaults use at most three. */
export const MAX_RULE_ROWS = 10;

export type RuleRowInput = { predikats: Predikat[]; minPercent: number | null; maxPercent: number | null; requireAny: boolean };
export type TRuleSet = { stamp: string; rows: RuleRowInput[] };

/** Field names of one editor row, shared by the form and the schema so errors land beside the field. */
export const ruleField = (key: string, field: "predikats" | "min" | "max" | "requireAny") => `r-${key}-${field}`;

const ROW_KEY = /^[a-z0-9]{1,12}$/;
const PERCENT = /^\d{1,3}$/;

type Raw = Record<string, string | string[] | undefined>;
const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const single = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();

function percent(raw: Raw, name: string, ctx: z.RefinementCtx): number | null | undefined {
  const text = single(raw[name]);
  if (text === "") return null;
  const value = PERCENT.test(text) ? Number(text) : NaN;
  if (Number.isInteger(value) && value >= 0 && value <= 100) return value;
  ctx.addIssue({ code: "custom", path: [name], message: t("errors.numberRange", { min: 0, max: 100 }) });
  return undefined;
}

function parseRow(raw: Raw, key: string, ctx: z.RefinementCtx): RuleRowInput | null {
  const chosen = list(raw[ruleField(key, "predikats")]);
  const predikats = PREDIKATS.filter((p) => chosen.includes(p));
  let ok = true;
  if (predikats.length === 0 || predikats.length !== new Set(chosen).size) {
    ctx.addIssue({ code: "custom", path: [ruleField(key, "predikats")], message: t("appraisalAdmin.rules.errors.predikats") });
    ok = false;
  }
  const minPercent = percent(raw, ruleField(key, "min"), ctx);
  const maxPercent = percent(raw, ruleField(key, "max"), ctx);
  const requireAny = single(raw[ruleField(key, "requireAny")]) === "on";
  if (minPercent === undefined || maxPercent === undefined) return null;
  if (minPercent !== null && maxPercent !== null && minPercent > maxPercent) {
    ctx.addIssue({ code: "custom", path: [ruleField(key, "max")], message: t("appraisalAdmin.rules.errors.minAboveMax") });
    ok = false;
  }
  if (minPercent === null && maxPercent === null && !requireAny) {
    ctx.addIssue({ code: "custom", path: [ruleField(key, "min")], message: t("appraisalAdmin.rules.errors.empty") });
    ok = false;
  }
  return ok ? { predikats, minPercent, maxPercent, requireAny } : null;
}

/**
 * One org result's limits table as the editor posts it: `rowKey` lists the rows in order and each
 * row's fields are named by `ruleField`. Issues carry the flat field name as their path, so
 * z.flattenError puts every message beside the input it concerns. An empty table is allowed (no
 * limits for that result).
 */
export const ZRuleSet = z.record(z.string(), z.union([z.string(), z.array(z.string())])).transform((raw, ctx): TRuleSet => {
  const keys = list(raw.rowKey);
  if (keys.length > MAX_RULE_ROWS || keys.some((key) => !ROW_KEY.test(key)) || new Set(keys).size !== keys.length) {
    ctx.addIssue({ code: "custom", path: [], message: t("appraisalAdmin.rules.errors.rows", { max: MAX_RULE_ROWS }) });
    return z.NEVER;
  }
  const rows = keys.map((key) => parseRow(raw, key, ctx));
  const stamp = single(raw.stamp);
  if (rows.some((row) => row === null)) return z.NEVER;
  return { stamp, rows: rows as RuleRowInput[] };
});

export const ZResetRules = z.object({ stamp: z.string().max(4000) });
export type TResetRules = z.infer<typeof ZResetRules>;

/** A unit's result for a year: empty clears it. `version` 0 means the form showed no result. */
export const ZUnitResult = z.object({ result: optionalEnum(ORG_RESULTS), version: versionField });
export type TUnitResult = { result: OrgResult | null; version: number };

export const OVERRIDE_MIN = 20;

export const ZFinalize = z.object({
  version: versionField,
  overrideReason: optionalText(2000).refine((value) => value === null || value.length >= OVERRIDE_MIN, {
    error: t("appraisalAdmin.finalize.errors.reasonShort", { min: OVERRIDE_MIN }),
  }),
});
export type TFinalize = z.infer<typeof ZFinalize>;

export const MIN_YEAR = 2019;

/** The `?year=` of the admin pages: anything odd falls back to the current year (WIB). */
export function yearParam(raw: string | undefined): number {
  const current = today().getUTCFullYear();
  const year = raw && /^\d{4}$/.test(raw) ? Number(raw) : current;
  return year >= MIN_YEAR && year <= current + 1 ? year : current;
}

/** Bound action arguments come back from the browser as sent: a year outside the selectable range is refused. */
export function isSelectableYear(year: unknown): year is number {
  return typeof year === "number" && Number.isInteger(year) && year >= MIN_YEAR && year <= today().getUTCFullYear() + 1;
}

/** The years the year selects offer, newest first. */
export function selectableYears(): number[] {
  const current = today().getUTCFullYear();
  return Array.from({ length: current + 2 - MIN_YEAR }, (_, i) => current + 1 - i);
}
