import "server-only";
import { screenedLine } from "@/lib/domain/promotion-round";
import { rankById } from "@/lib/domain/ranks";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { lockVersion } from "@/lib/server/optimistic-lock";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { readConditions } from "./conditions";
import { bumpDraftRound } from "./round-lock-mutations";
import type { TAddCandidate, TRemoveCandidate } from "./schemas";

/**
 * Adds a PNS through a pilihan route with a justification. Someone the screening already listed
 * keeps their screening result beside the new route; someone not yet screened gets it at the next
 * screening. Returns the candidate id.
 */
export async function addCandidate(user: SessionUser, roundId: number, input: TAddCandidate): Promise<number> {
  authorize(user, "promotion.manage");
  return db.$transaction(async (tx) => {
    await bumpDraftRound(tx, roundId);
    const employee = await tx.employee.findUnique({ where: { nip: input.nip }, select: { id: true, status: true, rankId: true } });
    if (!employee) throw fieldError("nip", t("promotions.errors.nipNotFound"));
    if (employee.status !== "PNS" || employee.rankId === null) throw fieldError("nip", t("promotions.errors.notPns"));
    const toRankId = input.toRankId ?? employee.rankId + 1;
    if (!rankById(toRankId) || toRankId <= employee.rankId) throw fieldError("toRankId", t("promotions.errors.toRank"));
    const existing = await tx.promotionCandidate.findUnique({
      where: { roundId_employeeId: { roundId, employeeId: employee.id } },
      select: { id: true, proposed: true, addedById: true, route: true },
    });
    if (existing?.addedById) throw fieldError("nip", t("promotions.errors.alreadyAdded"));
    if (existing?.proposed) throw fieldError("nip", t("promotions.errors.alreadyProposed"));
    const pilihan = { route: input.route, proposed: true, toRankId, justification: input.justification, addedById: user.employeeId };
    const candidate = existing
      ? await tx.promotionCandidate.update({ where: { id: existing.id }, data: { ...pilihan, version: { increment: 1 } }, select: { id: true } })
      : await tx.promotionCandidate.create({ data: { roundId, employeeId: employee.id, eligible: false, fromRankId: employee.rankId, conditions: [], ...pilihan }, select: { id: true } });
    await writeAudit(tx, { actorId: user.userId, action: "promotion.candidate_added", entityType: "PromotionCandidate", entityId: candidate.id, before: existing ? { route: existing.route, proposed: false } : undefined, after: { roundId, employeeId: employee.id, ...pilihan } });
    return candidate.id;
  });
}

/** Removes a pilihan candidate while DRAFT: back to the screening's line, or gone if never screened. Returns the round id. */
export async function removeCandidate(user: SessionUser, candidateId: number, input: TRemoveCandidate): Promise<number> {
  authorize(user, "promotion.manage");
  return db.$transaction(async (tx) => {
    const found = await tx.promotionCandidate.findUnique({ where: { id: candidateId }, select: { roundId: true } });
    if (!found) throw new AppError("NOT_FOUND", t("errors.notFound"));
    await bumpDraftRound(tx, found.roundId);
    await lockVersion(tx, "promotionCandidate", candidateId, input.version);
    const row = await tx.promotionCandidate.findUniqueOrThrow({
      where: { id: candidateId },
      select: { employeeId: true, addedById: true, route: true, toRankId: true, justification: true, eligible: true, conditions: true },
    });
    if (row.addedById === null) throw new AppError("CONFLICT", t("promotions.errors.notAdded"));
    const conditions = readConditions(row.conditions);
    if (conditions.length === 0) {
      await tx.promotionCandidate.delete({ where: { id: candidateId } });
    } else {
      const line = screenedLine(conditions, row.eligible);
      await tx.promotionCandidate.update({ where: { id: candidateId }, data: { ...line, justification: null, addedById: null, version: { increment: 1 } } });
    }
    await writeAudit(tx, {
      actorId: user.userId,
      action: "promotion.candidate_removed",
      entityType: "PromotionCandidate",
      entityId: candidateId,
      before: { employeeId: row.employeeId, route: row.route, toRankId: row.toRankId, justification: row.justification },
    });
    return found.roundId;
  });
}
