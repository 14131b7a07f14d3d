import "server-only";
import { checkClose, checkCorrection, checkDecide, majorityDecision } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { CASE_TABLES, candidateLink } from "./case-tables";
import { APPROVAL_CHECKS, CASE_EFFECTS } from "./effects";
import { lockCandidate, lockCase, refuse } from "./lock-mutations";
import type { TCorrectDecision, TDecide } from "./schemas";
import type { CandidateRef, CaseRef } from "./types";

/**
 * The chair's decision on a candidate while the case is in review (they may revise it until the
 * case closes; the version keeps two tabs from overwriting each other). Returns the case id.
 */
export async function decideCandidate(user: SessionUser, ref: CandidateRef, input: TDecide): Promise<number> {
  authorize(user, "committee.decide");
  return db.$transaction(async (tx) => {
    const candidate = await lockCandidate(tx, user, ref);
    const refusal = checkDecide({ status: candidate.status, isChair: candidate.chairId === user.employeeId, chairWord: candidate.myWord, underReview: candidate.underReview });
    if (refusal) throw refuse(refusal, candidate.status);
    if (input.decision === "APPROVED") await APPROVAL_CHECKS[ref.kind]?.(tx, candidate.id);
    const { cases, candidates, caseFk, candidateEntity } = CASE_TABLES[ref.kind];
    // The chair scope and the state stay in the write's WHERE as well as in the check above.
    const count = await tx.$executeRaw`
      UPDATE ${candidates} c SET decision = ${input.decision}::"CommitteeDecision", decision_reason = ${input.reason},
             decided_by_id = ${user.employeeId}, decided_at = now(), version = c.version + 1
      WHERE c.id = ${candidate.id} AND c.version = ${input.version}
        AND EXISTS (SELECT 1 FROM ${cases} k WHERE k.id = c.${caseFk} AND k.status = 'IN_REVIEW' AND k.chair_id = ${user.employeeId})`;
    if (count !== 1) throw new AppError("CONFLICT", t("errors.conflict"));
    await writeAudit(tx, {
      actorId: user.userId,
      action: "committee.decided",
      entityType: candidateEntity,
      entityId: candidate.id,
      before: { decision: candidate.decision },
      after: { decision: input.decision, reason: input.reason },
    });
    return candidate.caseId;
  });
}

/** The members' majority for each undecided candidate the chair is conflicted on, with the counts as the reason. */
async function decideByMajority(tx: Tx, ref: CaseRef, caseId: number, chairId: number, actorId: number): Promise<void> {
  const { candidates, caseFk, underReview, voteFkColumn, candidateEntity } = CASE_TABLES[ref.kind];
  const rows = await tx.$queryRaw<{ id: number; recommend: number; notRecommend: number }[]>`
    SELECT c.id, count(*) FILTER (WHERE v.kind = 'RECOMMEND')::int AS recommend, count(*) FILTER (WHERE v.kind = 'NOT_RECOMMEND')::int AS "notRecommend"
    FROM ${candidates} c JOIN committee_votes v ON v.${voteFkColumn} = c.id
    WHERE c.${caseFk} = ${caseId} AND ${underReview} AND c.decision IS NULL
      AND EXISTS (SELECT 1 FROM committee_votes x WHERE x.${voteFkColumn} = c.id AND x.member_id = ${chairId} AND x.kind = 'CONFLICT')
    GROUP BY c.id`;
  for (const row of rows) {
    const decision = majorityDecision(row);
    if (!decision) continue;
    const reason = t("committee.majorityReason", { recommend: row.recommend, notRecommend: row.notRecommend });
    await tx.$executeRaw`
      UPDATE ${candidates} SET decision = ${decision}::"CommitteeDecision", decision_reason = ${reason}, decided_by_id = NULL, decided_at = now(), version = version + 1
      WHERE id = ${row.id}`;
    await writeAudit(tx, { actorId, action: "committee.decided_by_majority", entityType: candidateEntity, entityId: row.id, after: { decision, ...row } });
  }
}

