import { EmptyState } from "@/components/ui/layout";
import { Table, Td, Th } from "@/components/ui/table";
import type { YearResult } from "@/lib/appraisals/history-queries";
import { PREDIKATS } from "@/lib/domain/predikat";
import { t } from "@/lib/i18n";

// Predikat per year as a server-drawn SVG line: no chart library, no client script. Screen readers get
// a label per point and the same data as a table below the chart.

const ROW = 36;
const LEFT = 128;
const TOP = 16;
const STEP = 64;
const levels = PREDIKATS.length;

const scoreFormat = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

function pointLabel(point: YearResult): string {
  const predikat = t(`appraisal.predikat.${point.predikat}`);
  return point.legacyScore === null ? predikat : t("skp.chart.legacyValue", { predikat, score: scoreFormat.format(Number(point.legacyScore)) });
}

export function PredikatChart({ points }: { points: YearResult[] }) {
  if (points.length === 0) return <EmptyState title={t("skp.chart.empty")} body={t("skp.chart.emptyBody")} />;
  const width = LEFT + STEP * Math.max(points.length, 2);
  const height = TOP * 2 + ROW * (levels - 1) + 24;
  const x = (i: number) => LEFT + STEP / 2 + i * STEP;
  const y = (predikat: YearResult["predikat"]) => TOP + ROW * PREDIKATS.indexOf(predikat);
  const line = points.map((p, i) => `${x(i)},${y(p.predikat)}`).join(" ");
  const first = points[0]!.year;
  const last = points[points.length - 1]!.year;
  const hasLegacy = points.some((p) => p.legacyScore !== null);
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-slate-600">{t("skp.chart.caption", { from: first, to: last })}</figcaption>
      {/* Drawn at its natural size; a long career scrolls sideways on a phone instead of shrinking. */}
      <div className="overflow-x-auto">
        <svg role="img" aria-label={t("skp.chart.aria", { from: first, to: last })} viewBox={`0 0 ${width} ${height}`} width={width} height={height} className="max-w-none">
          {PREDIKATS.map((predikat, i) => (
            <g key={predikat}>
              <line x1={LEFT} x2={width - 8} y1={TOP + ROW * i} y2={TOP + ROW * i} className="stroke-slate-200" strokeDasharray="4 4" />
              <text x={LEFT - 8} y={TOP + ROW * i + 4} textAnchor="end" className="fill-slate-600 text-[11px]">
                {t(`appraisal.predikat.${predikat}`)}
              </text>
            </g>
          ))}
          <polyline points={line} fill="none" className="stroke-brand-700" strokeWidth={2} />
          {points.map((point, i) => (
            <g key={point.year}>
              <circle cx={x(i)} cy={y(point.predikat)} r={6} strokeWidth={2} className={point.legacyScore === null ? "fill-brand-700 stroke-brand-700" : "fill-white stroke-brand-700"} aria-label={`${point.year}: ${pointLabel(point)}`} role="img">
                <title>{`${point.year}: ${pointLabel(point)}`}</title>
              </circle>
              <text x={x(i)} y={height - 6} textAnchor="middle" className="fill-slate-700 text-[11px]">
                {point.year}
              </text>
            </g>
          ))}
        </svg>
      </div>
      {hasLegacy ? <p className="text-xs text-slate-500">{t("skp.chart.legacyNote")}</p> : null}
      <details>
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("skp.chart.asTable")}</summary>
        <div className="mt-2">
          <Table caption={t("skp.chart.tableCaption")}>
            <thead>
              <tr>
                <Th>{t("skp.chart.year")}</Th>
                <Th>{t("skp.chart.predikat")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {points.map((point) => (
                <tr key={point.year}>
                  <Td>{point.year}</Td>
                  <Td>{pointLabel(point)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
