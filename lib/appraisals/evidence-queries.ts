import "server-only";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";
import { appraisalReadScope } from "./scope";

/**
 * An evidence file whose SKP the user may read; null otherwise (the route answers 404 either way).
 * realizations has no index on file_id, so the file's entry is reached from its owner's SKPs
 * (appraisals → RHK → indicators → realisations, indexed at every step), and the bytes are read
 * only once the reader is allowed.
 */
export async function getEvidenceFile(user: SessionUser, id: number) {
  const file = await db.evidenceFile.findUnique({ where: { id }, select: { ownerId: true } });
  if (!file) return null;
  const entry = await db.realization.findFirst({
    where: { fileId: id, indicator: { result: { appraisal: { AND: [{ employeeId: file.ownerId }, appraisalReadScope(user)] } } } },
    select: { id: true },
  });
  if (!entry) return null;
  return db.evidenceFile.findUnique({ where: { id }, select: { filename: true, mimeType: true, size: true, data: true } });
}
