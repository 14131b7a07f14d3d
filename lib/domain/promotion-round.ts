// Committee cases (promotion rounds and placement selections) as pure rules: which step each state
// allows, who may give which word on a candidate, the tally, SK numbering and the rank-history kind
// of an approved promotion. The mutations ask these functions and turn a refusal code into an
// Indonesian message (messages/id/committee.json), so the rules are tested without a database.

import { isKpPeriod } from "./career/kp-schedule";

export type CaseKind = "promotion" | "placement";
export type CaseStatus = "DRAFT" | "IN_REVIEW" | "CLOSED";
export type CommitteeVoteKind = "CONFLICT" | "RECOMMEND" | "NOT_RECOMMEND";
export type CommitteeDecision = "APPROVED" | "REJECTED";
export type PromotionRoute = "REGULER" | "PILIHAN_FUNGSIONAL" | "PILIHAN_STRUKTURAL" | "PENYESUAIAN_IJAZAH" | "PRESTASI";
export type RankChangeKind = PromotionRoute | "PENGANGKATAN" | "KOREKSI";

export const CASE_STATUSES = ["DRAFT", "IN_REVIEW", "CLOSED"] as const satisfies readonly CaseStatus[];
export const PROMOTION_ROUTES = ["REGULER", "PILIHAN_FUNGSIONAL", "PILIHAN_STRUKTURAL", "PENYESUAIAN_IJAZAH", "PRESTASI"] as const satisfies readonly PromotionRoute[];
/** Routes HR adds by hand with a justification; REGULER comes only from the screening. */
export const PILIHAN_ROUTES = ["PILIHAN_FUNGSIONAL", "PILIHAN_STRUKTURAL", "PENYESUAIAN_IJAZAH", "PRESTASI"] as const satisfies readonly PromotionRoute[];
export const DECISIONS = ["APPROVED", "REJECTED"] as const satisfies readonly CommitteeDecision[];
export const VOTE_WORDS = ["RECOMMEND", "NOT_RECOMMEND"] as const satisfies readonly CommitteeVoteKind[];

export type CaseAction = "screen" | "add" | "remove" | "send" | "conflict" | "vote" | "decide" | "close" | "correct";
export const CASE_ACTION_LIST = ["screen", "add", "remove", "send", "conflict", "vote", "decide", "close", "correct"] as const satisfies readonly CaseAction[];

/** The one table of the case state machine: DRAFT → IN_REVIEW → CLOSED. */
export const CASE_ACTIONS: Record<CaseStatus, readonly CaseAction[]> = {
  DRAFT: ["screen", "add", "remove", "send"],
  IN_REVIEW: ["conflict", "vote", "decide", "close"],
  CLOSED: ["correct"],
};

export function allowsAction(status: CaseStatus, action: CaseAction): boolean {
  return CASE_ACTIONS[status].includes(action);
}

/** The status a step leads to (only send and close move the case). */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus | null {
  if (!allowsAction(status, action)) return null;
  if (action === "send") return "IN_REVIEW";
  if (action === "close") return "CLOSED";
  return status;
}

export type CommitteeRefusal =
  | "WRONG_STATE"
  | "NOT_CHAIR"
  | "CONFLICTED"
  | "ALREADY_SPOKEN"
  | "CHAIR_CONFLICTED"
  | "NOT_UNDER_REVIEW"
  | "UNDECIDED"
  | "SAME_DECISION"
  | "NOT_DECIDED";

type Word = CommitteeVoteKind | null;

/** A member declares a conflict of interest: only in review, and only as their one word. */
export function checkConflict(input: { status: CaseStatus; myWord: Word }): CommitteeRefusal | null {
  if (!allowsAction(input.status, "conflict")) return "WRONG_STATE";
  if (input.myWord !== null) return "ALREADY_SPOKEN";
  return null;
}

/** A member recommends or not: not after declaring a conflict, and only once. */
export function checkVote(input: { status: CaseStatus; myWord: Word }): CommitteeRefusal | null {
  if (!allowsAction(input.status, "vote")) return "WRONG_STATE";
  if (input.myWord === "CONFLICT") return "CONFLICTED";
  if (input.myWord !== null) return "ALREADY_SPOKEN";
  return null;
}

/** The chair decides a candidate under review (and may change it until the case closes). */
export function checkDecide(input: { status: CaseStatus; isChair: boolean; chairWord: Word; underReview: boolean }): CommitteeRefusal | null {
  if (!allowsAction(input.status, "decide")) return "WRONG_STATE";
  if (!input.isChair) return "NOT_CHAIR";
  if (!input.underReview) return "NOT_UNDER_REVIEW";
  if (input.chairWord === "CONFLICT") return "CHAIR_CONFLICTED";
  return null;
}

