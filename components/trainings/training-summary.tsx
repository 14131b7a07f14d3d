import { Card, DetailList } from "@/components/ui/layout";
import { POSITION_TYPE_LABELS } from "@/lib/domain/positions";
import { rankById, rankLabel } from "@/lib/domain/ranks";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { TrainingDetail } from "@/lib/trainings/catalog-queries";
import { dateRange, jpText, kindLabel, modeLabel, typeLabel } from "./labels";

/** Who may register, in one sentence per rule. */
function eligibilityLines(training: TrainingDetail): string[] {
  const rank = training.minRankId ? rankById(training.minRankId) : null;
  return [
    training.positionTypes.length ? t("trainings.detail.forTypes", { types: training.positionTypes.map((p) => POSITION_TYPE_LABELS[p]).join(", ") }) : t("trainings.detail.forAllTypes"),
    ...(rank ? [t("trainings.detail.forRank", { rank: rankLabel(rank) })] : []),
    training.unit ? t("trainings.detail.forUnit", { unit: training.unit.name }) : t("trainings.detail.forAllUnits"),
  ];
}

export function TrainingSummary({ training }: { training: TrainingDetail }) {
  return (
    <Card title={t("trainings.detail.about")}>
      <DetailList
        items={[
          { label: t("trainings.form.kind"), value: `${kindLabel(training.kind)} (${typeLabel(training.type)})` },
          { label: t("trainings.form.provider"), value: training.provider },
          { label: t("trainings.form.mode"), value: training.location ? `${modeLabel(training.mode)} · ${training.location}` : modeLabel(training.mode) },
          { label: t("trainings.columns.when"), value: dateRange(training.startDate, training.endDate, formatDate) },
          { label: t("trainings.form.deadline"), value: formatDate(training.registrationDeadline) },
          { label: t("trainings.columns.jp"), value: jpText(training.hours) },
          {
            label: t("trainings.form.quota"),
            value: t("trainings.detail.seats", { left: formatNumber(training.seatsLeft), quota: formatNumber(training.quota) }),
          },
          {
            label: t("trainings.form.eligibility"),
            value: (
              <ul className="list-disc pl-5">
                {eligibilityLines(training).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
      <div className="mt-4">
        <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t("trainings.form.competencies")}</h3>
        {training.competencies.length ? (
          <ul className="mt-1 flex flex-wrap gap-2">
            {training.competencies.map((c) => (
              <li key={c.id} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                {c.name}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-slate-600">{t("trainings.detail.noCompetencies")}</p>
        )}
      </div>
      {training.description ? <p className="mt-4 whitespace-pre-line text-sm text-slate-800">{training.description}</p> : null}
    </Card>
  );
}
