import { attachmentDisposition } from "@/lib/appraisals/evidence";
import { getEvidenceFile } from "@/lib/appraisals/evidence-queries";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { requireUser } from "@/lib/server/session";

// Evidence download. A public endpoint like any other: it checks the session and the SKP's read scope
// itself. Always an attachment with the type recorded at upload (from the bytes) and nosniff, so an
// uploaded file is never rendered as a page of this site.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).id);
  const file = id === null ? null : await getEvidenceFile(user, id);
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
