// The career timeline: six kinds of record merged into one list, newest first. Pure, so the order
// (and the tie-break between records of the same day) is unit-tested.
import { EDUCATION_LABELS } from "@/lib/domain/education";
import type { EmployeeProfile } from "@/lib/employees/queries";
import { formatDate, formatNumber, t } from "@/lib/i18n";
import type { TimelineAward, TimelineSanction, TimelineTraining } from "./career-queries";

export type TimelineKind = "rank" | "position" | "education" | "training" | "award" | "sanction";

export type TimelineEntry = { key: string; date: Date; kind: TimelineKind; title: string; detail: string; flag?: string };

type Sources = {
  rankHistory: EmployeeProfile["rankHistory"];
  positionHistory: EmployeeProfile["positionHistory"];
  education: EmployeeProfile["education"];
  trainings: readonly TimelineTraining[];
  awards: readonly TimelineAward[];
  sanctions: readonly TimelineSanction[];
};

// Same day: the SK that changes pangkat or jabatan first, then what happened around it.
const KIND_ORDER: Record<TimelineKind, number> = { rank: 0, position: 1, education: 2, sanction: 3, award: 4, training: 5 };

export function timelineEntries(sources: Sources): TimelineEntry[] {
  const sk = (number: string, date: Date) => t("career.timeline.sk", { number, date: formatDate(date) });
  const list: TimelineEntry[] = [
    ...sources.rankHistory.map((row) => ({
      key: `r${row.id}`,
      date: row.tmt,
      kind: "rank" as const,
      title: `${row.rank.name} (${row.rank.code}) — ${t(`enums.rankChangeKind.${row.kind}`)}`,
      detail: sk(row.skNumber, row.skDate),
    })),
    ...sources.positionHistory.map((row) => ({ key: `p${row.id}`, date: row.tmt, kind: "position" as const, title: `${row.positionName} — ${row.unitName}`, detail: sk(row.skNumber, row.skDate) })),
    ...sources.education.map((row) => ({
      key: `e${row.id}`,
      date: row.graduationDate,
      kind: "education" as const,
      title: `${EDUCATION_LABELS[row.level]}${row.major ? ` ${row.major}` : ""} — ${row.institution}`,
      detail: t("career.timeline.graduated", { date: formatDate(row.graduationDate) }) + (row.certificateNo ? ` · ${row.certificateNo}` : ""),
    })),
    ...sources.trainings.map((row) => ({
      key: `t${row.id}`,
      date: row.date,
      kind: "training" as const,
      title: row.title,
      detail: t("career.timeline.trainingDetail", { hours: formatNumber(row.hours), source: t(`career.timeline.trainingSource.${row.source}`) }),
    })),
    ...sources.awards.map((row) => ({
      key: `a${row.id}`,
      date: row.skDate,
      kind: "award" as const,
      title: row.name,
      detail: t("career.timeline.awardDetail", { grantor: row.grantor, number: row.skNumber, date: formatDate(row.skDate) }),
    })),
    ...sources.sanctions.map((row) => ({
      key: `s${row.id}`,
      date: row.startDate,
      kind: "sanction" as const,
      title: t("career.timeline.sanctionTitle", { kind: row.kind, level: t(`career.sanctionLevel.${row.level}`) }),
      detail:
        (row.endDate
          ? t("career.timeline.sanctionPeriod", { start: formatDate(row.startDate), end: formatDate(row.endDate) })
          : t("career.timeline.sanctionOpenEnded", { start: formatDate(row.startDate) })) + ` · ${sk(row.skNumber, row.skDate)}`,
      flag: row.blocksPromotion ? t("career.timeline.blocks") : undefined,
    })),
  ];
  return list.sort((a, b) => b.date.getTime() - a.date.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.key.localeCompare(a.key, "en", { numeric: true }));
}
