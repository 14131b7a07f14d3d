import type { IndicatorView } from "@/lib/appraisals/plan-queries";
import { deleteRealizationAction } from "@/lib/appraisals/realization-actions";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import { ConfirmActionForm } from "./action-forms";

const sizeFormat = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const fileSize = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${sizeFormat.format(bytes / 1024)} KB` : `${sizeFormat.format(bytes / 1024 / 1024)} MB`);

/** The realisation entries of one indicator, newest first, with their evidence. */
export function RealizationList({ skpId, indicator, deletable }: { skpId: number; indicator: IndicatorView; deletable: boolean }) {
  if (indicator.realizations.length === 0) return <p className="mt-2 text-xs text-slate-500">{t("skp.realization.none")}</p>;
  return (
    <ul className="mt-3 space-y-2" aria-label={t("skp.realization.listLabel", { indicator: indicator.text })}>
      {indicator.realizations.map((entry) => (
        <li key={entry.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          <div className="flex flex-col gap-2 sm:flex-row sm:justify-between">
            <div className="space-y-1">
              <p className="text-xs font-medium text-slate-500">
                {formatDate(entry.date)}
                {entry.value !== null ? ` · ${t("skp.realization.valueShown", { value: formatNumber(Number(entry.value)), unit: indicator.targetUnit ?? "" })}` : ""}
              </p>
              <p className="whitespace-pre-line break-words text-slate-800">{entry.text}</p>
              {entry.link ? (
                <p>
                  <a href={entry.link} target="_blank" rel="noopener noreferrer nofollow" className="break-all font-medium text-brand-700 underline-offset-2 hover:underline">
                    {t("skp.realization.openLink")}
                    <span className="sr-only"> ({t("skp.realization.newTab")})</span>
                  </a>
                </p>
              ) : null}
              {entry.file ? (
                <p>
                  <a href={`/api/evidence/${entry.file.id}`} download className="break-all font-medium text-brand-700 underline-offset-2 hover:underline">
                    {t("skp.realization.download", { name: entry.file.filename, size: fileSize(entry.file.size) })}
                  </a>
                </p>
              ) : null}
            </div>
            {deletable ? (
              <div className="shrink-0">
                <ConfirmActionForm
                  action={deleteRealizationAction.bind(null, skpId, entry.id)}
                  label={t("common.delete")}
                  accessibleLabel={t("skp.realization.deleteLabel", { date: formatDate(entry.date) })}
                  message={t("skp.realization.deleteConfirm")}
                  variant="secondary"
                  confirmVariant="danger"
                />
              </div>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
