import "server-only";
import {
  checkConflict,
  checkCorrection,
  checkDecide,
  checkVote,
  tally,
  type CaseStatus,
  type CommitteeDecision,
  type CommitteeVoteKind,
  type Tally,
} from "@/lib/domain/promotion-round";
import { db } from "@/lib/server/db";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { CASE_TABLES } from "./case-tables";
import type { CandidateRef, CaseKind } from "./types";

export type CommitteeVoteView = { memberId: number; memberName: string; kind: CommitteeVoteKind; reason: string; at: Date; mine: boolean };
export type CorrectionView = { fromDecision: CommitteeDecision | null; toDecision: CommitteeDecision; reason: string; at: Date; byName: string };

/** What the committee panel of one candidate shows and offers to the signed-in member. */
export type CandidateCommitteeState = {
  ref: CandidateRef;
  caseId: number;
  status: CaseStatus;
  chairId: number | null;
  isChair: boolean;
  version: number;
  underReview: boolean;
  myWord: CommitteeVoteKind | null;
  tally: Tally;
  /** Names and reasons: for committee members only (this query requires committee.review). */
  votes: CommitteeVoteView[];
  canConflict: boolean;
  canVote: boolean;
  canDecide: boolean;
  canCorrect: boolean;
  decision: CommitteeDecision | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  corrections: CorrectionView[];
};

type Row = { id: number; version: number; decision: CommitteeDecision | null; decisionReason: string | null; decidedAt: Date | null; underReview: boolean; caseId: number; status: CaseStatus; chairId: number | null };

/**
 * The committee state of many candidates of one kind in three statements (candidates with their
 * case, votes, corrections), for a page of a case. Candidates of DRAFT cases are not returned.
 */
