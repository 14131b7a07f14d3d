// Turns one person's assessment rows into what the competency page shows: per kind, per competency
// the latest result (the one gap analysis uses) with the older results below it. Pure, unit-tested.

export type CompetencyKindValue = "MANAJERIAL" | "SOSIAL_KULTURAL" | "TEKNIS";
export const KIND_ORDER: readonly CompetencyKindValue[] = ["MANAJERIAL", "SOSIAL_KULTURAL", "TEKNIS"];

export type CompetencyRef = { id: number; code: string; name: string; kind: CompetencyKindValue; maxLevel: number };
export type AssessmentRow = { id: number; level: number; assessedOn: Date; source: string; notes: string | null; competency: CompetencyRef };
export type AssessmentEntry = Omit<AssessmentRow, "competency">;

export type CompetencyLine = {
  competency: CompetencyRef;
  /** Level the current position's standard requires; null when the standard does not name it. */
  requiredLevel: number | null;
  /** Null: required by the position but never assessed. */
  latest: AssessmentEntry | null;
  /** Older results, newest first. */
  history: AssessmentEntry[];
};

export type CompetencyGroup = { kind: CompetencyKindValue; lines: CompetencyLine[] };

/** Newer first: the later assessment date, and on the same day the later entry. */
export function compareNewest(a: { assessedOn: Date; id: number }, b: { assessedOn: Date; id: number }): number {
  return b.assessedOn.getTime() - a.assessedOn.getTime() || b.id - a.id;
}

export function groupAssessments(rows: readonly AssessmentRow[], standard: readonly { competency: CompetencyRef; requiredLevel: number }[]): CompetencyGroup[] {
  const lines = new Map<number, CompetencyLine>();
  for (const { competency, requiredLevel } of standard) lines.set(competency.id, { competency, requiredLevel, latest: null, history: [] });
  for (const row of [...rows].sort(compareNewest)) {
    const { competency, ...entry } = row;
    const line = lines.get(competency.id) ?? { competency, requiredLevel: null, latest: null, history: [] };
    if (line.latest) line.history.push(entry);
    else line.latest = entry;
    lines.set(competency.id, line);
  }
  return KIND_ORDER.map((kind) => ({
    kind,
    lines: [...lines.values()].filter((line) => line.competency.kind === kind).sort((a, b) => a.competency.code.localeCompare(b.competency.code)),
  })).filter((group) => group.lines.length > 0);
}

/** competencyId → latest assessed level: the input of positionGap (lib/domain/career/position-gap.ts). */
export function latestLevels(rows: readonly { competencyId: number; level: number; assessedOn: Date; id: number }[]): Map<number, number> {
  const levels = new Map<number, number>();
  for (const row of [...rows].sort(compareNewest)) if (!levels.has(row.competencyId)) levels.set(row.competencyId, row.level);
  return levels;
}
