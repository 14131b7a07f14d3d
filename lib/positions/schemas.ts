import { z } from "zod";
import { EDUCATION_LEVELS, type EducationLevel } from "@/lib/domain/education";
import { FUNCTIONAL_LEVELS, POSITION_TYPES, requiresFunctionalLevel, type FunctionalLevel, type PositionType } from "@/lib/domain/positions";
import { rankById } from "@/lib/domain/ranks";
import { optionalEnum, optionalId, pageParam, requiredEnum, requiredId, requiredInt, requiredText, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const POSITION_TYPE_VALUES = POSITION_TYPES.map((p) => p.type) as [PositionType, ...PositionType[]];
export const FUNCTIONAL_LEVEL_VALUES = FUNCTIONAL_LEVELS.map((l) => l.level) as [FunctionalLevel, ...FunctionalLevel[]];
export const EDUCATION_VALUES = EDUCATION_LEVELS.map((e) => e.level) as [EducationLevel, ...EducationLevel[]];

/** Field key of one competency-standard row's error, shown beside that row. */
export const standardRowKey = (index: number) => `competencies.${index}`;

export type StandardRow = { competencyId: number; requiredLevel: number };
export type FieldIssue = { path: string; message: string };

/** A repeated form field arrives as a string (one row), an array (several) or not at all (none). */
const repeated = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string()));

/**
 * Rules between fields, checked by the schema and again by the mutations (which other code may call
 * without the form): jenjang only and always for FUNGSIONAL, a real pangkat, each competency once.
 */
export function positionIssues(value: {
  type: PositionType;
  functionalLevel: FunctionalLevel | null;
  minRankId: number | null;
  competencies: readonly StandardRow[];
}): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (requiresFunctionalLevel(value.type) && !value.functionalLevel) issues.push({ path: "functionalLevel", message: t("positions.errors.levelRequired") });
  if (!requiresFunctionalLevel(value.type) && value.functionalLevel) issues.push({ path: "functionalLevel", message: t("positions.errors.levelForbidden") });
  if (value.minRankId !== null && !rankById(value.minRankId)) issues.push({ path: "minRankId", message: t("errors.invalidChoice") });
  const seen = new Set<number>();
  value.competencies.forEach((row, index) => {
    if (seen.has(row.competencyId)) issues.push({ path: standardRowKey(index), message: t("positions.errors.duplicateCompetency") });
    seen.add(row.competencyId);
  });
  return issues;
}

const fields = z.object({
  name: requiredText(200),
  type: requiredEnum(POSITION_TYPE_VALUES),
  functionalLevel: optionalEnum(FUNCTIONAL_LEVEL_VALUES),
  grade: requiredInt(1, 17),
  unitId: requiredId,
  minRankId: optionalId,
  minEducation: optionalEnum(EDUCATION_VALUES),
  formation: requiredInt(1, 999),
  // An unticked checkbox sends nothing.
  active: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  /** Jabatan kunci (talent management): has a succession list. */
  isKey: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
  competencyId: repeated,
  requiredLevel: repeated,
});

/** Zips the standard's parallel columns into rows; a row that does not parse is flagged where it is. */
function toRows(ids: string[], levels: string[], ctx: z.RefinementCtx): StandardRow[] {
  const rows: StandardRow[] = [];
  ids.forEach((id, index) => {
    const level = levels[index] ?? "";
    if (!/^\d{1,9}$/.test(id)) ctx.addIssue({ code: "custom", path: [standardRowKey(index)], message: t("positions.errors.competencyRequired") });
    else if (!/^\d$/.test(level) || Number(level) < 1) ctx.addIssue({ code: "custom", path: [standardRowKey(index)], message: t("positions.errors.levelInvalid") });
    else rows.push({ competencyId: Number(id), requiredLevel: Number(level) });
  });
  if (levels.length > ids.length) ctx.addIssue({ code: "custom", path: ["competencies"], message: t("errors.validation") });
  return rows;
}

/** Form columns → typed position with its standard, flagging the cross-field rules. */
function build<T extends z.infer<typeof fields>>(value: T, ctx: z.RefinementCtx) {
  const { competencyId, requiredLevel, ...rest } = value;
  const competencies = toRows(competencyId, requiredLevel, ctx);
  for (const issue of positionIssues({ ...rest, competencies })) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  return { ...rest, competencies };
}

export const ZCreatePosition = fields.transform(build);
// isKey is optional for callers other than the form: left out, a create stores false and an update keeps it.
export type TCreatePosition = Omit<z.infer<typeof ZCreatePosition>, "isKey"> & { isKey?: boolean };

export const ZUpdatePosition = fields.extend({ version: versionField }).transform(build);
export type TUpdatePosition = Omit<z.infer<typeof ZUpdatePosition>, "isKey"> & { isKey?: boolean };

export const POSITION_PAGE_SIZE = 25;

/** The list's query string; anything malformed falls back to "no filter". */
export const ZPositionFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unit: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  type: z.enum(POSITION_TYPE_VALUES).optional().catch(undefined),
  active: z.enum(["yes", "no"]).optional().catch(undefined),
  page: pageParam,
});
export type TPositionFilters = z.infer<typeof ZPositionFilters>;

/** The delete form carries only the version its confirmation page showed. */
export const ZDeletePosition = z.object({ version: versionField });
