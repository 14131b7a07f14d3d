import { CORE_VALUES } from "@/lib/domain/appraisal/core-values";
import type { AppraisalDetail } from "@/lib/appraisals/plan-queries";
import { t } from "@/lib/i18n";

/** The seven BerAKHLAK values with their official description and the rater's specific expectation. */
export function BehaviourList({ behaviours }: { behaviours: AppraisalDetail["behaviours"] }) {
  const expectation = new Map(behaviours.map((b) => [b.value, b.expectation]));
  return (
    <dl className="space-y-3">
      {CORE_VALUES.map(({ value, label, description }) => (
        <div key={value} className="rounded-md border border-slate-200 p-3">
          <dt className="text-sm font-semibold text-slate-900">{label}</dt>
          <dd className="mt-1 text-sm text-slate-600">{description}</dd>
          <dd className="mt-2 text-sm text-slate-800">
            <span className="font-medium">{t("skp.behaviour.expectation")}: </span>
            {expectation.get(value) ?? <span className="text-slate-500">{t("skp.behaviour.noExpectation")}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
