import "server-only";
import { t } from "@/lib/i18n";
import { AppError } from "@/lib/server/errors";

/** A bound id as the browser sent it back: anything but a positive integer finds nothing. */
export function checkBound(id: unknown): number {
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id <= 0) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return id;
}

/** Where an evaluation form goes after a successful step, and the pages that show its state. */
export function evaluationDone(appraisalId: number, period: string, saved: string) {
  return {
    revalidate: [`/skp/${appraisalId}`, `/skp/${appraisalId}/evaluations/${period}`, "/skp", "/team", "/appeals"],
    redirectTo: `/skp/${appraisalId}/evaluations/${encodeURIComponent(period)}?saved=${saved}`,
  };
}
