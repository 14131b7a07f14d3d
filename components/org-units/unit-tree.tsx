import Link from "next/link";
import { formatNumber, t } from "@/lib/i18n";
import type { UnitTreeNode } from "@/lib/org-units/queries";

type Options = { manage: boolean; linkPositions: boolean };

function Actions({ unit }: { unit: UnitTreeNode }) {
  const link = "rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 hover:underline";
  return (
    <div className="flex flex-wrap gap-1">
      <Link className={link} href={`/org-units/${unit.id}/edit`} aria-label={t("orgUnits.editOf", { name: unit.name })}>
        {t("common.edit")}
      </Link>
      <Link className={link} href={`/org-units/new?parent=${unit.id}`} aria-label={t("orgUnits.newChildOf", { name: unit.name })}>
        {t("orgUnits.newChild")}
      </Link>
      <Link className={`${link} text-red-700 hover:bg-red-50`} href={`/org-units/${unit.id}/delete`} aria-label={t("orgUnits.deleteOf", { name: unit.name })}>
        {t("common.delete")}
      </Link>
    </div>
  );
}

function Branch({ units, byParent, options }: { units: UnitTreeNode[]; byParent: Map<number, UnitTreeNode[]>; options: Options }) {
  return (
    <ul className="space-y-1">
      {units.map((unit) => {
        const children = byParent.get(unit.id);
        const counts = t("orgUnits.counts", {
          subUnits: formatNumber(unit.subUnits),
          positions: formatNumber(unit.positions),
          employees: formatNumber(unit.employees),
        });
        return (
          <li key={unit.id} data-testid={`unit-${unit.code}`}>
            <div className="flex flex-col gap-1 rounded-md px-2 py-2 hover:bg-slate-50 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  {unit.name} <span className="ml-1 font-mono text-xs font-normal text-slate-500">{unit.code}</span>
                </p>
                <p className="text-xs text-slate-600">
                  {options.linkPositions && unit.positions > 0 ? (
                    <Link className="hover:underline" href={`/positions?unit=${unit.id}`}>
                      {counts}
                    </Link>
                  ) : (
                    counts
                  )}
                </p>
              </div>
              {options.manage ? <Actions unit={unit} /> : null}
            </div>
            {children ? (
              <div className="ml-2 border-l border-slate-200 pl-2 sm:ml-4 sm:pl-4">
                <Branch units={children} byParent={byParent} options={options} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The unit tree as nested lists, so assistive technology announces each level and its size. */
export function UnitTree({ units, manage, linkPositions }: { units: UnitTreeNode[] } & Options) {
  const byParent = new Map<number, UnitTreeNode[]>();
  const roots: UnitTreeNode[] = [];
  // `units` is already in display order, so appending keeps siblings sorted by name.
  for (const unit of units) {
    if (unit.depth === 0 || unit.parentId === null) roots.push(unit);
    else {
      const siblings = byParent.get(unit.parentId);
      if (siblings) siblings.push(unit);
      else byParent.set(unit.parentId, [unit]);
    }
  }
  return (
    <section aria-label={t("orgUnits.treeLabel")} className="rounded-lg border border-slate-200 bg-white p-2 shadow-sm sm:p-4">
      <p className="mb-2 px-2 text-xs text-slate-500">{t("orgUnits.countsHint")}</p>
      <Branch units={roots} byParent={byParent} options={{ manage, linkPositions }} />
    </section>
  );
}
