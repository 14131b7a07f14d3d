import { Badge } from "@/components/ui/layout";
import type { KpCondition } from "@/lib/domain/career/promotion";
import type { EducationLevel } from "@/lib/domain/education";
import { kpConditionText } from "@/lib/career/kp-text";
import { t } from "@/lib/i18n";

/**
 * The screening's conditions in the career checklist's own words (kp-text.ts), each with its result
 * in words; `onlyUnmet` keeps long review lists short.
 */
export function ConditionList({ conditions, asOf, educationLevel, onlyUnmet = false }: { conditions: KpCondition[]; asOf: Date; educationLevel: EducationLevel; onlyUnmet?: boolean }) {
  if (conditions.length === 0) return <p className="text-xs text-slate-500">{t("promotions.candidates.notScreenedYet")}</p>;
  const shown = onlyUnmet ? conditions.filter((c) => !c.met) : conditions;
  if (shown.length === 0) return <p className="text-xs text-brand-800">{t("promotions.candidates.allMet")}</p>;
  return (
    <ul className="space-y-1">
      {shown.map((condition) => (
        <li key={condition.code} className="text-xs text-slate-700" data-condition={condition.code} data-met={condition.met}>
          <Badge tone={condition.met ? "brand" : "danger"}>{condition.met ? t("career.kp.met") : t("career.kp.unmet")}</Badge>{" "}
          <span className="font-medium">{t(`career.kp.labels.${condition.code}`)}:</span> {kpConditionText(condition, { asOf, educationLevel })}
        </li>
      ))}
    </ul>
  );
}
