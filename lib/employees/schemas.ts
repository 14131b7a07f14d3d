import { z } from "zod";
import { today } from "@/lib/clock";
import { isAfter } from "@/lib/domain/dates";
import { EDUCATION_LEVELS, isWithinRegularCap, regularRankCap, type EducationLevel } from "@/lib/domain/education";
import { validateNip, validatePppkNumber, type NipError } from "@/lib/domain/nip";
import { POSITION_TYPES } from "@/lib/domain/positions";
import { rankLabel } from "@/lib/domain/ranks";
import {
  optionalEmail,
  optionalDate,
  optionalId,
  optionalText,
  requiredDate,
  requiredEnum,
  requiredId,
  requiredText,
  versionField,
  pageParam,
} from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const EDUCATION_VALUES = EDUCATION_LEVELS.map((e) => e.level) as [EducationLevel, ...EducationLevel[]];
export const RANK_CHANGE_KINDS = [
  "PENGANGKATAN",
  "REGULER",
  "PILIHAN_FUNGSIONAL",
  "PILIHAN_STRUKTURAL",
  "PENYESUAIAN_IJAZAH",
  "PRESTASI",
  "KOREKSI",
] as const;
/** Kinds that must respect the education cap; the others are exactly the routes above it. */
export const CAPPED_RANK_KINDS: ReadonlySet<string> = new Set(["PENGANGKATAN", "REGULER"]);

const nipText = z
  .string({ error: t("errors.required") })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().min(1, { error: t("errors.required") }).regex(/^\d{18}$/, { error: t("nip.errors.FORMAT") }));

const phone = optionalText(30).pipe(z.string().regex(/^\+?[\d\s-]{6,30}$/, { error: t("employees.errors.phone") }).nullable());

/** Identity fields shared by create and edit. */
const identity = {
  nip: nipText,
  name: requiredText(150),
  frontTitle: optionalText(40),
  backTitle: optionalText(60),
  gender: requiredEnum(["MALE", "FEMALE"]),
  birthPlace: requiredText(100),
  birthDate: requiredDate,
  serviceStart: requiredDate,
  email: optionalEmail,
  phone,
  /** Atasan langsung by NIP: at 100,000 employees a list to pick from would not fit a page. */
  supervisorNip: optionalText(22).transform((value) => (value ? value.replace(/\s+/g, "") : null)),
};

type IdentityInput = { nip: string; gender: "MALE" | "FEMALE"; birthDate: Date; serviceStart: Date; status: "PNS" | "PPPK" };
export type FieldIssue = { path: string; message: string };

/**
 * NIP, birth date and TMT CPNS checked against each other by the rules in lib/domain/nip.ts. Used by
 * the create schema and, with the stored status, by the edit mutation.
 */
export function identityIssues(value: IdentityInput, now: Date = today()): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (isAfter(value.birthDate, now)) issues.push({ path: "birthDate", message: t("errors.dateInFuture") });
  if (isAfter(value.serviceStart, now)) issues.push({ path: "serviceStart", message: t("errors.dateInFuture") });
  if (value.status === "PPPK") {
    if (validatePppkNumber(value.nip)) issues.push({ path: "nip", message: t("nip.errors.FORMAT") });
    return issues;
  }
  for (const code of validateNip(value.nip, { ...value, today: now })) {
    issues.push({ path: NIP_ERROR_FIELD[code] ?? "nip", message: t(`nip.errors.${code}`) });
  }
  return issues;
}

// Mismatches are shown beside the field that disagrees with the NIP, the rest beside the NIP.
const NIP_ERROR_FIELD: Partial<Record<NipError, string>> = {
  BIRTH_DATE_MISMATCH: "birthDate",
  SERVICE_START_MISMATCH: "serviceStart",
  SERVICE_TOO_EARLY: "serviceStart",
  GENDER_MISMATCH: "gender",
};

function checkNotBefore(ctx: z.RefinementCtx, date: Date | null, floor: Date, path: string) {
  if (date && date < floor) ctx.addIssue({ code: "custom", path: [path], message: t("employees.errors.beforeServiceStart") });
}

function checkNotFuture(ctx: z.RefinementCtx, date: Date | null, path: string) {
  if (date && isAfter(date, today())) ctx.addIssue({ code: "custom", path: [path], message: t("errors.dateInFuture") });
}