/** Tutup sidang: only the chair, only when every candidate under review is decided; the decisions take effect. */
export async function closeCase(user: SessionUser, ref: CaseRef): Promise<void> {
  authorize(user, "committee.decide");
  await db.$transaction(async (tx) => {
    const found = await lockCase(tx, ref);
    const { cases, candidates, caseFk, underReview, voteFkColumn, caseEntity } = CASE_TABLES[ref.kind];
    const me = user.employeeId;
    // Candidates the chair is conflicted on are decided at closing by the members' majority
    // (lib/domain/promotion-round.ts majorityDecision); they count as undecided only without any word.
    const [pending] = await tx.$queryRaw<{ undecided: number; byMajority: number }[]>`
      SELECT count(*) FILTER (WHERE NOT m.conflicted OR m.words = 0)::int AS undecided,
             count(*) FILTER (WHERE m.conflicted AND m.words > 0)::int AS "byMajority"
      FROM ${candidates} c
      CROSS JOIN LATERAL (
        SELECT coalesce(bool_or(v.kind = 'CONFLICT' AND v.member_id = ${me}), false) AS conflicted,
               count(*) FILTER (WHERE v.kind <> 'CONFLICT') AS words
        FROM committee_votes v WHERE v.${voteFkColumn} = c.id
      ) m
      WHERE c.${caseFk} = ${found.id} AND ${underReview} AND c.decision IS NULL`;
    const counts = pending ?? { undecided: 0, byMajority: 0 };
    const refusal = checkClose({ status: found.status, isChair: found.chairId === me, undecided: counts.undecided });
    if (refusal) {
      if (refusal === "UNDECIDED") throw new AppError("CONFLICT", t("committee.errors.UNDECIDED", { n: counts.undecided }));
      throw refuse(refusal, found.status);
    }
    if (counts.byMajority > 0) await decideByMajority(tx, ref, found.id, me, user.userId);
    await tx.$executeRaw`
      UPDATE ${cases} SET status = 'CLOSED', closed_at = now(), version = version + 1
      WHERE id = ${found.id} AND status = 'IN_REVIEW' AND chair_id = ${user.employeeId}`;
    const [decided] = await tx.$queryRaw<{ approved: number; rejected: number }[]>`
      SELECT count(*) FILTER (WHERE c.decision = 'APPROVED')::int AS approved, count(*) FILTER (WHERE c.decision = 'REJECTED')::int AS rejected
      FROM ${candidates} c WHERE c.${caseFk} = ${found.id} AND ${underReview}`;
    await writeAudit(tx, { actorId: user.userId, action: "committee.case_closed", entityType: caseEntity, entityId: found.id, before: { status: found.status }, after: { status: "CLOSED", ...decided, byMajority: counts.byMajority } });
    await CASE_EFFECTS[ref.kind](tx, found.id, user);
  });
}

/**
 * Koreksi keputusan after closing: recorded beside the old decision (never overwriting its history)
 * and applied through the kind's effect hook for this one candidate. Returns the case id.
 */
export async function correctDecision(user: SessionUser, ref: CandidateRef, input: TCorrectDecision): Promise<number> {
  authorize(user, "committee.decide");
  return db.$transaction(async (tx) => {
    const candidate = await lockCandidate(tx, user, ref);
    const refusal = checkCorrection({ status: candidate.status, isChair: candidate.chairId === user.employeeId, chairWord: candidate.myWord, current: candidate.decision, next: input.decision });
    if (refusal) throw refuse(refusal, candidate.status);
    const { cases, candidates, caseFk, candidateEntity } = CASE_TABLES[ref.kind];
    const count = await tx.$executeRaw`
      UPDATE ${candidates} c SET decision = ${input.decision}::"CommitteeDecision", decision_reason = ${input.reason},
             decided_by_id = ${user.employeeId}, decided_at = now(), version = c.version + 1
      WHERE c.id = ${candidate.id} AND c.version = ${input.version}
        AND EXISTS (SELECT 1 FROM ${cases} k WHERE k.id = c.${caseFk} AND k.status = 'CLOSED' AND k.chair_id = ${user.employeeId})`;
    if (count !== 1) throw new AppError("CONFLICT", t("errors.conflict"));
    const correction = await tx.decisionCorrection.create({
      data: { ...candidateLink(ref.kind, candidate.id), fromDecision: candidate.decision, toDecision: input.decision, reason: input.reason, correctedById: user.employeeId },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId: user.userId,
      action: "committee.decision_corrected",
      entityType: candidateEntity,
      entityId: candidate.id,
      before: { decision: candidate.decision },
      after: { decision: input.decision, reason: input.reason, correctionId: correction.id },
    });
    await CASE_EFFECTS[ref.kind](tx, candidate.caseId, user, [candidate.id]);
    return candidate.caseId;
  });
}
