import { z } from "zod";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import { optionalText, requiredText, versionField } from "@/lib/forms/fields";
import type { TargetKind } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { collectPlanRows, type DraftRow } from "./plan-draft";

export const PLAN_LIMITS = { results: 20, indicators: 10, textMin: 5, textMax: 500, unitMax: 60, targetTextMax: 300 } as const;
export const TARGET_KINDS = ["KUANTITAS", "KUALITAS", "WAKTU", "KUALITATIF"] as const satisfies readonly TargetKind[];
export type TargetKindValue = (typeof TARGET_KINDS)[number];
export const NUMERIC_TARGETS: ReadonlySet<TargetKind> = new Set(["KUANTITAS", "KUALITAS", "WAKTU"]);

// The plan editor posts one flat form: `results.<i>.<field>` and `results.<i>.indicators.<j>.<field>`,
// in the order shown. Errors come back under the same keys, so each appears beside its own field.
export type ResultField = "id" | "text" | "parentResultId";
export type IndicatorField = "text" | "targetKind" | "targetValue" | "targetUnit" | "targetText";
export const resultKey = (i: number, field: ResultField | "indicators") => `results.${i}.${field}`;
export const indicatorKey = (i: number, j: number, field: IndicatorField) => `results.${i}.indicators.${j}.${field}`;

export type TPlanIndicator = { text: string; targetKind: TargetKind; targetValue: number | null; targetUnit: string | null; targetText: string | null };
/** `id` is an RHK already in the plan (kept so links from the team and ratings stay attached), null for a new one. */
export type TPlanResult = { id: number | null; text: string; parentResultId: number | null; indicators: TPlanIndicator[] };
export type TPlan = { version: number; results: TPlanResult[] };

const planText = z
  .string()
  .trim()
  .min(PLAN_LIMITS.textMin, { error: t("skp.errors.textLength", { min: PLAN_LIMITS.textMin, max: PLAN_LIMITS.textMax }) })
  .max(PLAN_LIMITS.textMax, { error: t("skp.errors.textLength", { min: PLAN_LIMITS.textMin, max: PLAN_LIMITS.textMax }) });
const idText = z.string().regex(/^\d{1,9}$/, { error: t("errors.invalidChoice") }).transform(Number);
/** Up to 10 digits and 2 decimals (the column is numeric(12,2)); a comma is the Indonesian decimal mark. */
const positiveNumber = z
  .string()
  .trim()
  .transform((value) => value.replace(",", "."))
  .pipe(z.string().regex(/^\d{1,10}(\.\d{1,2})?$/, { error: t("skp.errors.positiveNumber") }).transform(Number))
  .pipe(z.number().positive({ error: t("skp.errors.positiveNumber") }));

/** Runs a field schema and files its first message under the form key. */
function field<T>(ctx: z.RefinementCtx, key: string, schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value ?? "");
  if (parsed.success) return parsed.data;
  ctx.addIssue({ code: "custom", path: [key], message: parsed.error.issues[0]?.message ?? t("errors.validation") });
  return undefined;
}

function parseIndicator(ctx: z.RefinementCtx, i: number, j: number, row: DraftRow): TPlanIndicator | null {
  const text = field(ctx, indicatorKey(i, j, "text"), planText, row.text);
  const kind = field(ctx, indicatorKey(i, j, "targetKind"), z.enum(TARGET_KINDS, { error: t("errors.invalidChoice") }), row.targetKind);
  if (!kind) return null;
  if (!NUMERIC_TARGETS.has(kind)) {
    const targetText = field(ctx, indicatorKey(i, j, "targetText"), requiredText(PLAN_LIMITS.targetTextMax), row.targetText);
    return text && targetText ? { text, targetKind: kind, targetValue: null, targetUnit: null, targetText } : null;
  }
  const value = field(ctx, indicatorKey(i, j, "targetValue"), positiveNumber, row.targetValue);
  const unitText = z
    .string()
    .trim()
    .min(1, { error: t("skp.errors.unitRequired") })
    .max(PLAN_LIMITS.unitMax, { error: t("errors.tooLong", { max: PLAN_LIMITS.unitMax }) });
  const unit = field(ctx, indicatorKey(i, j, "targetUnit"), unitText, row.targetUnit);
  return text && value !== undefined && unit ? { text, targetKind: kind, targetValue: value, targetUnit: unit, targetText: null } : null;
}

