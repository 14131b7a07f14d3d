import { Card } from "@/components/ui/layout";
import { formatDate, t } from "@/lib/i18n";
import type { JpYear } from "@/lib/trainings/development-queries";
import { jpText, typeLabel } from "./labels";

/** The year's JP against the 20 required: a bar (announced as a progress bar) and the ledger entries. */
export function JpProgressCard({ jp }: { jp: JpYear }) {
  const { hours, required, remaining, met } = jp.progress;
  const percent = Math.min(100, Math.round((hours / required) * 100));
  return (
    <Card title={t("trainings.mine.jpTitle", { year: jp.year })}>
      <div className="space-y-3" data-testid="jp-progress">
        <p className="text-2xl font-semibold text-slate-900">
          {jpText(hours)} <span className="text-base font-normal text-slate-600">/ {jpText(required)}</span>
        </p>
        <div
          role="progressbar"
          aria-label={t("trainings.mine.jpBar", { year: jp.year })}
          aria-valuemin={0}
          aria-valuemax={required}
          aria-valuenow={Math.min(hours, required)}
          aria-valuetext={t("trainings.mine.jpValueText", { hours: jpText(hours), required: jpText(required) })}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div className={`h-full ${met ? "bg-brand-600" : "bg-amber-500"}`} style={{ width: `${percent}%` }} />
        </div>
        <p className={`text-sm ${met ? "text-brand-800" : "text-amber-800"}`}>{met ? t("trainings.mine.jpMet") : t("trainings.mine.jpRemaining", { n: jpText(remaining) })}</p>
        <p className="text-xs text-slate-600">
          {t("trainings.mine.jpSplit", { klasikal: jpText(jp.klasikal), nonKlasikal: jpText(jp.nonKlasikal) })}
        </p>
        {jp.entries.length ? (
          <ul className="divide-y divide-slate-100 text-sm">
            {jp.entries.map((entry) => (
              <li key={entry.id} className="flex items-baseline justify-between gap-3 py-2">
                <span className="min-w-0">
                  <span className="text-slate-900">{entry.title}</span>
                  <span className="block text-xs text-slate-500">
                    {formatDate(entry.date)} · {typeLabel(entry.type)} · {t(`trainings.source.${entry.source}`)}
                  </span>
                </span>
                <span className="whitespace-nowrap font-medium text-slate-900">{jpText(entry.hours)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("trainings.mine.noJp")}</p>
        )}
      </div>
    </Card>
  );
}
