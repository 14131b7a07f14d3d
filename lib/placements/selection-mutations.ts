import "server-only";
import { DEFAULT_MERIT_WEIGHTS } from "@/lib/domain/talent/merit";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { loadRankingPosition } from "./pool-queries";
import { rankPosition, writeRanking } from "./ranking-mutations";
import type { TOpenSelection, TSendSelection } from "./schemas";
import { openRefusal, sendRefusal, vacancy } from "./selection-rules";

/**
 * Opens a selection for a vacant position and ranks its pool with the default weights. Opens for
 * one position queue on an advisory lock, so two admins cannot both pass the "no open selection" check.
 */
export async function openSelection(actor: SessionUser, input: TOpenSelection): Promise<number> {
  authorize(actor, "placement.manage");
  const position = await loadRankingPosition(input.positionId);
  if (!position) throw fieldError("positionId", t("placements.errors.positionNotFound"));
  const entries = await rankPosition(position, DEFAULT_MERIT_WEIGHTS, []);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.placement_selections'), ${position.id}::int)`;
    const [holders, open] = await Promise.all([
      tx.employee.count({ where: { positionId: position.id } }),
      tx.placementSelection.count({ where: { positionId: position.id, status: { in: ["DRAFT", "IN_REVIEW"] } } }),
    ]);
    const seats = vacancy(position.formation, holders);
    const refused = openRefusal({ active: position.active, vacancy: seats, openSelections: open });
    if (refused) throw fieldError("positionId", t(`placements.errors.open.${refused}`, { formation: position.formation, holders }));
    const selection = await tx.placementSelection.create({
      data: { positionId: position.id, tmt: input.tmt, weights: DEFAULT_MERIT_WEIGHTS, openedById: actor.employeeId, rankedAt: new Date() },
      select: { id: true },
    });
    await writeRanking(tx, selection.id, entries);
    await writeAudit(tx, {
      actorId: actor.userId,
      action: "placement.open",
      entityType: "PlacementSelection",
      entityId: selection.id,
      after: { positionId: position.id, tmt: input.tmt, formation: position.formation, holders, vacancy: seats, weights: DEFAULT_MERIT_WEIGHTS, candidates: entries.length },
    });
    return selection.id;
  });
}

/** A chair is an employee whose active account holds TIM_PENILAI. */
async function findChair(tx: Tx, employeeId: number) {
  const chair = await tx.user.findFirst({ where: { employeeId, active: true, roles: { has: "TIM_PENILAI" } }, select: { employeeId: true } });
  if (!chair) throw fieldError("chairId", t("placements.errors.chairNotFound"));
  return chair.employeeId;
}

/** Sends the shortlist to the committee with its chair; from here the ranking is frozen. */
export async function sendSelection(actor: SessionUser, id: number, input: TSendSelection): Promise<void> {
  authorize(actor, "placement.manage");
  await db.$transaction(async (tx) => {
    await claimVersion(tx, "placementSelection", id, input.version);
    const selection = await tx.placementSelection.findUniqueOrThrow({ where: { id }, select: { status: true, _count: { select: { candidates: true } } } });
    const refused = sendRefusal(selection.status, selection._count.candidates);
    if (refused === "NOT_DRAFT") throw new AppError("CONFLICT", t("placements.errors.notDraft"));
    if (refused) throw new AppError("VALIDATION", t(`placements.errors.${refused === "NO_CANDIDATES" ? "noCandidates" : "notDraft"}`));
    const chairId = await findChair(tx, input.chairId);
    if (await tx.placementCandidate.count({ where: { selectionId: id, employeeId: chairId } })) throw fieldError("chairId", t("placements.errors.chairIsCandidate"));
    const sentAt = new Date();
    await tx.placementSelection.update({ where: { id }, data: { status: "IN_REVIEW", chairId, sentAt } });
    await writeAudit(tx, { actorId: actor.userId, action: "placement.send", entityType: "PlacementSelection", entityId: id, before: { status: selection.status }, after: { status: "IN_REVIEW", chairId, sentAt } });
  });
}
