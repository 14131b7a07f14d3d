import Link from "next/link";
import { maxViolationsAfter, type Counts, type DistributionRule, type OrgResult } from "@/lib/domain/appraisal/distribution";
import { PREDIKATS, type Predikat } from "@/lib/domain/predikat";
import { formatNumber, t } from "@/lib/i18n";

export type DistributionInfo = {
  unit: { id: number; name: string; result: OrgResult };
  rules: DistributionRule[];
  counts: Counts;
  /** The person's counted predikat before this rating (null: not rated yet). */
  remove: Predikat | null;
  year: number;
};

/**
 * Shown before saving an annual rating: what the chosen predikat would do to the unit's distribution.
 * A warning only (HR's finalisation is what blocks); announced as the choice changes.
 */
export function DistributionWarning({ info, chosen }: { info: DistributionInfo | null; chosen: Predikat | null }) {
  if (!info) {
    return <p className="text-sm text-slate-600">{t("evaluations.distribution.none")}</p>;
  }
  const counts = PREDIKATS.filter((p) => info.counts[p] > 0)
    .map((p) => `${t(`appraisal.predikat.${p}`)} ${formatNumber(info.counts[p])}`)
    .join(", ");
  // The counts and the person's previous predikat are read separately; never replace what is not counted.
  const remove = info.remove && info.counts[info.remove] > 0 ? info.remove : null;
  const violations = chosen ? maxViolationsAfter(info.counts, { add: chosen, remove }, info.rules) : [];
  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <p className="font-medium text-slate-900">{t("evaluations.distribution.title")}</p>
      <p className="text-slate-700">{t("evaluations.distribution.unit", { unit: info.unit.name, result: t(`appraisal.orgResult.${info.unit.result}`) })}</p>
      <p className="text-slate-700">{t("evaluations.distribution.counts", { counts: counts || t("common.none") })}</p>
      <div role="status" aria-live="polite">
        {violations.length ? (
          <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-amber-900">
            <p className="font-semibold">{t("evaluations.distribution.warn")}</p>
            <ul className="mt-1 list-disc pl-5">
              {violations.map((v, i) => (
                <li key={i}>
                  {t("evaluations.distribution.maxViolation", {
                    predikats: v.rule.predikats.map((p) => t(`appraisal.predikat.${p}`)).join(" / "),
                    actual: formatNumber(v.actualPercent),
                    limit: formatNumber(v.limitPercent ?? 0),
                  })}
                </li>
              ))}
            </ul>
            <p className="mt-1">{t("evaluations.distribution.warnHint")}</p>
          </div>
        ) : chosen ? (
          <p className="text-slate-700">{t("evaluations.distribution.ok")}</p>
        ) : null}
      </div>
      <Link className="font-medium text-brand-700 hover:underline" href={`/appraisal-progress/units/${info.unit.id}?year=${info.year}`}>
        {t("evaluations.distribution.link", { unit: info.unit.name })}
      </Link>
    </div>
  );
}
