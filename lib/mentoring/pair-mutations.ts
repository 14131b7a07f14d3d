import "server-only";
import { today } from "@/lib/clock";
import { mentorProblems, type MentorProblem } from "@/lib/domain/career/mentoring";
import type { Predikat } from "@/lib/generated/prisma/enums";
import { t } from "@/lib/i18n";
import { writeAudit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError, fieldError } from "@/lib/server/errors";
import { claimVersion } from "@/lib/server/optimistic-lock";
import { authorize, can, canAny } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { closeRefusal, mayClose } from "./pair-rules";
import { findPairInScope, refusal } from "./pair-guard-mutations";
import type { TClosePair, TOpenPair } from "./schemas";
import { viewerOf } from "./scope";

const partySelect = { id: true, status: true, rankId: true, position: { select: { grade: true } } } as const;

function problemMessage(problem: MentorProblem, year: number, predikat: Predikat | null): string {
  if (problem === "SAME_PERSON") return t("mentoring.errors.samePerson");
  if (problem === "NOT_SENIOR") return t("mentoring.errors.notSenior");
  return t("mentoring.errors.performance", { year, found: predikat ? t(`appraisal.predikat.${predikat}`) : t("mentoring.errors.noPredikat") });
}

/** The mentee: anyone for HR, someone down the chain for a supervisor (the same words for "no such NIP"). */
async function findMentee(tx: Tx, actor: SessionUser, nip: string) {
  const hr = can(actor, "mentoring.read.all");
  const mentee = await tx.employee.findFirst({ where: { nip, ...(hr ? {} : { supervisorPath: { has: actor.employeeId } }) }, select: partySelect });
  if (!mentee) throw fieldError("menteeNip", t(hr ? "mentoring.errors.menteeNotFound" : "mentoring.errors.menteeNotInTeam"));
  return mentee;
}

export async function openPair(actor: SessionUser, input: TOpenPair): Promise<number> {
  authorize(actor, "mentoring.open");
  return db.$transaction(async (tx) => {
    const mentee = await findMentee(tx, actor, input.menteeNip);
    const mentor = await tx.employee.findUnique({ where: { nip: input.mentorNip }, select: partySelect });
    if (!mentor) throw fieldError("mentorNip", t("mentoring.errors.mentorNotFound"));
    // "Last year" is the last full appraisal year before the pair is opened.
    const year = today().getUTCFullYear() - 1;
    const performance = await tx.annualPerformance.findUnique({ where: { employeeId_year: { employeeId: mentor.id, year } }, select: { predikat: true } });
    const predikat = performance?.predikat ?? null;
    const problems = mentorProblems({
      mentor: { id: mentor.id, status: mentor.status, rankId: mentor.rankId, grade: mentor.position.grade, predikatLastYear: predikat },
      mentee: { id: mentee.id, status: mentee.status, rankId: mentee.rankId, grade: mentee.position.grade },
    });
    if (problems.length) {
      throw new AppError("VALIDATION", t("errors.validation"), { mentorNip: problems.map((problem) => problemMessage(problem, year, predikat)) });
    }
    // One active pair per mentor and mentee: opens for the same mentee queue here, so two clicks (or two
    // supervisors) cannot both pass the check below.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('jenjang.mentoring_pairs'), ${mentee.id}::int)`;
    if (await tx.mentoringPair.count({ where: { mentorId: mentor.id, menteeId: mentee.id, status: "ACTIVE" } })) {
      throw fieldError("menteeNip", t("mentoring.errors.alreadyActive"));
    }
    const data = { mentorId: mentor.id, menteeId: mentee.id, goals: input.goals, startDate: input.startDate, endDate: input.endDate, openedById: actor.employeeId };
    const pair = await tx.mentoringPair.create({ data, select: { id: true } });
    await writeAudit(tx, { actorId: actor.userId, action: "mentoring.open", entityType: "MentoringPair", entityId: pair.id, after: { ...data, mentorPredikat: predikat, predikatYear: year } });
    return pair.id;
  });
}

/** The mentor, the supervisor who opened the pair, or HR ends it with an outcome; nothing is logged after. */
export async function closePair(actor: SessionUser, pairId: number, input: TClosePair): Promise<void> {
  if (!canAny(actor, ["mentoring.participate", "mentoring.open", "mentoring.read.all"])) throw new AppError("FORBIDDEN", t("errors.forbidden"));
  await db.$transaction(async (tx) => {
    const pair = await findPairInScope(tx, actor, pairId);
    const refused = closeRefusal(pair.status);
    if (refused) throw refusal(refused);
    if (!mayClose(pair, viewerOf(actor))) throw new AppError("FORBIDDEN", t("mentoring.errors.mayNotClose"));
    await claimVersion(tx, "mentoringPair", pairId, input.version);
    const closedAt = new Date();
    await tx.mentoringPair.update({ where: { id: pairId }, data: { status: "CLOSED", outcome: input.outcome, closedAt } });
    await writeAudit(tx, { actorId: actor.userId, action: "mentoring.close", entityType: "MentoringPair", entityId: pairId, before: { status: pair.status }, after: { status: "CLOSED", outcome: input.outcome, closedAt } });
  });
}
