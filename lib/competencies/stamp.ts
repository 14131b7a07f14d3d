import "server-only";
import { createHash } from "node:crypto";

type Editable = { code: string; name: string; kind: string; maxLevel: number };

/**
 * Optimistic lock without a version column: a digest of every editable field. The edit form carries
 * the stamp it was opened with; the mutation recomputes it from the locked row, so an edit made in
 * between (by anyone) changes the stamp and the later save is refused instead of overwriting it.
 */
export function competencyStamp(row: Editable): string {
  return createHash("sha256").update(JSON.stringify([row.code, row.name, row.kind, row.maxLevel])).digest("hex").slice(0, 16);
}