/** The whole plan from the flat form; any row that does not parse flags its field and fails the form. */
export const ZPlan = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((input, ctx): TPlan => {
    const version = field(ctx, "version", versionField, input.version);
    const rows = collectPlanRows(input);
    if (rows.length > PLAN_LIMITS.results) ctx.addIssue({ code: "custom", path: ["results"], message: t("skp.errors.tooManyResults", { max: PLAN_LIMITS.results }) });
    const results: TPlanResult[] = [];
    rows.slice(0, PLAN_LIMITS.results).forEach(({ row, indicators }, i) => {
      const id = row.id ? field(ctx, resultKey(i, "id"), idText, row.id) : null;
      const text = field(ctx, resultKey(i, "text"), planText, row.text);
      const parentResultId = row.parentResultId ? field(ctx, resultKey(i, "parentResultId"), idText, row.parentResultId) : null;
      if (indicators.length === 0) ctx.addIssue({ code: "custom", path: [resultKey(i, "indicators")], message: t("skp.errors.noIndicator") });
      if (indicators.length > PLAN_LIMITS.indicators) {
        ctx.addIssue({ code: "custom", path: [resultKey(i, "indicators")], message: t("skp.errors.tooManyIndicators", { max: PLAN_LIMITS.indicators }) });
      }
      const parsed = indicators.slice(0, PLAN_LIMITS.indicators).map((indicator, j) => parseIndicator(ctx, i, j, indicator));
      if (text !== undefined && id !== undefined && parentResultId !== undefined) {
        results.push({ id, text, parentResultId, indicators: parsed.filter((x): x is TPlanIndicator => x !== null) });
      }
    });
    return { version: version ?? 0, results };
  });

export const ZVersionOnly = z.object({ version: versionField });
export type TVersionOnly = z.infer<typeof ZVersionOnly>;

export const ZReturnPlan = z.object({
  version: versionField,
  comment: z
    .string({ error: t("errors.required") })
    .trim()
    .min(5, { error: t("skp.errors.commentLength", { min: 5, max: 1000 }) })
    .max(1000, { error: t("skp.errors.commentLength", { min: 5, max: 1000 }) }),
});
export type TReturnPlan = z.infer<typeof ZReturnPlan>;

/** One optional text per core value, posted as `expectation.<VALUE>`. */
export const expectationKey = (value: CoreValue) => `expectation.${value}`;
export const ZExpectations = z
  .object({ version: versionField, ...Object.fromEntries(CORE_VALUES.map(({ value }) => [expectationKey(value), optionalText(500)])) })
  .transform(({ version, ...rest }) => ({
    version,
    expectations: CORE_VALUES.map(({ value }) => ({ value, expectation: (rest as Record<string, string | null>)[expectationKey(value)] ?? null })),
  }));
export type TExpectations = z.infer<typeof ZExpectations>;

const nip = z
  .string()
  .optional()
  .transform((value) => (value ?? "").replace(/\s+/g, ""))
  .pipe(z.string().regex(/^(\d{18})?$/, { error: t("nip.errors.FORMAT") }));

export const ZChangeRater = z
  .object({ version: versionField, raterNip: nip, raterRaterNip: nip, reason: requiredText(500) })
  .superRefine((value, ctx) => {
    if (!value.raterNip) ctx.addIssue({ code: "custom", path: ["raterNip"], message: t("errors.required") });
  })
  .transform(({ raterRaterNip, ...rest }) => ({ ...rest, raterRaterNip: raterRaterNip || null }));
export type TChangeRater = z.infer<typeof ZChangeRater>;
