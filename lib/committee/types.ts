// The committee's contract, shared by promotion rounds and placement selections: a case is a round or
// a selection, a candidate is one of its rows. Actions are bound to these refs by the page.
import type { CaseKind } from "@/lib/domain/promotion-round";

export type { CaseKind } from "@/lib/domain/promotion-round";

/** id = PromotionCandidate.id or PlacementCandidate.id. */
export type CandidateRef = { kind: CaseKind; id: number };

/** id = PromotionRound.id or PlacementSelection.id. */
export type CaseRef = { kind: CaseKind; id: number };

/** Where the committee opens a case (a placement's page belongs to the placement feature's routes). */
export function casePath(ref: CaseRef): string {
  return ref.kind === "promotion" ? `/committee/promotions/${ref.id}` : `/committee/placements/${ref.id}`;
}

export const CASE_KINDS = ["promotion", "placement"] as const satisfies readonly CaseKind[];
