import { t } from "@/lib/i18n";

// Every file this site hands out (evidence, certificates, decision letters, exports) goes through
// here: always an attachment, the type decided by the server, nosniff and a sandbox CSP, so an
// uploaded or generated file is never rendered as a page of this site. Route handlers authorize first.

/** `attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export type Download = { data: Uint8Array; mimeType: string; filename: string };

/** The file as an attachment, or 404 when the caller found nothing in the user's scope. */
export function downloadResponse(file: Download | null): Response {
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
