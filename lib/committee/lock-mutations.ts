import "server-only";
import type { CaseStatus, CommitteeDecision, CommitteeRefusal, CommitteeVoteKind } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";
import type { Tx } from "@/lib/server/db";
import { AppError, type AppErrorCode } from "@/lib/server/errors";
import type { SessionUser } from "@/lib/server/session";
import { CASE_TABLES } from "./case-tables";
import type { CandidateRef, CaseRef } from "./types";

export type LockedCandidate = {
  id: number;
  version: number;
  employeeId: number;
  decision: CommitteeDecision | null;
  caseId: number;
  status: CaseStatus;
  chairId: number | null;
  underReview: boolean;
  /** The signed-in member's word on this candidate, if any. */
  myWord: CommitteeVoteKind | null;
};

/**
 * A candidate of a case the committee may see (sent or closed: a DRAFT case is HR's and is not found),
 * with the case row share-locked so closing waits for words and decisions in flight, and they see it
 * closed once it is.
 */
export async function lockCandidate(tx: Tx, user: SessionUser, ref: CandidateRef): Promise<LockedCandidate> {
  const { cases, candidates, caseFk, voteFkColumn, underReview } = CASE_TABLES[ref.kind];
  const rows = await tx.$queryRaw<LockedCandidate[]>`
    SELECT c.id, c.version, c.employee_id AS "employeeId", c.decision::text AS decision, k.id AS "caseId",
           k.status::text AS status, k.chair_id AS "chairId", (${underReview}) AS "underReview",
           (SELECT v.kind::text FROM committee_votes v WHERE v.${voteFkColumn} = c.id AND v.member_id = ${user.employeeId}) AS "myWord"
    FROM ${candidates} c JOIN ${cases} k ON k.id = c.${caseFk}
    WHERE c.id = ${ref.id} AND k.status <> 'DRAFT'
    FOR SHARE OF k`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return row;
}

export type LockedCase = { id: number; status: CaseStatus; chairId: number | null };

/** A sent or closed case, locked for a change of its status. */
export async function lockCase(tx: Tx, ref: CaseRef): Promise<LockedCase> {
  const { cases } = CASE_TABLES[ref.kind];
  const rows = await tx.$queryRaw<LockedCase[]>`
    SELECT k.id, k.status::text AS status, k.chair_id AS "chairId" FROM ${cases} k
    WHERE k.id = ${ref.id} AND k.status <> 'DRAFT' FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", t("errors.notFound"));
  return row;
}

const CODES: Record<CommitteeRefusal, AppErrorCode> = {
  WRONG_STATE: "CONFLICT",
  NOT_CHAIR: "FORBIDDEN",
  CONFLICTED: "FORBIDDEN",
  ALREADY_SPOKEN: "CONFLICT",
  CHAIR_CONFLICTED: "FORBIDDEN",
  NOT_UNDER_REVIEW: "CONFLICT",
  UNDECIDED: "CONFLICT",
  SAME_DECISION: "VALIDATION",
  NOT_DECIDED: "CONFLICT",
};

/** A refusal of the pure rules as the error the person reads; a state refusal says what state the case is in. */
export function refuse(refusal: CommitteeRefusal, status: CaseStatus): AppError {
  const message = refusal === "WRONG_STATE" ? t(`committee.errors.state.${status}`) : t(`committee.errors.${refusal}`);
  if (refusal === "SAME_DECISION") return new AppError("VALIDATION", message, { decision: [message] });
  return new AppError(CODES[refusal], message);
}
