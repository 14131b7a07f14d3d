import Link from "next/link";
import { formatDate, t } from "@/lib/i18n";
import type { Recommendations } from "@/lib/trainings/recommendation-queries";
import { dateRange, jpText, kindLabel } from "./labels";

/** Suggested catalog trainings, each with every reason it is suggested for, in plain Indonesian. */
export function RecommendationList({ recommendations }: { recommendations: Recommendations }) {
  if (recommendations.items.length === 0) {
    return <p className="text-sm text-slate-600">{t("trainings.recommendations.none")}</p>;
  }
  return (
    <ul className="space-y-3" data-testid="recommendations">
      {recommendations.items.map(({ training, reasons }) => (
        <li key={training.id} className="rounded-md border border-slate-200 p-3">
          <Link href={`/trainings/${training.id}`} className="font-medium text-brand-700 hover:underline">
            {training.title}
          </Link>
          <p className="text-xs text-slate-500">
            {kindLabel(training.kind)} · {dateRange(training.startDate, training.endDate, formatDate)} · {jpText(training.hours)} · {t("trainings.catalog.deadline", { date: formatDate(training.registrationDeadline) })}
          </p>
          <p className="mt-2 text-xs font-medium text-slate-700">{t("trainings.recommendations.why")}</p>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
            {reasons.map((reason) => (
              <li key={reason.text}>{reason.text}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
