import { Card, DetailList } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { CreditSummary } from "@/lib/appraisal-admin/credit-queries";
import type { CreditTarget } from "@/lib/domain/appraisal/credit";
import { FUNCTIONAL_LEVEL_LABELS } from "@/lib/domain/positions";
import { t } from "@/lib/i18n";

const credit = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3 });
const fmt = (value: number) => credit.format(value);

/** Progress toward one target as a native <progress>, which screen readers announce with its label. */
function Target({ id, label, have, target }: { id: string; label: string; have: number; target: CreditTarget }) {
  const reached = target.remaining === 0;
  const text = reached
    ? t("appraisalAdmin.credit.reached", { have: fmt(have), needed: fmt(target.needed) })
    : t("appraisalAdmin.credit.progressValue", { have: fmt(have), needed: fmt(target.needed), remaining: fmt(target.remaining) });
  return (
    <div>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <span id={`${id}-label`} className="font-medium text-slate-800">
          {label}
        </span>
        <span className="text-slate-700">{text}</span>
      </div>
      <progress
        aria-labelledby={`${id}-label`}
        aria-valuetext={text}
        className="mt-1 h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-brand-600 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-brand-600"
        max={target.needed}
        value={Math.min(have, target.needed)}
      />
    </div>
  );
}

/**
 * Angka kredit of a functional employee: the current jenjang's progress toward the next pangkat and
 * jenjang, and every year's award with how it was computed. Renders nothing for a null summary (not
 * functional and never earned credit), so callers can place it unconditionally.
 */
export function CreditSummaryCard({ summary }: { summary: CreditSummary | null }) {
  if (!summary) return null;
  const level = summary.level ? FUNCTIONAL_LEVEL_LABELS[summary.level] : null;
  return (
    <Card title={t("appraisalAdmin.credit.title")}>
      <div className="space-y-5">
        <DetailList
          items={[
            { label: t("appraisalAdmin.credit.level"), value: level ? `${level} — ${summary.positionName}` : t("appraisalAdmin.credit.noLevel") },
            { label: t("appraisalAdmin.credit.total"), value: fmt(summary.total) },
          ]}
        />
        {summary.progress && level ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">{t("appraisalAdmin.credit.levelTotal", { level })}: <strong>{fmt(summary.levelTotal)}</strong></p>
            {summary.nextRank ? (
              <Target
                id={`credit-${summary.employeeId}-rank`}
                label={t("appraisalAdmin.credit.nextRankOf", { rank: `${summary.nextRank.code} ${summary.nextRank.name}` })}
                have={summary.levelTotal}
                target={summary.progress.nextRank}
              />
            ) : null}
            {summary.progress.nextLevel ? (
              <Target id={`credit-${summary.employeeId}-level`} label={t("appraisalAdmin.credit.nextLevel")} have={summary.levelTotal} target={summary.progress.nextLevel} />
            ) : (
              <p className="text-sm text-slate-600">{t("appraisalAdmin.credit.top")}</p>
            )}
          </div>
        ) : null}
        {summary.awards.length ? (
          <Table caption={t("appraisalAdmin.credit.caption")}>
            <thead>
              <tr>
                <Th>{t("appraisalAdmin.credit.year")}</Th>
                <Th>{t("appraisalAdmin.credit.jenjang")}</Th>
                <Th className="text-right">{t("appraisalAdmin.credit.months")}</Th>
                <Th>{t("appraisalAdmin.credit.predikat")}</Th>
                <Th className="text-right">{t("appraisalAdmin.credit.percentage")}</Th>
                <Th className="text-right">{t("appraisalAdmin.credit.coefficient")}</Th>
                <Th className="text-right">{t("appraisalAdmin.credit.credit")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {summary.awards.map((award, index) => (
                <tr key={`${award.year}-${index}`}>
                  <Td>{award.year}</Td>
                  <Td>{FUNCTIONAL_LEVEL_LABELS[award.functionalLevel]}</Td>
                  <Td className="text-right">{award.months}</Td>
                  <Td>{t(`appraisal.predikat.${award.predikat}`)}</Td>
                  <Td className="text-right">{award.percentage}%</Td>
                  <Td className="text-right">{fmt(award.coefficient)}</Td>
                  <Td className="text-right font-medium">{fmt(award.credit)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-600">{t("appraisalAdmin.credit.none")}</p>
        )}
        <p className="text-xs text-slate-500">{t("appraisalAdmin.credit.formula")}</p>
      </div>
    </Card>
  );
}