function checkCap(ctx: z.RefinementCtx, rankId: number | null, education: EducationLevel, path: string) {
  if (rankId && !isWithinRegularCap(rankId, education)) {
    ctx.addIssue({ code: "custom", path: [path], message: t("employees.errors.aboveCap", { cap: rankLabel(regularRankCap(education)) }) });
  }
}

export const ZCreateEmployee = z
  .object({
    ...identity,
    status: requiredEnum(["PNS", "PPPK"]),
    educationLevel: requiredEnum(EDUCATION_VALUES),
    educationInstitution: requiredText(200),
    educationMajor: optionalText(150),
    educationGraduationDate: requiredDate,
    rankId: optionalId,
    rankTmt: optionalDate,
    rankSkNumber: optionalText(100),
    rankSkDate: optionalDate,
    positionId: requiredId,
    positionTmt: requiredDate,
    positionSkNumber: requiredText(100),
    positionSkDate: requiredDate,
    password: z.string().min(8, { error: t("employees.errors.passwordShort") }).max(200),
  })
  .superRefine((value, ctx) => {
    for (const issue of identityIssues(value)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    checkNotFuture(ctx, value.educationGraduationDate, "educationGraduationDate");
    checkNotFuture(ctx, value.positionTmt, "positionTmt");
    checkNotBefore(ctx, value.positionTmt, value.serviceStart, "positionTmt");
    if (value.status === "PPPK") {
      if (value.rankId) ctx.addIssue({ code: "custom", path: ["rankId"], message: t("employees.errors.pppkNoRank") });
      return;
    }
    const required: [keyof typeof value, unknown][] = [["rankId", value.rankId], ["rankTmt", value.rankTmt], ["rankSkNumber", value.rankSkNumber], ["rankSkDate", value.rankSkDate]];
    for (const [path, present] of required) if (!present) ctx.addIssue({ code: "custom", path: [path], message: t("employees.errors.pnsNeedsRank") });
    checkCap(ctx, value.rankId, value.educationLevel, "rankId");
    checkNotFuture(ctx, value.rankTmt, "rankTmt");
    checkNotBefore(ctx, value.rankTmt, value.serviceStart, "rankTmt");
  });
export type TCreateEmployee = z.infer<typeof ZCreateEmployee>;

/** Status is not edited here (it changes through appointment), so NIP rules run in the mutation. */
export const ZUpdateEmployee = z.object({ ...identity, version: versionField });
export type TUpdateEmployee = z.infer<typeof ZUpdateEmployee>;

export const ZRankChange = z
  .object({
    rankId: requiredId,
    kind: requiredEnum(RANK_CHANGE_KINDS),
    tmt: requiredDate,
    skNumber: requiredText(100),
    skDate: requiredDate,
    version: versionField,
  })
  .superRefine((value, ctx) => {
    checkNotFuture(ctx, value.tmt, "tmt");
    checkNotFuture(ctx, value.skDate, "skDate");
  });
export type TRankChange = z.infer<typeof ZRankChange>;

export const ZPositionChange = z
  .object({ positionId: requiredId, tmt: requiredDate, skNumber: requiredText(100), skDate: requiredDate, version: versionField })
  .superRefine((value, ctx) => {
    checkNotFuture(ctx, value.tmt, "tmt");
    checkNotFuture(ctx, value.skDate, "skDate");
  });
export type TPositionChange = z.infer<typeof ZPositionChange>;

export const ZEducationEntry = z
  .object({
    level: requiredEnum(EDUCATION_VALUES),
    institution: requiredText(200),
    major: optionalText(150),
    graduationDate: requiredDate,
    certificateNo: optionalText(100),
    version: versionField,
  })
  .superRefine((value, ctx) => checkNotFuture(ctx, value.graduationDate, "graduationDate"));
export type TEducationEntry = z.infer<typeof ZEducationEntry>;

export const DIRECTORY_SORTS = ["name", "nip", "rank", "serviceStart"] as const;
export const DIRECTORY_PAGE_SIZE = 25;

/** The directory's query string; anything malformed falls back to "no filter". */
export const ZDirectoryFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  unit: z.coerce.number().int().positive().optional().catch(undefined),
  rank: z.coerce.number().int().min(1).max(17).optional().catch(undefined),
  type: z.enum(POSITION_TYPES.map((p) => p.type) as [string, ...string[]]).optional().catch(undefined),
  status: z.enum(["PNS", "PPPK"]).optional().catch(undefined),
  sort: z.enum(DIRECTORY_SORTS).optional().catch(undefined),
  page: pageParam,
});
export type TDirectoryFilters = z.infer<typeof ZDirectoryFilters>;
