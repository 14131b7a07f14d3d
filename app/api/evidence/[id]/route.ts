import { getEvidenceFile } from "@/lib/appraisals/evidence-queries";
import { parseId } from "@/lib/route-params";
import { downloadResponse } from "@/lib/server/download";
import { requireUser } from "@/lib/server/session";

// Evidence download. A public endpoint like any other: it checks the session and the SKP's read scope
// itself; the type served is the one recorded at upload (from the bytes).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  return downloadResponse(id === null ? null : await getEvidenceFile(user, id));
}
