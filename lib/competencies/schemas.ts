import { z } from "zod";
import { codeField, requiredEnum, requiredInt, requiredText, versionField } from "@/lib/forms/fields";

export const COMPETENCY_KINDS = ["MANAJERIAL", "SOSIAL_KULTURAL", "TEKNIS"] as const;
export type CompetencyKindValue = (typeof COMPETENCY_KINDS)[number];

const fields = { code: codeField, name: requiredText(200), kind: requiredEnum(COMPETENCY_KINDS), maxLevel: requiredInt(1, 5) };

export const ZCreateCompetency = z.object(fields);
export type TCreateCompetency = z.infer<typeof ZCreateCompetency>;

export const ZUpdateCompetency = z.object({ ...fields, version: versionField });
export type TUpdateCompetency = z.infer<typeof ZUpdateCompetency>;

export const ZDeleteCompetency = z.object({ version: versionField });

/** The dictionary page's filter; anything else means "all kinds". */
export const ZCompetencyFilters = z.object({ kind: z.enum(COMPETENCY_KINDS).optional().catch(undefined) });
