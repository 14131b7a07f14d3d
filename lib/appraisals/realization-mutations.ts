import "server-only";
import { createHash } from "node:crypto";
import { today } from "@/lib/clock";
import { isAfter, isBefore } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { evidenceFilename, MAX_EVIDENCE_BYTES, sniffEvidence, type EvidenceType } from "./evidence";
import { lockScoped } from "./plan-guard";
import { canRecordRealization } from "./plan-rules";
import { NUMERIC_TARGETS } from "./plan-schemas";
import type { EvidenceUpload, TRealization } from "./realization-schemas";
import { ownAppraisal } from "./scope";

function refuseUnlessRecording(status: Parameters<typeof canRecordRealization>[0]) {
  if (!canRecordRealization(status)) throw new AppError("CONFLICT", t(status === "CLOSED" ? "skp.errors.plan.ALREADY_CLOSED" : "skp.errors.realizationNeedsAgreed"));
}

/** The bytes themselves decide: size, then real type (never the name or the browser's claim). */
function checkUpload(upload: EvidenceUpload | null): { message: string } | EvidenceType | null {
  if (!upload) return null;
  if (upload.bytes.byteLength > MAX_EVIDENCE_BYTES) return { message: t("skp.errors.fileTooLarge") };
  return sniffEvidence(upload.bytes) ?? { message: t("skp.errors.fileType") };
}

/** A dated realisation against one indicator of the employee's own agreed SKP, with optional evidence. */
export async function addRealization(actor: SessionUser, appraisalId: number, input: TRealization, upload: EvidenceUpload | null): Promise<number> {
  authorize(actor, "appraisal.own");
  return db.$transaction(async (tx) => {
    const appraisal = await lockScoped(tx, appraisalId, ownAppraisal(actor));
    refuseUnlessRecording(appraisal.status);
    const indicator = await tx.planIndicator.findFirst({ where: { id: input.indicatorId, result: { appraisalId } }, select: { targetKind: true } });
    const numeric = indicator ? NUMERIC_TARGETS.has(indicator.targetKind) : false;
    const type = checkUpload(upload);
    // Every refusal at once, each beside its field, so one round trip fixes the form.
    const problems: Record<string, string[]> = {};
    if (!indicator) problems.indicatorId = [t("skp.errors.indicatorNotInPlan")];
    if (isAfter(input.date, today())) problems.date = [t("errors.dateInFuture")];
    else if (isBefore(input.date, appraisal.periodStart) || isAfter(input.date, appraisal.periodEnd)) problems.date = [t("skp.errors.dateOutsidePeriod")];
    if (numeric && input.value === null) problems.value = [t("skp.errors.valueRequired")];
    if (type && "message" in type) problems.file = [type.message];
    if (Object.keys(problems).length) throw new AppError("VALIDATION", t("errors.validation"), problems);
    const file = upload && type && !("message" in type) ? await storeEvidence(tx, actor.employeeId, upload, type) : null;
    const created = await tx.realization.create({
      data: { indicatorId: input.indicatorId, date: input.date, value: numeric ? input.value : null, text: input.text, link: input.link, fileId: file?.id ?? null },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "realization.create",
      entityType: "Appraisal",
      entityId: appraisalId,
      after: { realizationId: created.id, ...input, value: numeric ? input.value : null, file },
    });
    return created.id;
  });
}

function storeEvidence(tx: Tx, ownerId: number, upload: EvidenceUpload, type: EvidenceType) {
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  return tx.evidenceFile.create({
    data: { ownerId, filename: evidenceFilename(upload.filename, type), mimeType: type.mimeType, size: upload.bytes.byteLength, sha256, data: Buffer.from(upload.bytes) },
    select: { id: true, filename: true, mimeType: true, size: true, sha256: true },
  });
}

/** The employee removes an entry of their own while the SKP is agreed; its evidence file goes with it. */
export async function deleteRealization(actor: SessionUser, appraisalId: number, realizationId: number): Promise<void> {
  authorize(actor, "appraisal.own");
  await db.$transaction(async (tx) => {
    const appraisal = await lockScoped(tx, appraisalId, ownAppraisal(actor));
    const row = await tx.realization.findFirst({
      where: { id: realizationId, indicator: { result: { appraisalId } } },
      select: { id: true, indicatorId: true, date: true, value: true, text: true, link: true, fileId: true },
    });
    if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
    refuseUnlessRecording(appraisal.status);
    await tx.realization.delete({ where: { id: row.id } });
    // Each upload belongs to exactly one entry (addRealization stores one file per entry).
    if (row.fileId !== null) await tx.evidenceFile.delete({ where: { id: row.fileId } });
    await writeAudit(tx, { actorId: actor.userId, action: "realization.delete", entityType: "Appraisal", entityId: appraisalId, before: row });
  });
}
