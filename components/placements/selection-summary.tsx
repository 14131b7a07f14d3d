import { DetailList } from "@/components/ui/layout";
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { MERIT_KEYS } from "@/lib/domain/talent/merit";
import { formatDate, formatDateTime, formatNumber, t } from "@/lib/i18n";
import type { SelectionView } from "@/lib/placements/queries";
import { SelectionStatusBadge } from "./status-badge";

/** What was selected for, when, with which weights and why: the head of every selection page. */
export function SelectionSummary({ selection }: { selection: SelectionView }) {
  const p = selection.position;
  const weights = selection.weights;
  return (
    <div className="space-y-4">
      <DetailList
        items={[
          { label: t("placements.fields.position"), value: `${p.name} — ${p.unit.name}` },
          { label: t("placements.fields.status"), value: <SelectionStatusBadge status={selection.status} /> },
          { label: t("placements.fields.tmt"), value: formatDate(selection.tmt) },
          { label: t("placements.fields.vacancy"), value: t("placements.fields.vacancyValue", { formation: p.formation, holders: p._count.holders, vacancy: selection.vacancy }) },
          {
            label: t("placements.fields.requirements"),
            value: t("placements.fields.requirementsValue", {
              rank: p.minRank ? `${p.minRank.name} (${p.minRank.code})` : t("placements.fields.none"),
              education: p.minEducation ? EDUCATION_LABELS[p.minEducation] : t("placements.fields.none"),
              competencies: p.competencies.length,
            }),
          },
          { label: t("placements.fields.chair"), value: selection.chair ? `${selection.chair.name} (${selection.chair.nip})` : t("placements.fields.notYet") },
          { label: t("placements.fields.rankedAt"), value: formatDateTime(selection.rankedAt) },
          { label: t("placements.fields.sentAt"), value: formatDateTime(selection.sentAt) },
        ]}
      />
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("placements.fields.weights")}</h3>
        {weights ? (
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {MERIT_KEYS.map((key) => (
              <li key={key} className="rounded-md bg-slate-100 px-2 py-1">
                {t(`placements.components.${key}`)}: <span className="font-semibold">{formatNumber(weights[key])}%</span>
              </li>
            ))}
          </ul>
        ) : null}
        {selection.weightsReason ? <p className="mt-2 text-sm text-slate-700">{t("placements.fields.weightsReason", { reason: selection.weightsReason })}</p> : <p className="mt-2 text-sm text-slate-600">{t("placements.fields.defaultWeights")}</p>}
      </div>
    </div>
  );
}
