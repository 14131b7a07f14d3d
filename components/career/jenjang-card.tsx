import { Card, DetailList } from "@/components/ui/layout";
import type { CareerPath } from "@/lib/career/career-queries";
import { jenjangConditionText } from "@/lib/career/kp-text";
import { FUNCTIONAL_LEVEL_LABELS } from "@/lib/domain/positions";
import { formatDate, t } from "@/lib/i18n";
import { Checklist } from "./checklist";

const credit = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3 });

/** Kenaikan jenjang of a functional position: credit bar, uji kompetensi, formation. */
export function JenjangCard({ path }: { path: CareerPath }) {
  const jenjang = path.assessment.jenjang;
  if (!jenjang) return null;
  const level = FUNCTIONAL_LEVEL_LABELS[jenjang.level];
  if (!jenjang.next) {
    return (
      <Card title={t("career.jenjang.title")}>
        <p className="text-sm text-slate-700">{t("career.jenjang.top", { level })}</p>
      </Card>
    );
  }
  const next = FUNCTIONAL_LEVEL_LABELS[jenjang.next];
  const creditCondition = jenjang.conditions.find((condition) => condition.code === "CREDIT");
  const needed = typeof creditCondition?.detail.required === "number" ? creditCondition.detail.required : 0;
  const have = jenjang.creditInLevel;
  const remaining = Math.max(0, Math.round((needed - have) * 1000) / 1000);
  const barText =
    remaining === 0
      ? t("career.jenjang.creditReached", { have: credit.format(have), needed: credit.format(needed) })
      : t("career.jenjang.creditValue", { have: credit.format(have), needed: credit.format(needed), remaining: credit.format(remaining) });
  return (
    <Card title={t("career.jenjang.title")}>
      <div className="space-y-4">
        <DetailList
          items={[
            { label: t("career.jenjang.current"), value: t("career.jenjang.currentValue", { level, date: formatDate(jenjang.since) }) },
            { label: t("career.jenjang.next"), value: next },
          ]}
        />
        <div>
          <div className="flex flex-wrap justify-between gap-2 text-sm">
            <span id="jenjang-credit-label" className="font-medium text-slate-800">
              {t("career.jenjang.creditLabel", { level, next })}
            </span>
            <span className="text-slate-700">{barText}</span>
          </div>
          <progress
            aria-labelledby="jenjang-credit-label"
            aria-valuetext={barText}
            className="mt-1 h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
            max={needed || 1}
            value={Math.min(have, needed)}
          />
        </div>
        <Checklist
          testId="jenjang-checklist"
          caption={t("career.jenjang.checklist", { level: next })}
          items={jenjang.conditions.map((condition) => ({
            key: condition.code,
            label: t(`career.jenjang.labels.${condition.code}`),
            met: condition.met,
            text: jenjangConditionText(condition, { since: jenjang.since, next: jenjang.next }),
          }))}
        />
      </div>
    </Card>
  );
}