export async function getCommitteeStates(user: SessionUser, kind: CaseKind, candidateIds: readonly number[]): Promise<Map<number, CandidateCommitteeState>> {
  authorize(user, "committee.review");
  const states = new Map<number, CandidateCommitteeState>();
  if (candidateIds.length === 0) return states;
  const ids = [...candidateIds];
  const { cases, candidates, caseFk, voteFkColumn, underReview } = CASE_TABLES[kind];
  const [rows, votes, corrections] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT c.id, c.version, c.decision::text AS decision, c.decision_reason AS "decisionReason", c.decided_at AS "decidedAt",
             (${underReview}) AS "underReview", k.id AS "caseId", k.status::text AS status, k.chair_id AS "chairId"
      FROM ${candidates} c JOIN ${cases} k ON k.id = c.${caseFk}
      WHERE c.id = ANY(${ids}::int[]) AND k.status <> 'DRAFT'`,
    db.$queryRaw<(Omit<CommitteeVoteView, "mine"> & { candidateId: number })[]>`
      SELECT v.${voteFkColumn} AS "candidateId", v.member_id AS "memberId", e.name AS "memberName", v.kind::text AS kind, v.reason, v.created_at AS at
      FROM committee_votes v JOIN employees e ON e.id = v.member_id
      WHERE v.${voteFkColumn} = ANY(${ids}::int[]) ORDER BY v.created_at, v.id`,
    db.$queryRaw<(CorrectionView & { candidateId: number })[]>`
      SELECT d.${voteFkColumn} AS "candidateId", d.from_decision::text AS "fromDecision", d.to_decision::text AS "toDecision", d.reason,
             d.created_at AS at, e.name AS "byName"
      FROM decision_corrections d JOIN employees e ON e.id = d.corrected_by_id
      WHERE d.${voteFkColumn} = ANY(${ids}::int[]) ORDER BY d.created_at, d.id`,
  ]);
  for (const row of rows) {
    const own = votes.filter((vote) => vote.candidateId === row.id);
    const myWord = own.find((vote) => vote.memberId === user.employeeId)?.kind ?? null;
    const isChair = row.chairId === user.employeeId;
    const mayDecide = user.roles.includes("TIM_PENILAI");
    states.set(row.id, {
      ref: { kind, id: row.id },
      caseId: row.caseId,
      status: row.status,
      chairId: row.chairId,
      isChair,
      version: row.version,
      underReview: row.underReview,
      myWord,
      tally: tally(own.map((vote) => vote.kind)),
      votes: own.map(({ candidateId: _c, ...vote }) => ({ ...vote, mine: vote.memberId === user.employeeId })),
      canConflict: row.underReview && checkConflict({ status: row.status, myWord }) === null,
      canVote: row.underReview && checkVote({ status: row.status, myWord }) === null,
      canDecide: mayDecide && checkDecide({ status: row.status, isChair, chairWord: myWord, underReview: row.underReview }) === null,
      canCorrect: mayDecide && checkCorrection({ status: row.status, isChair, chairWord: myWord, current: row.decision, next: row.decision === "APPROVED" ? "REJECTED" : "APPROVED" }) === null,
      decision: row.decision,
      decisionReason: row.decisionReason,
      decidedAt: row.decidedAt,
      corrections: corrections.filter((c) => c.candidateId === row.id).map(({ candidateId: _c, ...c }) => c),
    });
  }
  return states;
}

/** One candidate's committee state, or null outside the committee's scope (not found). */
export async function getCandidateCommitteeState(user: SessionUser, ref: CandidateRef): Promise<CandidateCommitteeState | null> {
  return (await getCommitteeStates(user, ref.kind, [ref.id])).get(ref.id) ?? null;
}

export type CaseListRow = {
  kind: CaseKind;
  id: number;
  status: CaseStatus;
  /** Period TMT of a round, TMT of a selection. */
  tmt: Date;
  /** Position name of a selection; null for a round. */
  positionName: string | null;
  sentAt: Date | null;
  closedAt: Date | null;
  chairName: string | null;
  isChair: boolean;
  candidates: number;
  decided: number;
  /** Candidates under review on which the member has not given a word yet. */
  myPending: number;
};

export const CASE_PAGE_SIZE = 25;

/** /committee: sent and closed cases of both kinds, those in review first; counts only for the page shown. */
export async function listCasesInReview(user: SessionUser, page: number): Promise<{ rows: CaseListRow[]; total: number; page: number; pageSize: number }> {
  authorize(user, "committee.review");
  const me = user.employeeId;
  const offset = (page - 1) * CASE_PAGE_SIZE;
  const [totals, rows] = await Promise.all([
    db.$queryRaw<{ n: number }[]>`
      SELECT ((SELECT count(*) FROM promotion_rounds WHERE status <> 'DRAFT') + (SELECT count(*) FROM placement_selections WHERE status <> 'DRAFT'))::int AS n`,
    db.$queryRaw<Omit<CaseListRow, "isChair">[]>`
      WITH listed AS (
        SELECT * FROM (
          SELECT 'promotion' AS kind, r.id, r.status::text AS status, r.period_tmt AS tmt, NULL::text AS "positionName",
                 r.sent_at AS "sentAt", r.closed_at AS "closedAt", r.chair_id AS "chairId"
          FROM promotion_rounds r WHERE r.status <> 'DRAFT'
          UNION ALL
          SELECT 'placement', s.id, s.status::text, s.tmt, p.name, s.sent_at, s.closed_at, s.chair_id
          FROM placement_selections s JOIN positions p ON p.id = s.position_id WHERE s.status <> 'DRAFT'
        ) x
        ORDER BY (x.status = 'IN_REVIEW') DESC, coalesce(x."closedAt", x."sentAt") DESC NULLS LAST, x.kind, x.id
        LIMIT ${CASE_PAGE_SIZE} OFFSET ${offset}
      )
      SELECT l.kind, l.id, l.status, l.tmt, l."positionName", l."sentAt", l."closedAt", l."chairId", ch.name AS "chairName",
             coalesce(pc.candidates, sc.candidates, 0)::int AS candidates, coalesce(pc.decided, sc.decided, 0)::int AS decided,
             coalesce(pc.pending, sc.pending, 0)::int AS "myPending"
      FROM listed l
      LEFT JOIN employees ch ON ch.id = l."chairId"
      LEFT JOIN LATERAL (
        SELECT count(*) AS candidates, count(c.decision) AS decided,
               count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM committee_votes v WHERE v.promotion_candidate_id = c.id AND v.member_id = ${me})) AS pending
        FROM promotion_candidates c WHERE l.kind = 'promotion' AND c.round_id = l.id AND c.proposed
      ) pc ON l.kind = 'promotion'
      LEFT JOIN LATERAL (
        SELECT count(*) AS candidates, count(c.decision) AS decided,
               count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM committee_votes v WHERE v.placement_candidate_id = c.id AND v.member_id = ${me})) AS pending
        FROM placement_candidates c WHERE l.kind = 'placement' AND c.selection_id = l.id
      ) sc ON l.kind = 'placement'
      ORDER BY (l.status = 'IN_REVIEW') DESC, coalesce(l."closedAt", l."sentAt") DESC NULLS LAST, l.kind, l.id`,
  ]);
  return {
    rows: rows.map((row) => ({ ...row, isChair: (row as unknown as { chairId: number | null }).chairId === me })),
    total: totals[0]?.n ?? 0,
    page,
    pageSize: CASE_PAGE_SIZE,
  };
}
