import { OwnCandidacies } from "@/components/placements/own-candidacies";
import { listOwnPlacementCandidacies } from "@/lib/placements/own-queries";
import { requireUser } from "@/lib/server/session";

/** Selections the person was shortlisted in, read under the signed-in user's scope (as PromotionRounds). */
export async function PlacementCandidacies({ employeeId }: { employeeId: number }) {
  const user = await requireUser();
  return <OwnCandidacies candidacies={await listOwnPlacementCandidacies(user, employeeId)} />;
}
