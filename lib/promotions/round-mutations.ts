import "server-only";
import { checkRoundPeriod } from "@/lib/domain/promotion-round";
import { toIsoDate } from "@/lib/domain/dates";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError, fieldError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { bumpDraftRound } from "./round-lock-mutations";
import type { TOpenRound, TSendRound } from "./schemas";

/** Opens a round for a KP period. Two admins opening the same period at once: the unique index keeps one. */
export async function openRound(user: SessionUser, input: TOpenRound): Promise<number> {
  authorize(user, "promotion.manage");
  const problem = checkRoundPeriod(input.periodTmt);
  if (problem) throw fieldError("periodTmt", t(`promotions.errors.period.${problem}`));
  try {
    return await db.$transaction(async (tx) => {
      const round = await tx.promotionRound.create({ data: { periodTmt: input.periodTmt, openedById: user.employeeId }, select: { id: true } });
      await writeAudit(tx, { actorId: user.userId, action: "promotion.round_opened", entityType: "PromotionRound", entityId: round.id, after: { periodTmt: toIsoDate(input.periodTmt) } });
      return round.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw fieldError("periodTmt", t("promotions.errors.periodTaken"));
    throw error;
  }
}

/** Kirim ke Tim Penilai: the chair must hold an active TIM_PENILAI account; the list freezes. */
export async function sendRound(user: SessionUser, roundId: number, input: TSendRound): Promise<void> {
  authorize(user, "promotion.manage");
  await db.$transaction(async (tx) => {
    await bumpDraftRound(tx, roundId, input.version);
    const chair = await tx.user.findFirst({ where: { employeeId: input.chairId, active: true, roles: { has: "TIM_PENILAI" } }, select: { id: true } });
    if (!chair) throw fieldError("chairId", t("promotions.errors.chair"));
    const round = await tx.promotionRound.findUniqueOrThrow({ where: { id: roundId }, select: { screenedAt: true } });
    if (!round.screenedAt) throw new AppError("CONFLICT", t("promotions.errors.notScreened"));
    const proposed = await tx.promotionCandidate.count({ where: { roundId, proposed: true } });
    if (proposed === 0) throw new AppError("CONFLICT", t("promotions.errors.nothingProposed"));
    await tx.promotionRound.update({ where: { id: roundId }, data: { status: "IN_REVIEW", chairId: input.chairId, sentAt: new Date() } });
    await writeAudit(tx, { actorId: user.userId, action: "promotion.round_sent", entityType: "PromotionRound", entityId: roundId, before: { status: "DRAFT" }, after: { status: "IN_REVIEW", chairId: input.chairId, proposed } });
  });
}
