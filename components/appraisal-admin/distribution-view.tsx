import { Card } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { UnitDistribution } from "@/lib/appraisal-admin/distribution-queries";
import { formatPercent, ruleText, violationText } from "@/lib/appraisal-admin/rule-text";
import { formatNumber, t } from "@/lib/i18n";

const BAR_COLORS: Record<string, string> = {
  SANGAT_BAIK: "bg-emerald-600",
  BAIK: "bg-brand-600",
  BUTUH_PERBAIKAN: "bg-amber-500",
  KURANG: "bg-orange-600",
  SANGAT_KURANG: "bg-red-700",
};

/**
 * The predikat distribution as bars with their numbers written beside them (the colour only repeats
 * what the text says), then the same figures as a table for screen readers and copying.
 */
export function DistributionView({ distribution }: { distribution: UnitDistribution }) {
  const { shares, rated } = distribution;
  return (
    <Card title={t("appraisalAdmin.distribution.chart")}>
      {rated === 0 ? (
        <p className="text-sm text-slate-600">{t("appraisalAdmin.distribution.empty")}</p>
      ) : (
        <div className="space-y-5">
          <ul className="space-y-2" aria-hidden="true">
            {shares.map((share) => (
              <li key={share.predikat} className="grid grid-cols-[8rem_1fr] items-center gap-2 text-sm sm:grid-cols-[11rem_1fr]">
                <span className="truncate text-slate-800">{t(`appraisal.predikat.${share.predikat}`)}</span>
                <span className="flex items-center gap-2">
                  <span className="h-4 rounded-sm bg-slate-100" style={{ width: "100%" }}>
                    <span className={`block h-4 rounded-sm ${BAR_COLORS[share.predikat]}`} style={{ width: `${share.percent}%` }} />
                  </span>
                  <span className="w-28 shrink-0 text-right tabular-nums text-slate-700">
                    {formatNumber(share.count)} · {formatPercent(share.percent)}%
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <Table caption={t("appraisalAdmin.distribution.tableCaption")}>
            <thead>
              <tr>
                <Th>{t("appraisalAdmin.distribution.predikat")}</Th>
                <Th className="text-right">{t("appraisalAdmin.distribution.count")}</Th>
                <Th className="text-right">{t("appraisalAdmin.distribution.percent")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {shares.map((share) => (
                <tr key={share.predikat}>
                  <Td>{t(`appraisal.predikat.${share.predikat}`)}</Td>
                  <Td className="text-right tabular-nums">{formatNumber(share.count)}</Td>
                  <Td className="text-right tabular-nums">{formatPercent(share.percent)}%</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}

/** The limits of the unit's result and, when broken, which and by how much. */
export function RulesCheck({ distribution }: { distribution: UnitDistribution }) {
  if (!distribution.result) return null;
  const { rules, violations } = distribution;
  return (
    <Card title={t("appraisalAdmin.distribution.rules")}>
      <div className="space-y-3 text-sm">
        {rules.length ? (
          <ul className="list-disc space-y-1 pl-5 text-slate-800">
            {rules.map((rule, i) => (
              <li key={i}>{ruleText(rule)}</li>
            ))}
          </ul>
        ) : (
          <p className="text-slate-600">{t("appraisalAdmin.distribution.noRules")}</p>
        )}
        {violations.length ? (
          <div role="status" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-900">
            <p className="font-semibold">{t("appraisalAdmin.distribution.violations")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {violations.map((v, i) => (
                <li key={i}>{violationText(v)}</li>
              ))}
            </ul>
          </div>
        ) : distribution.rated > 0 ? (
          <p role="status" className="rounded-md border border-brand-200 bg-brand-50 p-3 text-brand-900">
            {t("appraisalAdmin.distribution.fits")}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
