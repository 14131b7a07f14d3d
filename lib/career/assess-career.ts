// The career page's verdicts from plain facts: the same pure rules the promotion rounds will use,
// applied to one person. No I/O here, so the page's numbers are unit-testable.
import type { EducationLevel } from "@/lib/domain/education";
import type { EmploymentStatus } from "@/lib/domain/people";
import type { FunctionalLevel, PositionType } from "@/lib/domain/positions";
import type { Predikat } from "@/lib/domain/predikat";
import { assessNextLevel, type NextLevelCondition } from "@/lib/domain/career/jenjang";
import { assessPromotion, type KpAssessment } from "@/lib/domain/career/promotion";
import { nextSalaryStep } from "@/lib/domain/career/salary-step";
import { compareDates } from "@/lib/domain/dates";
import { creditSince, type CreditPiece } from "./credit-window";

export type CareerFacts = {
  asOf: Date;
  status: EmploymentStatus;
  rankId: number | null;
  rankTmt: Date | null;
  educationLevel: EducationLevel;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  positionTmt: Date;
  serviceStart: Date;
  predikats: readonly { year: number; predikat: Predikat }[];
  sanctions: readonly { startDate: Date; endDate: Date | null; blocksPromotion: boolean }[];
  /** Every award with its jenjang; the windows below pick what counts. */
  credits: readonly (CreditPiece & { functionalLevel: FunctionalLevel })[];
  /** Position history newest first, with each position's kind (for the start of the jenjang). */
  positions: readonly { tmt: Date; type: PositionType; functionalLevel: FunctionalLevel | null }[];
  /** Dates of the person's "Uji Kompetensi" results; only one on or after the jenjang's start counts. */
  competencyTests: readonly Date[];
  /** Vacant formation in the next jenjang; null = unknown. */
  vacancy: boolean | null;
};

export type JenjangView = {
  level: FunctionalLevel;
  /** TMT of the first position of the current unbroken run in this jenjang. */
  since: Date;
  creditInLevel: number;
  next: FunctionalLevel | null;
  conditions: NextLevelCondition[];
};

export type CareerAssessment = {
  promotion: KpAssessment;
  /** Angka kredit since the pangkat's TMT; null outside a functional position. */
  creditInRank: number | null;
  jenjang: JenjangView | null;
  salaryStep: Date;
};

/**
 * Start of the current jenjang: walking the position history back from the newest row while it
 * stays in the same functional jenjang, the TMT of the oldest such row. A move between units (or
 * between posts of the same jenjang) does not restart it; a different jenjang or a non-functional
 * post does. Without history the current position's TMT stands.
 */
export function jenjangStart(
  level: FunctionalLevel,
  positionTmt: Date,
  history: readonly { tmt: Date; type: PositionType; functionalLevel: FunctionalLevel | null }[],
  asOf: Date,
): Date {
  let since: Date | null = null;
  const ordered = [...history].filter((row) => compareDates(row.tmt, asOf) <= 0).sort((a, b) => compareDates(b.tmt, a.tmt));
  for (const row of ordered) {
    if (row.type !== "FUNGSIONAL" || row.functionalLevel !== level) break;
    since = row.tmt;
  }
  return since ?? positionTmt;
}

function latestOnOrAfter(dates: readonly Date[], since: Date): Date | null {
  let latest: Date | null = null;
  for (const date of dates) if (compareDates(date, since) >= 0 && (latest === null || compareDates(date, latest) > 0)) latest = date;
  return latest;
}

export function assessCareer(facts: CareerFacts): CareerAssessment {
  const level = facts.positionType === "FUNGSIONAL" ? facts.functionalLevel : null;
  const creditInRank = level && facts.status === "PNS" ? creditSince(facts.credits, facts.rankTmt) : null;
  const promotion = assessPromotion({
    status: facts.status,
    rankId: facts.rankId,
    rankTmt: facts.rankTmt,
    educationLevel: facts.educationLevel,
    positionType: facts.positionType,
    functionalLevel: facts.functionalLevel,
    predikats: facts.predikats,
    sanctions: facts.sanctions,
    creditInRank: creditInRank ?? 0,
    asOf: facts.asOf,
  });
  let jenjang: JenjangView | null = null;
  if (level) {
    const since = jenjangStart(level, facts.positionTmt, facts.positions, facts.asOf);
    const creditInLevel = creditSince(
      facts.credits.filter((piece) => piece.functionalLevel === level),
      since,
    );
    const next = assessNextLevel({ level, creditInLevel, competencyTestPassedOn: latestOnOrAfter(facts.competencyTests, since), vacancy: facts.vacancy });
    jenjang = { level, since, creditInLevel, next: next.next, conditions: next.conditions };
  }
  return { promotion, creditInRank, jenjang, salaryStep: nextSalaryStep(facts.serviceStart, facts.asOf) };
}
