import { Card, EmptyState } from "@/components/ui/layout";
import type { CareerPath } from "@/lib/career/career-queries";
import { FUNCTIONAL_LEVEL_LABELS, POSITION_TYPE_LABELS } from "@/lib/domain/positions";
import { formatDateTime, t } from "@/lib/i18n";
import { TargetGap } from "./target-gap";

/**
 * The jabatan target and the gap to it. `chooser` is the person's own form (search, suggestions,
 * clear); HR and supervisors see the target without it.
 */
export function TargetCard({ path, self, chooser, clear }: { path: CareerPath; self: boolean; chooser?: React.ReactNode; clear?: React.ReactNode }) {
  const target = path.target;
  return (
    <div id="target" className="scroll-mt-6">
      <Card title={t("career.target.title")} actions={target ? clear : undefined}>
        <div className="space-y-5">
          {target ? (
            <>
              <div>
                <p className="text-base font-semibold text-slate-900" data-testid="target-name">
                  {target.position.name}
                </p>
                <p className="text-sm text-slate-600">
                  {t("career.target.positionValue", {
                    type: POSITION_TYPE_LABELS[target.position.type] + (target.position.functionalLevel ? ` ${FUNCTIONAL_LEVEL_LABELS[target.position.functionalLevel]}` : ""),
                    grade: target.position.grade,
                    unit: target.position.unit.name,
                  })}
                </p>
                <p className="text-xs text-slate-500">{t("career.target.chosenAt", { date: formatDateTime(target.chosenAt) })}</p>
                {!target.position.active ? <p className="mt-1 text-sm text-amber-800">{t("career.target.inactive")}</p> : null}
              </div>
              <TargetGap target={target} />
            </>
          ) : (
            <EmptyState title={t("career.target.none")} body={self ? t("career.target.noneSelf") : t("career.target.noneOther")} />
          )}
          {chooser}
        </div>
      </Card>
    </div>
  );
}
