import { getPlacementSk } from "@/lib/placements/letter-queries";
import { parseId } from "@/lib/route-params";
import { downloadResponse } from "@/lib/server/download";
import { requireUser } from "@/lib/server/session";

// SK penempatan download: the person themself or HR, only an approved candidate of a closed
// selection; the scope is in the query, so anyone else (or any other state) gets a 404.
export async function GET(_request: Request, { params }: { params: Promise<{ candidateId: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).candidateId);
  return downloadResponse(id === null ? null : await getPlacementSk(user, id));
}
