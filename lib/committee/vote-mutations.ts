import "server-only";
import { checkConflict, checkVote } from "@/lib/domain/promotion-round";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/db-errors";
import { AppError } from "@/lib/server/errors";
import { authorize } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { CASE_TABLES, candidateLink } from "./case-tables";
import { lockCandidate, refuse } from "./lock-mutations";
import type { TConflict, TVote } from "./schemas";
import type { CandidateRef } from "./types";

/** A double submit races past the check; the unique (candidate, member) index keeps one word. */
async function onceOnly<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", t("committee.errors.ALREADY_SPOKEN"));
    throw error;
  }
}

/** Konflik kepentingan: the member takes no further part in this candidate. Returns the case id. */
export async function declareConflict(user: SessionUser, ref: CandidateRef, input: TConflict): Promise<number> {
  authorize(user, "committee.review");
  return onceOnly(() =>
    db.$transaction(async (tx) => {
      const candidate = await lockCandidate(tx, user, ref);
      const refusal = checkConflict({ status: candidate.status, myWord: candidate.myWord });
      if (refusal) throw refuse(refusal, candidate.status);
      const { candidateEntity } = CASE_TABLES[ref.kind];
      const vote = await tx.committeeVote.create({
        data: { ...candidateLink(ref.kind, candidate.id), memberId: user.employeeId, kind: "CONFLICT", reason: input.reason },
        select: { id: true },
      });
      await writeAudit(tx, { actorId: user.userId, action: "committee.conflict_declared", entityType: candidateEntity, entityId: candidate.id, after: { voteId: vote.id, reason: input.reason } });
      return candidate.caseId;
    }),
  );
}

/** Merekomendasikan / tidak, with a reason; one word per member and candidate. Returns the case id. */
export async function castVote(user: SessionUser, ref: CandidateRef, input: TVote): Promise<number> {
  authorize(user, "committee.review");
  return onceOnly(() =>
    db.$transaction(async (tx) => {
      const candidate = await lockCandidate(tx, user, ref);
      const refusal = checkVote({ status: candidate.status, myWord: candidate.myWord });
      if (refusal) throw refuse(refusal, candidate.status);
      const { candidateEntity } = CASE_TABLES[ref.kind];
      const vote = await tx.committeeVote.create({
        data: { ...candidateLink(ref.kind, candidate.id), memberId: user.employeeId, kind: input.kind, reason: input.reason },
        select: { id: true },
      });
      await writeAudit(tx, { actorId: user.userId, action: "committee.voted", entityType: candidateEntity, entityId: candidate.id, after: { voteId: vote.id, kind: input.kind, reason: input.reason } });
      return candidate.caseId;
    }),
  );
}
