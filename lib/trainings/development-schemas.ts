import { z } from "zod";
import { pageParam } from "@/lib/forms/fields";
import { yearParam } from "./fields";

export const STANDING_PAGE_SIZE = 25;

/** "Who is behind": the year (default this year), a unit with its sub-units (HR), the page. */
export const ZStandingFilters = z.object({
  year: yearParam,
  unit: z.coerce.number().int().positive().optional().catch(undefined),
  page: pageParam,
});
export type TStandingFilters = z.infer<typeof ZStandingFilters>;
