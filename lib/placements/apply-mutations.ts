import "server-only";
import { today } from "@/lib/clock";
import { lockSkSequence } from "@/lib/committee/sk-mutations";
import { skNumber } from "@/lib/domain/promotion-round";
import { appendPositionChange } from "@/lib/employees/history-mutations";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import type { Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import type { SessionUser } from "@/lib/server/session";
import { approvalRefusal } from "./selection-rules";

// What a committee decision does to people: called by lib/committee in the chair's transaction (on
// close, and on a correction after it). The committee module has authorized the chair already.

/**
 * Refuses an approval beyond the position's seats (formation minus the holders who are not this
 * selection's approved candidates, minus the other approvals). The committee calls it before
 * recording APPROVED; the apply hook checks again, so a missed call cannot over-fill a post.
 */
export async function assertPlacementApprovable(tx: Tx, candidateId: number): Promise<void> {
  const candidate = await tx.placementCandidate.findUnique({
    where: { id: candidateId },
    select: { selectionId: true, selection: { select: { positionId: true, position: { select: { formation: true } } } } },
  });
  if (!candidate) throw new AppError("NOT_FOUND", t("errors.notFound"));
  // Serializes approvals of one selection: two decisions at once cannot both take the last seat.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.placement_seats'), ${candidate.selectionId}::int)`;
  const approved = await tx.placementCandidate.findMany({ where: { selectionId: candidate.selectionId, decision: "APPROVED", id: { not: candidateId } }, select: { employeeId: true } });
  const approvedIds = approved.map((row) => row.employeeId);
  const otherHolders = await tx.employee.count({ where: { positionId: candidate.selection.positionId, id: { notIn: approvedIds } } });
  const formation = candidate.selection.position.formation;
  if (approvalRefusal({ formation, otherHolders, otherApproved: approved.length })) {
    throw new AppError("CONFLICT", t("placements.errors.noSeat", { formation }));
  }
}

/** Next nomor SK of a placement in the year (the committee's numbering, read from position_histories). */
async function nextSkNumber(tx: Tx, year: number): Promise<string> {
  return skNumber("placement", (await lockSkSequence(tx, "placement", year)) + 1, year);
}

type Selection = { id: number; positionId: number; tmt: Date };
type Candidate = { id: number; employeeId: number; skNumber: string | null };

async function place(tx: Tx, actor: SessionUser, selection: Selection, candidate: Candidate): Promise<void> {
  await assertPlacementApprovable(tx, candidate.id);
  const skDate = today();
  const number = await nextSkNumber(tx, skDate.getUTCFullYear());
  const change = await appendPositionChange(tx, actor.userId, candidate.employeeId, { positionId: selection.positionId, tmt: selection.tmt, skNumber: number, skDate });
  // Open HR edit forms of this person now carry a stale version.
  await tx.employee.update({ where: { id: candidate.employeeId }, data: { version: { increment: 1 } } });
  await tx.placementCandidate.update({ where: { id: candidate.id }, data: { skNumber: number, skDate, version: { increment: 1 } } });
  await writeAudit(tx, {
    actorId: actor.userId,
    action: "placement.applied",
    entityType: "PlacementCandidate",
    entityId: candidate.id,
    after: { selectionId: selection.id, employeeId: candidate.employeeId, positionId: selection.positionId, tmt: selection.tmt, skNumber: number, skDate, historyId: change.historyId },
  });
}

/**
 * A correction away from APPROVED: a new SK puts the person back in the post they held before the
 * placement, from the same TMT (the placement never took effect). The candidate's SK fields are
 * cleared so a later correction back to APPROVED issues a fresh SK.
 */
async function revert(tx: Tx, actor: SessionUser, selection: Selection, candidate: Candidate & { skNumber: string }): Promise<void> {
  const placed = await tx.positionHistory.findFirst({
    where: { employeeId: candidate.employeeId, positionId: selection.positionId, skNumber: candidate.skNumber },
    select: { id: true, tmt: true },
    orderBy: { id: "desc" },
  });
  const previous = placed
    ? await tx.positionHistory.findFirst({
        where: { employeeId: candidate.employeeId, OR: [{ tmt: { lt: placed.tmt } }, { tmt: placed.tmt, id: { lt: placed.id } }] },
        select: { positionId: true },
        orderBy: [{ tmt: "desc" }, { id: "desc" }],
      })
    : null;
  if (!previous) throw new AppError("CONFLICT", t("placements.errors.noPreviousPosition"));
  const skDate = today();
  const number = await nextSkNumber(tx, skDate.getUTCFullYear());
  const change = await appendPositionChange(tx, actor.userId, candidate.employeeId, { positionId: previous.positionId, tmt: selection.tmt, skNumber: number, skDate });
  await tx.employee.update({ where: { id: candidate.employeeId }, data: { version: { increment: 1 } } });
  await tx.placementCandidate.update({ where: { id: candidate.id }, data: { skNumber: null, skDate: null, version: { increment: 1 } } });
  await writeAudit(tx, {
    actorId: actor.userId,
    action: "placement.reverted",
    entityType: "PlacementCandidate",
    entityId: candidate.id,
    before: { positionId: selection.positionId, skNumber: candidate.skNumber },
    after: { positionId: previous.positionId, tmt: selection.tmt, skNumber: number, skDate, historyId: change.historyId },
  });
}

/**
 * The committee's hook on close (every candidate) and on a correction (`candidateIds`): an approved
 * candidate not yet placed is placed (history with TMT and SK, current post and unit, SKP split,
 * audit); a placed candidate no longer approved is moved back.
 */
export async function applyPlacementDecisions(tx: Tx, selectionId: number, actor: SessionUser, candidateIds?: number[]): Promise<void> {
  const selection = await tx.placementSelection.findUnique({ where: { id: selectionId }, select: { id: true, positionId: true, tmt: true } });
  if (!selection) throw new AppError("NOT_FOUND", t("errors.notFound"));
  const candidates = await tx.placementCandidate.findMany({
    where: { selectionId, ...(candidateIds ? { id: { in: candidateIds } } : {}) },
    select: { id: true, employeeId: true, decision: true, skNumber: true },
    orderBy: { rankOrder: "asc" },
  });
  // Reverts first: a correction that swaps two candidates frees the seat before it is taken again.
  for (const candidate of candidates) {
    if (candidate.decision !== "APPROVED" && candidate.skNumber !== null) await revert(tx, actor, selection, { ...candidate, skNumber: candidate.skNumber });
  }
  for (const candidate of candidates) {
    if (candidate.decision === "APPROVED" && candidate.skNumber === null) await place(tx, actor, selection, candidate);
  }
}
