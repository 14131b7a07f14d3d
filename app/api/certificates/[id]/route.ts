import { attachmentDisposition } from "@/lib/appraisals/evidence";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";
import { getCertificateFile } from "@/lib/trainings/external-queries";

// Certificate of an external training, addressed by the training entry's id. A public endpoint: it
// checks the session and the employee read scope itself (the person, their chain, HR). Served like
// SKP evidence: always an attachment, the type recorded from the bytes, nosniff and a sandbox CSP.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  const file = id === null ? null : await getCertificateFile(user, id);
  if (!file) return new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.data.byteLength),
      "Content-Disposition": attachmentDisposition(file.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
