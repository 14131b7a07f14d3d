import { parseId } from "@/lib/route-params";
import { downloadResponse } from "@/lib/server/download";
import { requireUser } from "@/lib/server/session";
import { getCertificateFile } from "@/lib/trainings/external-queries";

// Certificate of an external training, addressed by the training entry's id. A public endpoint: it
// checks the session and the employee read scope itself (the person, their chain, HR).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  return downloadResponse(id === null ? null : await getCertificateFile(user, id));
}
