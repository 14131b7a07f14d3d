import { z } from "zod";
import { parseIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";

export const AUDIT_PAGE_SIZE = 50;

/** "<epoch ms>.<id>": the (at, id) of a row, the keyset the next or previous page starts from. */
const cursor = z
  .string()
  .regex(/^\d{1,15}\.\d{1,19}$/)
  .transform((value) => {
    const [ms, id] = value.split(".") as [string, string];
    return { at: new Date(Number(ms)), id: BigInt(id) };
  })
  .optional()
  .catch(undefined);

const isoDate = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? parseIsoDate(value) : null))
  .catch(null);

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined)
    .catch(undefined);

/** The audit page's query string. Malformed values fall back to "no filter" rather than failing the page. */
export const ZAuditFilters = z.object({
  type: text(40),
  entity: text(40),
  /** NIP of the actor; whitespace is dropped so a copied, spaced NIP still matches. */
  actor: z
    .string()
    .optional()
    .transform((value) => value?.replace(/\s+/g, "") || undefined)
    .pipe(z.string().regex(/^\d{18}$/).optional())
    .catch(undefined),
  action: text(60),
  from: isoDate,
  to: isoDate,
  before: cursor,
  after: cursor,
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export function encodeCursor(row: { at: Date; id: string }): string {
  return `${row.at.getTime()}.${row.id}`;
}

/** Filter problems the page explains beside the fields instead of silently ignoring them. */
export function filterNotes(raw: Record<string, string | string[] | undefined>, filters: TAuditFilters): Record<string, string> {
  const notes: Record<string, string> = {};
  const actor = typeof raw.actor === "string" ? raw.actor.trim() : "";
  if (actor && !filters.actor) notes.actor = t("nip.errors.FORMAT");
  if (filters.entity && !filters.type) notes.entity = t("audit.errors.entityNeedsType");
  for (const key of ["from", "to"] as const) {
    const value = typeof raw[key] === "string" ? raw[key].trim() : "";
    if (value && !filters[key]) notes[key] = t("errors.invalidDate");
  }
  if (filters.from && filters.to && filters.to < filters.from) notes.to = t("audit.errors.rangeReversed");
  return notes;
}