/** The chair closes the case once every candidate under review has a decision. */
export function checkClose(input: { status: CaseStatus; isChair: boolean; undecided: number }): CommitteeRefusal | null {
  if (!allowsAction(input.status, "close")) return "WRONG_STATE";
  if (!input.isChair) return "NOT_CHAIR";
  if (input.undecided > 0) return "UNDECIDED";
  return null;
}

/** After closing a decision changes only by a recorded correction to the other decision. */
export function checkCorrection(input: {
  status: CaseStatus;
  isChair: boolean;
  chairWord: Word;
  current: CommitteeDecision | null;
  next: CommitteeDecision;
}): CommitteeRefusal | null {
  if (!allowsAction(input.status, "correct")) return "WRONG_STATE";
  if (!input.isChair) return "NOT_CHAIR";
  if (input.chairWord === "CONFLICT") return "CHAIR_CONFLICTED";
  if (input.current === null) return "NOT_DECIDED";
  if (input.current === input.next) return "SAME_DECISION";
  return null;
}

export type Tally = { recommend: number; notRecommend: number; conflicts: number };

export function tally(words: readonly CommitteeVoteKind[]): Tally {
  const result: Tally = { recommend: 0, notRecommend: 0, conflicts: 0 };
  for (const word of words) {
    if (word === "RECOMMEND") result.recommend += 1;
    else if (word === "NOT_RECOMMEND") result.notRecommend += 1;
    else result.conflicts += 1;
  }
  return result;
}

/**
 * A candidate the chair declared a conflict on cannot be decided by the chair; at closing it takes
 * the members' majority (a tie is not a majority: not approved). No word at all: still undecided.
 */
export function majorityDecision(counts: Pick<Tally, "recommend" | "notRecommend">): CommitteeDecision | null {
  if (counts.recommend + counts.notRecommend === 0) return null;
  return counts.recommend > counts.notRecommend ? "APPROVED" : "REJECTED";
}

/**
 * Nomor SK per kind: the agency's numbering (kode klasifikasi arsip / sequence / issuer / year) is
 * data; `{seq}` is the yearly sequence, `{year}` the SK's year.
 */
export const SK_NUMBER_FORMATS: Record<CaseKind, string> = {
  promotion: "800.1.11.1/{seq}/BKD/{year}",
  placement: "800.1.3.3/{seq}/BKD/{year}",
};

export function skNumber(kind: CaseKind, seq: number, year: number): string {
  return SK_NUMBER_FORMATS[kind].replace("{seq}", String(seq)).replace("{year}", String(year));
}

/** The fixed text around `{seq}` for a year: how SQL finds the year's highest sequence. */
export function skNumberParts(kind: CaseKind, year: number): { prefix: string; suffix: string } {
  const [prefix, suffix] = SK_NUMBER_FORMATS[kind].replace("{year}", String(year)).split("{seq}") as [string, string];
  return { prefix, suffix };
}

/** The sequence of an SK number of that kind and year, or null for any other text. */
export function skSequence(kind: CaseKind, year: number, number: string): number | null {
  const { prefix, suffix } = skNumberParts(kind, year);
  if (!number.startsWith(prefix) || !number.endsWith(suffix)) return null;
  const middle = number.slice(prefix.length, number.length - suffix.length);
  return /^\d{1,9}$/.test(middle) ? Number(middle) : null;
}

/** Jenis kenaikan pangkat written on the rank history of an approved candidate. */
export function rankChangeKind(route: PromotionRoute): RankChangeKind {
  return route;
}

export type PeriodProblem = "NOT_FIRST_OF_MONTH" | "NOT_KP_MONTH";

/**
 * A round's TMT is the 1st of a month that is a KP period in its era (lib/domain/career/kp-schedule.ts:
 * April/October until 2023, six a year in 2024–September 2025, every month since October 2025).
 */
export function checkRoundPeriod(tmt: Date): PeriodProblem | null {
  if (tmt.getUTCDate() !== 1) return "NOT_FIRST_OF_MONTH";
  if (!isKpPeriod(tmt)) return "NOT_KP_MONTH";
  return null;
}

type StoredCondition = { code?: unknown; detail?: unknown };

/**
 * What the screening said about a person, from the stored conditions: used when HR removes a pilihan
 * candidate and the row goes back to its screening line. The functional route is the one whose
 * conditions include the jenjang range or the credit.
 */
export function screenedLine(conditions: readonly StoredCondition[], eligible: boolean): { route: PromotionRoute; toRankId: number | null; proposed: boolean } {
  const functional = conditions.some((condition) => condition.code === "JENJANG_RANGE" || condition.code === "CREDIT");
  let toRankId: number | null = null;
  for (const condition of conditions) {
    const detail = condition.detail as Record<string, unknown> | null | undefined;
    if (detail && typeof detail.nextRankId === "number") toRankId = detail.nextRankId;
  }
  return { route: functional ? "PILIHAN_FUNGSIONAL" : "REGULER", toRankId, proposed: eligible };
}
