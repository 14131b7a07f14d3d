// Plain-Indonesian sentences for the KP and jenjang checklists: what each condition found and, when
// it is not met, what is missing and when time will fix it. The rules return codes and numbers
// (lib/domain/career); wording lives here and in messages/id/career.json.
import type { NextLevelCondition } from "@/lib/domain/career/jenjang";
import type { KpCondition } from "@/lib/domain/career/promotion";
import { addMonths, diffYearsMonths, isBefore, parseIsoDate } from "@/lib/domain/dates";
import { EDUCATION_LABELS, type EducationLevel } from "@/lib/domain/education";
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel } from "@/lib/domain/positions";
import type { Predikat } from "@/lib/domain/predikat";
import { rankById } from "@/lib/domain/ranks";
import { formatDate, t } from "@/lib/i18n";

const credit = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 3 });
const fmtCredit = (value: number) => credit.format(value);
const DAY_MS = 86_400_000;

const str = (value: number | string | null | undefined): string | null => (typeof value === "string" ? value : null);
const num = (value: number | string | null | undefined): number | null => (typeof value === "number" ? value : null);
const rankCode = (id: number | null) => (id === null ? "?" : (rankById(id)?.code ?? "?"));
const levelLabel = (level: string | null) => (level ? (FUNCTIONAL_LEVEL_LABELS[level as FunctionalLevel] ?? level) : "?");

/** "2 tahun 3 bulan" from a TMT to a date (zero when the TMT lies ahead). */
export function spanText(from: Date, to: Date): string {
  const span = isBefore(to, from) ? { years: 0, months: 0 } : diffYearsMonths(from, to);
  return t("common.yearsMonths", { years: span.years, months: span.months });
}

function performanceText(condition: KpCondition): string {
  const years = [
    { year: num(condition.detail.earlierYear), predikat: str(condition.detail.earlierPredikat) as Predikat | null },
    { year: num(condition.detail.laterYear), predikat: str(condition.detail.laterPredikat) as Predikat | null },
  ];
  const label = (p: Predikat) => t(`appraisal.predikat.${p}`);
  if (condition.met) {
    return t("career.kp.text.performanceMet", {
      earlierYear: years[0]!.year ?? "?",
      earlier: years[0]!.predikat ? label(years[0]!.predikat) : "?",
      laterYear: years[1]!.year ?? "?",
      later: years[1]!.predikat ? label(years[1]!.predikat) : "?",
    });
  }
  const parts = years.map(({ year, predikat }) => {
    if (!predikat) return t("career.kp.text.performanceMissing", { year: year ?? "?" });
    const ok = predikat === "BAIK" || predikat === "SANGAT_BAIK";
    return t(ok ? "career.kp.text.performanceOk" : "career.kp.text.performanceLow", { year: year ?? "?", predikat: label(predikat) });
  });
  const sentence = parts.join("; ");
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function sanctionText(condition: KpCondition): string {
  if (condition.met) {
    return condition.metOn ? t("career.kp.text.sanctionCleared", { date: formatDate(condition.metOn) }) : t("career.kp.text.sanctionNone");
  }
  // metOn is the first clear day; the sanction runs until the day before.
  if (!condition.metOn) return t("career.kp.text.sanctionOpen");
  return t("career.kp.text.sanctionUntil", { date: formatDate(new Date(condition.metOn.getTime() - DAY_MS)) });
}

export type KpTextContext = { asOf: Date; educationLevel: EducationLevel };

/** One sentence per KP condition, for the checklist. */
export function kpConditionText(condition: KpCondition, context: KpTextContext): string {
  const d = condition.detail;
  switch (condition.code) {
    case "YEARS_IN_RANK": {
      const tmt = parseIsoDate(str(d.rankTmt) ?? "");
      const years = num(d.requiredYears) ?? 0;
      const metOn = condition.metOn ?? (tmt ? addMonths(tmt, years * 12) : null);
      return t(condition.met ? "career.kp.text.yearsMet" : "career.kp.text.yearsUnmet", {
        have: tmt ? spanText(tmt, context.asOf) : "?",
        years,
        date: formatDate(metOn),
      });
    }
    case "PERFORMANCE":
      return performanceText(condition);
    case "EDUCATION_CAP":
      return t(condition.met ? "career.kp.text.capMet" : "career.kp.text.capUnmet", {
        next: rankCode(num(d.nextRankId)),
        education: EDUCATION_LABELS[(str(d.education) as EducationLevel | null) ?? context.educationLevel],
        cap: rankCode(num(d.capRankId)),
      });
    case "JENJANG_RANGE":
      if (!str(d.level)) return t("career.kp.text.rangeUnknown");
      return t(condition.met ? "career.kp.text.rangeMet" : "career.kp.text.rangeUnmet", {
        next: rankCode(num(d.nextRankId)),
        level: levelLabel(str(d.level)),
        min: rankCode(num(d.minRankId)),
        max: rankCode(num(d.maxRankId)),
      });
    case "CREDIT": {
      const have = num(d.credit) ?? 0;
      const required = num(d.required);
      if (required === null) return t("career.kp.text.rangeUnknown");
      const remaining = Math.max(0, Math.round((required - have) * 1000) / 1000);
      return t(condition.met ? "career.kp.text.creditMet" : "career.kp.text.creditUnmet", {
        credit: fmtCredit(have),
        required: fmtCredit(required),
        remaining: fmtCredit(remaining),
      });
    }
    case "NO_SANCTION":
      return sanctionText(condition);
    case "NOT_PNS":
      return t("career.kp.pppk");
    case "RANK_UNKNOWN":
      return t("career.kp.rankUnknown");
    case "TOP_RANK":
      return t("career.kp.topRank", { rank: rankCode(num(d.rankId)) });
  }
}

/** One sentence per condition of the next jenjang. */
export function jenjangConditionText(condition: NextLevelCondition, context: { since: Date; next: FunctionalLevel | null }): string {
  const d = condition.detail;
  const next = levelLabel(context.next);
  switch (condition.code) {
    case "CREDIT": {
      const have = num(d.credit) ?? 0;
      const required = num(d.required) ?? 0;
      const remaining = Math.max(0, Math.round((required - have) * 1000) / 1000);
      return t(condition.met ? "career.jenjang.text.creditMet" : "career.jenjang.text.creditUnmet", {
        credit: fmtCredit(have),
        required: fmtCredit(required),
        remaining: fmtCredit(remaining),
      });
    }
    case "COMPETENCY_TEST": {
      const passedOn = parseIsoDate(str(d.passedOn) ?? "");
      return passedOn ? t("career.jenjang.text.testMet", { date: formatDate(passedOn) }) : t("career.jenjang.text.testUnmet", { date: formatDate(context.since) });
    }
    case "VACANCY":
      if (condition.met === null) return t("career.jenjang.text.vacancyUnknown", { level: next });
      return t(condition.met ? "career.jenjang.text.vacancyYes" : "career.jenjang.text.vacancyNo", { level: next });
  }
}
