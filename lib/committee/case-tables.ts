import "server-only";
import type { CaseKind } from "@/lib/domain/promotion-round";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Where each kind of case keeps its rows. Both candidate tables carry the same decision columns and
 * version, so the committee's SQL is written once with these identifiers (constants, never input).
 */
export type CaseTables = {
  cases: Prisma.Sql;
  candidates: Prisma.Sql;
  /** Candidate column pointing at its case. */
  caseFk: Prisma.Sql;
  /** CommitteeVote / DecisionCorrection column pointing at the candidate. */
  voteFk: "promotionCandidateId" | "placementCandidateId";
  voteFkColumn: Prisma.Sql;
  /** Which candidates the committee decides: a round's usulan; every candidate of a selection. */
  underReview: Prisma.Sql;
  /** Audit entity names. */
  caseEntity: string;
  candidateEntity: string;
};

export const CASE_TABLES: Record<CaseKind, CaseTables> = {
  promotion: {
    cases: Prisma.raw(`"promotion_rounds"`),
    candidates: Prisma.raw(`"promotion_candidates"`),
    caseFk: Prisma.raw(`"round_id"`),
    voteFk: "promotionCandidateId",
    voteFkColumn: Prisma.raw(`"promotion_candidate_id"`),
    underReview: Prisma.raw(`c.proposed`),
    caseEntity: "PromotionRound",
    candidateEntity: "PromotionCandidate",
  },
  placement: {
    cases: Prisma.raw(`"placement_selections"`),
    candidates: Prisma.raw(`"placement_candidates"`),
    caseFk: Prisma.raw(`"selection_id"`),
    voteFk: "placementCandidateId",
    voteFkColumn: Prisma.raw(`"placement_candidate_id"`),
    underReview: Prisma.raw(`TRUE`),
    caseEntity: "PlacementSelection",
    candidateEntity: "PlacementCandidate",
  },
};

/** The CommitteeVote / DecisionCorrection foreign key of a candidate. */
export function candidateLink(kind: CaseKind, id: number): { promotionCandidateId: number } | { placementCandidateId: number } {
  return kind === "promotion" ? { promotionCandidateId: id } : { placementCandidateId: id };
}
