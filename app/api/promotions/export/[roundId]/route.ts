import { PassThrough, Readable } from "node:stream";
import { exportFilename, findRoundForExport, writeRoundXlsx } from "@/lib/promotions/export-queries";
import { t } from "@/lib/i18n";
import { parseId } from "@/lib/route-params";
import { attachmentDisposition } from "@/lib/server/download";
import { isAppError } from "@/lib/server/errors";
import { requireUser } from "@/lib/server/session";

const notFound = () => new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

// XLSX of a round for HR (promotion.manage), streamed as it is written.
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const user = await requireUser();
  const id = parseId((await params).roundId);
  if (id === null) return notFound();
  let round;
  try {
    round = await findRoundForExport(user, id);
  } catch (error) {
    if (isAppError(error)) return notFound();
    throw error;
  }
  if (!round) return notFound();
  const output = new PassThrough();
  writeRoundXlsx(round, output).catch((error: unknown) => {
    console.error("[export] round xlsx failed", error);
    output.destroy(error instanceof Error ? error : new Error("export failed"));
  });
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachmentDisposition(exportFilename(round)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
