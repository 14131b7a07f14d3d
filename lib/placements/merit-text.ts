// Plain-Indonesian sentences for each merit component: what was found and how it was valued. The
// rules (lib/domain/talent/merit.ts) return facts; the wording lives here and in
// messages/id/placements.json. The sentence is stored with the candidate when the ranking is made,
// so the committee and the candidate read exactly what the ranking was based on.
import { EDUCATION_LABELS } from "@/lib/domain/education";
import { rankById, rankLabel } from "@/lib/domain/ranks";
import type { MeritComponent, MeritFacts } from "@/lib/domain/talent/merit";
import { RANK_ONE_STEP_BELOW_VALUE } from "@/lib/domain/talent/merit";
import { formatNumber, t } from "@/lib/i18n";

const rank = (id: number | null) => {
  const found = id === null ? null : rankById(id);
  return found ? rankLabel(found) : "—";
};
const percent = (value: number) => `${formatNumber(Math.round(value * 1000) / 10)}%`;
const predikatLabel = (p: string | null) => (p ? t(`appraisal.predikat.${p as "BAIK"}`) : "—");

function rankText(f: MeritFacts["rank"]): string {
  const params = { rank: rank(f.rankId), min: rank(f.minRankId), partial: percent(RANK_ONE_STEP_BELOW_VALUE) };
  return t(`placements.merit.rank.${f.code}`, params);
}

function educationText(f: MeritFacts["education"]): string {
  return t(`placements.merit.education.${f.code}`, { education: EDUCATION_LABELS[f.education], min: f.minEducation ? EDUCATION_LABELS[f.minEducation] : "—" });
}

function competencyText(f: MeritFacts["competency"], value: number): string {
  if (f.code === "NO_STANDARD") return t("placements.merit.competency.NO_STANDARD");
  return t("placements.merit.competency.SCORED", { percent: percent(value), total: f.total, assessed: f.assessed });
}

function performanceText(f: MeritFacts["performance"]): string {
  if (f.code === "NONE") return t("placements.merit.performance.NONE");
  return t("placements.merit.performance.PREDIKAT", { year: f.year ?? "—", predikat: predikatLabel(f.predikat) });
}

function talentText(f: MeritFacts["talent"]): string {
  const potential = f.potentialScore === null ? "—" : formatNumber(f.potentialScore);
  if (f.code === "NO_BOX") return t("placements.merit.talent.NO_BOX", { predikat: predikatLabel(f.predikat), potential });
  return t("placements.merit.talent.BOX", { box: f.box ?? "—", predikat: predikatLabel(f.predikat), potential });
}

export function meritDetail(component: MeritComponent): string {
  switch (component.key) {
    case "rank":
      return rankText(component.facts as MeritFacts["rank"]);
    case "education":
      return educationText(component.facts as MeritFacts["education"]);
    case "competency":
      return competencyText(component.facts as MeritFacts["competency"], component.value);
    case "performance":
      return performanceText(component.facts as MeritFacts["performance"]);
    case "talent":
      return talentText(component.facts as MeritFacts["talent"]);
    case "training": {
      const f = component.facts as MeritFacts["training"];
      return t("placements.merit.training.text", { hours: formatNumber(f.hours), target: f.target });
    }
  }
}
