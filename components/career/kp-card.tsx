import { Card, DetailList } from "@/components/ui/layout";
import type { CareerPath } from "@/lib/career/career-queries";
import { kpConditionText } from "@/lib/career/kp-text";
import { rankById, rankLabel } from "@/lib/domain/ranks";
import { formatDate, t } from "@/lib/i18n";
import { Checklist, type ChecklistItem } from "./checklist";

// Codes that stop the assessment: a sentence instead of a checklist.
const STOPS = new Set(["NOT_PNS", "RANK_UNKNOWN", "TOP_RANK"]);

/** Kenaikan pangkat: route, next pangkat, the earliest eligible period and every condition. */
export function KpCard({ path }: { path: CareerPath }) {
  const kp = path.assessment.promotion;
  const context = { asOf: path.asOf, educationLevel: path.profile.educationLevel };
  const stop = kp.conditions.find((condition) => STOPS.has(condition.code));
  if (stop) {
    return (
      <Card title={t("career.kp.title")}>
        <p className="text-sm text-slate-700" data-testid="kp-stop">
          {kpConditionText(stop, context)}
        </p>
      </Card>
    );
  }
  const next = kp.nextRankId ? rankById(kp.nextRankId) : null;
  const items: ChecklistItem[] = kp.conditions.map((condition) => ({
    key: condition.code,
    label: t(`career.kp.labels.${condition.code}`),
    met: condition.met,
    text: kpConditionText(condition, context),
    date: condition.code === "YEARS_IN_RANK" || (condition.code === "NO_SANCTION" && !condition.met) ? condition.metOn : null,
  }));
  const unmet = kp.conditions.filter((condition) => !condition.met);
  return (
    <Card title={t("career.kp.title")}>
      <div className="space-y-4">
        <DetailList
          items={[
            { label: t("career.kp.route"), value: kp.route ? t(`career.kp.routes.${kp.route}`) : t("common.dash") },
            { label: t("career.kp.nextRank"), value: next ? rankLabel(next) : t("common.dash") },
            { label: t("career.kp.period"), value: formatDate(kp.period) },
            { label: t("career.kp.eligibleOn"), value: kp.eligibleOn ? <strong data-testid="kp-eligible-on">{formatDate(kp.eligibleOn)}</strong> : t("common.dash") },
          ]}
        />
        <div
          className={`rounded-md border px-3 py-2 text-sm ${kp.eligibleNow ? "border-brand-200 bg-brand-50 text-brand-900" : "border-amber-200 bg-amber-50 text-amber-900"}`}
          data-testid="kp-verdict"
        >
          {kp.eligibleNow ? (
            t("career.kp.eligibleNow", { date: formatDate(kp.period) })
          ) : kp.eligibleOn ? (
            t("career.kp.eligibleLater", { date: formatDate(kp.eligibleOn) })
          ) : (
            <>
              <p>{t("career.kp.notEligible")}</p>
              <ul className="mt-1 list-disc pl-5">
                {unmet.map((condition) => (
                  <li key={condition.code}>{kpConditionText(condition, context)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <Checklist items={items} caption={t("career.kp.checklist", { date: formatDate(kp.period) })} testId="kp-checklist" />
      </div>
    </Card>
  );
}
