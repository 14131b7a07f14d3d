import Link from "next/link";
import { Badge } from "@/components/ui/layout";
import { setUnitResultAction } from "@/lib/appraisal-admin/actions";
import type { UnitResultRow } from "@/lib/appraisal-admin/unit-result-queries";
import { formatDateTime, t } from "@/lib/i18n";
import { UnitResultForm } from "./unit-result-form";

/**
 * The unit tree as one flat list indented by depth (a few hundred rows, no nesting to walk), each
 * unit with its result form, or the finalised result as text: a finalised result no longer changes.
 */
export function UnitResultsTree({ rows, year }: { rows: UnitResultRow[]; year: number }) {
  return (
    <ul aria-label={t("appraisalAdmin.units.treeLabel")} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {rows.map((unit) => (
        <li key={unit.id} id={`unit-${unit.id}`} data-testid={`unit-result-${unit.code}`} className="scroll-mt-4 px-3 py-2">
          <div className="flex flex-col gap-2 md:flex-row md:items-center md:justify-between" style={{ paddingLeft: `${Math.min(unit.depth, 6) * 1.25}rem` }}>
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {unit.name} <span className="ml-1 font-mono text-xs font-normal text-slate-500">{unit.code}</span>
              </p>
              <p className="text-xs text-slate-600">
                {unit.result ? (
                  <Link className="font-medium text-brand-700 hover:underline" href={`/appraisal-progress/units/${unit.id}?year=${year}`} aria-label={t("appraisalAdmin.units.distributionOf", { name: unit.name })}>
                    {t("appraisalAdmin.units.distribution")}
                  </Link>
                ) : unit.governedBy ? (
                  t("appraisalAdmin.units.governedBy", { name: unit.governedBy.name })
                ) : (
                  t("appraisalAdmin.units.notGoverned")
                )}
              </p>
            </div>
            {unit.finalizedAt && unit.result ? (
              <div className="flex flex-col items-start gap-1 md:items-end">
                <Badge tone="brand">{t(`appraisal.orgResult.${unit.result}`)}</Badge>
                <p className="text-xs text-slate-600">{t("appraisalAdmin.units.finalized", { date: formatDateTime(unit.finalizedAt) })}</p>
              </div>
            ) : (
              <UnitResultForm key={unit.version} save={setUnitResultAction.bind(null, unit.id, year)} unitId={unit.id} unitName={unit.name} result={unit.result} version={unit.version} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
