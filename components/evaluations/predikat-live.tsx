import { predikatFor, type Rating } from "@/lib/domain/predikat";
import { t } from "@/lib/i18n";

/** The predikat the two overall ratings give, announced politely as the rater changes them. */
export function PredikatLive({ work, behaviour, id }: { work: Rating | null; behaviour: Rating | null; id?: string }) {
  const text = work && behaviour ? t("evaluations.rateForm.livePredikat", { predikat: t(`appraisal.predikat.${predikatFor(work, behaviour)}`) }) : t("evaluations.rateForm.livePredikatPending");
  return (
    <p id={id} role="status" aria-live="polite" className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-900">
      {text}
    </p>
  );
}
