import { z } from "zod";
import { PILIHAN_ROUTES } from "@/lib/domain/promotion-round";
import { optionalId, pageParam, requiredDate, requiredEnum, requiredId, versionField } from "@/lib/forms/fields";
import { t } from "@/lib/i18n";

export const ROUND_PAGE_SIZE = 25;
export const JUSTIFICATION_MIN = 20;

/** Periode (TMT) of a new round; whether it is a KP period is the domain's call (checkRoundPeriod). */
export const ZOpenRound = z.object({ periodTmt: requiredDate });
export type TOpenRound = z.infer<typeof ZOpenRound>;

/** Screening or sending carries the version the page showed: a list changed meanwhile is not acted on blind. */
export const ZRoundStep = z.object({ version: versionField });
export type TRoundStep = z.infer<typeof ZRoundStep>;

export const ZSendRound = z.object({ chairId: requiredId, version: versionField });
export type TSendRound = z.infer<typeof ZSendRound>;

const nip = z
  .string({ error: t("errors.required") })
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().min(1, { error: t("errors.required") }).regex(/^\d{18}$/, { error: t("nip.errors.FORMAT") }));

/** A pilihan candidate: REGULER is not offered (it comes only from the screening). Target pangkat defaults to the next. */
export const ZAddCandidate = z.object({
  nip,
  route: requiredEnum(PILIHAN_ROUTES),
  toRankId: optionalId,
  justification: z
    .string({ error: t("errors.required") })
    .trim()
    .min(1, { error: t("errors.required"), abort: true })
    .min(JUSTIFICATION_MIN, { error: t("promotions.errors.justificationMin", { min: JUSTIFICATION_MIN }) })
    .max(2000, { error: t("errors.tooLong", { max: 2000 }) }),
});
export type TAddCandidate = z.infer<typeof ZAddCandidate>;

export const ZRemoveCandidate = z.object({ version: versionField });
export type TRemoveCandidate = z.infer<typeof ZRemoveCandidate>;

export const CANDIDATE_VIEWS = ["proposed", "eligible", "notEligible", "all"] as const;
export type CandidateView = (typeof CANDIDATE_VIEWS)[number];

export const ZCandidateFilters = z.object({
  view: z.enum(CANDIDATE_VIEWS).catch("proposed"),
  unit: z.coerce.number().int().positive().max(999_999_999).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam,
});
export type TCandidateFilters = z.infer<typeof ZCandidateFilters>;
