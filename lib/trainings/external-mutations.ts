import "server-only";
import { createHash } from "node:crypto";
import { evidenceFilename, MAX_EVIDENCE_BYTES, sniffEvidence, type EvidenceType } from "@/lib/appraisals/evidence";
import { recordDevelopmentHours } from "@/lib/development/hours";
import { TRAINING_KIND_TYPE } from "@/lib/domain/career/development";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import type { CertificateUpload, TExternalDecision, TExternalTraining } from "./external-schemas";

/** The bytes decide: a certificate is required, at most 2 MB, and really a PDF or an image. */
function checkCertificate(upload: CertificateUpload | null): CertificateUpload & { type: EvidenceType } {
  if (!upload) throw fieldError("file", t("trainings.errors.fileRequired"));
  if (upload.bytes.byteLength > MAX_EVIDENCE_BYTES) throw fieldError("file", t("trainings.errors.fileTooLarge"));
  const type = sniffEvidence(upload.bytes);
  if (!type) throw fieldError("file", t("trainings.errors.fileType"));
  return { ...upload, type };
}

/** The employee submits training taken outside the catalog; it counts only once HR verifies it. */
export async function submitExternalTraining(actor: SessionUser, input: TExternalTraining, upload: CertificateUpload | null): Promise<number> {
  authorize(actor, "training.register");
  const { type, bytes, filename } = checkCertificate(upload);
  return db.$transaction(async (tx) => {
    const file = await tx.evidenceFile.create({
      data: {
        ownerId: actor.employeeId,
        filename: evidenceFilename(filename, type),
        mimeType: type.mimeType,
        size: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        data: Buffer.from(bytes),
      },
      select: { id: true, filename: true, mimeType: true, size: true, sha256: true },
    });
    const created = await tx.externalTraining.create({ data: { ...input, employeeId: actor.employeeId, fileId: file.id }, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "external_training.submit", entityType: "ExternalTraining", entityId: created.id, after: { ...input, file } });
    return created.id;
  });
}

/**
 * HR verifies (JP credited on the end date, in the same transaction) or rejects with a reason. Only
 * a SUBMITTED entry is decided, and never one's own.
 */
export async function decideExternalTraining(actor: SessionUser, id: number, input: TExternalDecision): Promise<void> {
  authorize(actor, "training.manage");
  await db.$transaction(async (tx) => {
    const row = await tx.externalTraining.findUnique({
      where: { id },
      select: { employeeId: true, status: true, title: true, kind: true, endDate: true, hours: true },
    });
    if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
    if (row.status !== "SUBMITTED") throw new AppError("CONFLICT", t("trainings.errors.externalDecided"));
    if (row.employeeId === actor.employeeId) throw new AppError("FORBIDDEN", t("trainings.errors.ownExternal"));
    await claimVersion(tx, "externalTraining", id, input.version);
    const verified = input.decision === "VERIFY";
    const after = {
      status: verified ? ("VERIFIED" as const) : ("REJECTED" as const),
      verifierId: actor.employeeId,
      verifiedAt: new Date(),
      rejectReason: verified ? null : input.reason,
    };
    await tx.externalTraining.update({ where: { id }, data: after });
    if (verified) {
      await recordDevelopmentHours(tx, {
        employeeId: row.employeeId,
        date: row.endDate,
        hours: Number(row.hours),
        source: "EXTERNAL",
        sourceId: id,
        type: TRAINING_KIND_TYPE[row.kind],
        title: row.title,
      });
    }
    await writeAudit(tx, {
      actorId: actor.userId,
      action: verified ? "external_training.verify" : "external_training.reject",
      entityType: "ExternalTraining",
      entityId: id,
      before: { status: row.status },
      after,
    });
  });
}
