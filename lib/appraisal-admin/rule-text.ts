// A distribution rule in words, as HR and raters read it ("Sangat Baik: paling banyak 70%").
import type { DistributionRule, Violation } from "@/lib/domain/appraisal/distribution";
import { t } from "@/lib/i18n";

type RuleShape = Pick<DistributionRule, "predikats" | "minPercent" | "maxPercent" | "requireAny">;

export function ruleText(rule: RuleShape): string {
  const predikats = rule.predikats.map((p) => t(`appraisal.predikat.${p}`)).join(t("appraisalAdmin.rules.or"));
  const { minPercent: min, maxPercent: max } = rule;
  let text: string;
  if (min !== null && max !== null) text = t("appraisalAdmin.rules.textRange", { predikats, min, max });
  else if (max !== null) text = t("appraisalAdmin.rules.textMax", { predikats, max });
  else if (min !== null) text = t("appraisalAdmin.rules.textMin", { predikats, min });
  else return t("appraisalAdmin.rules.textAny", { predikats });
  return rule.requireAny ? t("appraisalAdmin.rules.textAnd", { text }) : text;
}

const percent = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

export function violationText(violation: Violation): string {
  const rule = ruleText(violation.rule);
  if (violation.kind === "ANY") return t("appraisalAdmin.distribution.violationAny", { rule });
  const actual = percent.format(violation.actualPercent);
  return t(violation.kind === "MAX" ? "appraisalAdmin.distribution.violationMax" : "appraisalAdmin.distribution.violationMin", { rule, actual });
}

export function formatPercent(value: number): string {
  return percent.format(value);
}
