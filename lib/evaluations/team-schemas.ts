import { z } from "zod";
import { today } from "@/lib/clock";
import { pageParam } from "@/lib/forms/fields";
import { TEAM_FILTERS } from "./team-filters";

// Query strings of "Tim Saya" and the bulk view: anything malformed falls back to the default.

const year = z.coerce.number().int().min(2000).max(2100).catch(() => today().getUTCFullYear());

export const ZTeamQuery = z.object({
  year,
  status: z.enum(TEAM_FILTERS).optional().catch(undefined),
  page: pageParam,
});
export type TTeamQuery = z.infer<typeof ZTeamQuery>;

export const ZBulkQuery = z.object({
  year,
  period: z.string().max(10).optional().catch(undefined),
  page: pageParam,
});

/** searchParams → plain strings (first value of repeated keys). */
export function firstValues(raw: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
