import "server-only";
import { today } from "@/lib/clock";
import { minutesToJp } from "@/lib/domain/career/development";
import { recordDevelopmentHours, removeDevelopmentHours } from "@/lib/development/hours";
import { formatDate, t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { authorize, canAny } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { findPairInScope, lockPairStatus, refusal } from "./pair-guard-mutations";
import { isParticipant, mayDeleteSession, sessionDateProblem, sessionRefusal, sessionTitle } from "./pair-rules";
import type { TLogSession } from "./schemas";
import { viewerOf } from "./scope";

/**
 * Mentor or mentee logs a session of an active pair. The session's minutes count as non-klasikal JP
 * for the mentee: the ledger row is written in the same transaction, keyed by the session.
 */
export async function logSession(actor: SessionUser, pairId: number, input: TLogSession): Promise<number> {
  authorize(actor, "mentoring.participate");
  return db.$transaction(async (tx) => {
    const pair = await findPairInScope(tx, actor, pairId);
    if (!isParticipant(pair, viewerOf(actor))) throw new AppError("FORBIDDEN", t("mentoring.errors.notParticipant"));
    const refused = sessionRefusal(await lockPairStatus(tx, pairId));
    if (refused) throw refusal(refused);
    const problem = sessionDateProblem(input.date, pair, today());
    if (problem) throw fieldError("date", t(`mentoring.errors.date.${problem}`, { start: formatDate(pair.startDate), end: formatDate(pair.endDate) }));
    const session = await tx.mentoringSession.create({ data: { pairId, ...input, loggedById: actor.employeeId }, select: { id: true } });
    const hours = minutesToJp(input.minutes);
    await recordDevelopmentHours(tx, {
      employeeId: pair.menteeId,
      date: input.date,
      hours,
      source: "MENTORING",
      sourceId: session.id,
      type: "NON_KLASIKAL",
      title: sessionTitle(input.topic),
    });
    await writeAudit(tx, { actorId: actor.userId, action: "mentoring.session_add", entityType: "MentoringPair", entityId: pairId, after: { sessionId: session.id, ...input, jp: hours } });
    return session.id;
  });
}

/** Its logger (while the pair is active) or HR removes a session, and with it the mentee's JP entry. */
export async function deleteSession(actor: SessionUser, pairId: number, sessionId: number): Promise<void> {
  if (!canAny(actor, ["mentoring.participate", "mentoring.read.all"])) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  await db.$transaction(async (tx) => {
    const pair = await findPairInScope(tx, actor, pairId);
    const before = await tx.mentoringSession.findFirst({ where: { id: sessionId, pairId }, select: { date: true, topic: true, notes: true, minutes: true, loggedById: true } });
    if (!before) throw new AppError("NOT_FOUND", t("errors.notFound"));
    const status = await lockPairStatus(tx, pairId);
    const viewer = viewerOf(actor);
    if (!mayDeleteSession({ ...pair, status }, before, viewer)) {
      const ownSession = before.loggedById === viewer.employeeId && isParticipant(pair, viewer);
      const refused = sessionRefusal(status);
      throw ownSession && refused ? refusal(refused) : new AppError("FORBIDDEN", t("mentoring.errors.mayNotDelete"));
    }
    const { count } = await tx.mentoringSession.deleteMany({ where: { id: sessionId, pairId } });
    if (count !== 1) throw new AppError("NOT_FOUND", t("errors.notFound"));
    await removeDevelopmentHours(tx, "MENTORING", sessionId);
    await writeAudit(tx, { actorId: actor.userId, action: "mentoring.session_delete", entityType: "MentoringPair", entityId: pairId, before: { sessionId, ...before } });
  });
}
