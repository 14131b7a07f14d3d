import "server-only";
import { employeeReadScope } from "@/lib/employees/scope";
import { tally, type CommitteeVoteKind, type Tally } from "@/lib/domain/promotion-round";
import { db } from "@/lib/server/db";
import type { SessionUser } from "@/lib/server/session";

export type OwnRoundVote = { kind: CommitteeVoteKind; reason: string };

/** One round a person was screened in, as they (or HR, or their supervisor) may read it. */
export type OwnRound = {
  candidateId: number;
  periodTmt: Date;
  status: "IN_REVIEW" | "CLOSED";
  route: string;
  eligible: boolean;
  proposed: boolean;
  fromRankId: number | null;
  toRankId: number | null;
  conditions: unknown;
  justification: string | null;
  /** Only once the round is closed (until then the chair may still change it). */
  decision: "APPROVED" | "REJECTED" | null;
  decisionReason: string | null;
  skNumber: string | null;
  /** Counts and reasons, never who: the committee's individual votes stay confidential. */
  tally: Tally | null;
  reasons: OwnRoundVote[];
  corrections: { fromDecision: string | null; toDecision: string; reason: string; at: Date }[];
};

const ROUNDS_SHOWN = 12;

/**
 * The promotion rounds a person was screened in, newest first, once HR has sent them to the
 * committee (a DRAFT list may still change). Scope: the employee read scope (self, HR, supervisor
 * chain); a person outside it gets an empty list. Three statements.
 */
export async function listOwnRounds(user: SessionUser, employeeId: number): Promise<OwnRound[]> {
  const rows = await db.promotionCandidate.findMany({
    where: { employeeId, employee: employeeReadScope(user), round: { status: { not: "DRAFT" } } },
    orderBy: { round: { periodTmt: "desc" } },
    take: ROUNDS_SHOWN,
    select: {
      id: true,
      route: true,
      eligible: true,
      proposed: true,
      fromRankId: true,
      toRankId: true,
      conditions: true,
      justification: true,
      decision: true,
      decisionReason: true,
      skNumber: true,
      round: { select: { periodTmt: true, status: true } },
    },
  });
  const closed = rows.filter((row) => row.round.status === "CLOSED").map((row) => row.id);
  const [votes, corrections] = await Promise.all([
    closed.length ? db.committeeVote.findMany({ where: { promotionCandidateId: { in: closed } }, select: { promotionCandidateId: true, kind: true, reason: true }, orderBy: [{ kind: "asc" }, { reason: "asc" }] }) : [],
    closed.length ? db.decisionCorrection.findMany({ where: { promotionCandidateId: { in: closed } }, select: { promotionCandidateId: true, fromDecision: true, toDecision: true, reason: true, createdAt: true }, orderBy: { createdAt: "asc" } }) : [],
  ]);
  return rows.map((row) => {
    const isClosed = row.round.status === "CLOSED";
    const own = votes.filter((vote) => vote.promotionCandidateId === row.id);
    return {
      candidateId: row.id,
      periodTmt: row.round.periodTmt,
      status: isClosed ? "CLOSED" : "IN_REVIEW",
      route: row.route,
      eligible: row.eligible,
      proposed: row.proposed,
      fromRankId: row.fromRankId,
      toRankId: row.toRankId,
      conditions: row.conditions,
      justification: row.justification,
      decision: isClosed ? row.decision : null,
      decisionReason: isClosed ? row.decisionReason : null,
      skNumber: isClosed && row.decision === "APPROVED" ? row.skNumber : null,
      tally: isClosed ? tally(own.map((vote) => vote.kind)) : null,
      reasons: own.filter((vote) => vote.kind !== "CONFLICT").map(({ kind, reason }) => ({ kind, reason })),
      corrections: corrections.filter((c) => c.promotionCandidateId === row.id).map((c) => ({ fromDecision: c.fromDecision, toDecision: c.toDecision, reason: c.reason, at: c.createdAt })),
    };
  });
}
