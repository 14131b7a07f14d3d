import "server-only";
import type { CaseKind } from "@/lib/domain/promotion-round";
import { applyPlacementDecisions, assertPlacementApprovable } from "@/lib/placements/apply-mutations";
import { applyPromotionDecisions } from "@/lib/promotions/apply-mutations";
import type { Tx } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";

/**
 * What a decision does outside the committee, per kind, inside the committee's transaction: on
 * closing (candidateIds undefined: every decided candidate) and on a correction (that candidate).
 */
export type CaseEffect = (tx: Tx, caseId: number, actor: SessionUser, candidateIds?: number[]) => Promise<void>;

export const CASE_EFFECTS: Record<CaseKind, CaseEffect> = {
  promotion: applyPromotionDecisions,
  placement: applyPlacementDecisions,
};

/**
 * Checked when the chair approves a candidate, before the decision is written: a placement cannot
 * approve more people than the position has vacant seats (the chair hears it at once, not at close).
 * Promotions have no such limit.
 */
export const APPROVAL_CHECKS: Record<CaseKind, ((tx: Tx, candidateId: number) => Promise<void>) | null> = {
  promotion: null,
  placement: assertPlacementApprovable,
};
