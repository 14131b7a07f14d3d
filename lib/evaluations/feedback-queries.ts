import "server-only";
import { ratedAppraisal } from "@/lib/appraisals/scope";
import { getAppraisalSettings } from "@/lib/appraisals/settings";
import { today } from "@/lib/clock";
import { CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";
import { isAfter } from "@/lib/domain/dates";
import { RATINGS, type Rating } from "@/lib/domain/predikat";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import { periodName } from "./period-slug";

export type RequestState = "ANSWERED" | "PENDING" | "OVERDUE";

export function requestState(request: { answeredAt: Date | null; deadline: Date }, now: Date): RequestState {
  if (request.answeredAt) return "ANSWERED";
  return isAfter(now, request.deadline) ? "OVERDUE" : "PENDING";
}

export type ValueAggregate = { value: CoreValue; counts: Record<Rating, number>; comments: string[] };

/**
 * Answers are summarised only from this many on: the rater knows whom they asked and who answered,
 * so a single answer would be that person's answer whatever the order.
 */
export const MIN_ANSWERS_SHOWN = 2;

/**
 * What the rater sees of the 360 input on one evaluation: who was asked and whether they answered,
 * and (from MIN_ANSWERS_SHOWN answers) per core value the count of each rating with the comments in
 * alphabetical order. The answers are read without their request, so nothing ties one to a person.
 */
export async function getFeedbackForRater(user: SessionUser, evaluationId: number) {
  const scope: Prisma.EvaluationWhereInput = can(user, "appraisal.read.all") ? {} : can(user, "appraisal.rate") ? { appraisal: ratedAppraisal(user) } : { id: -1 };
  const evaluation = await db.evaluation.findFirst({
    where: { AND: [{ id: evaluationId }, scope] },
    select: {
      feedbackRequests: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, deadline: true, answeredAt: true, respondent: { select: { name: true, nip: true } } } },
    },
  });
  if (!evaluation) return null;
  const now = today();
  const requests = evaluation.feedbackRequests.map((r) => ({ id: r.id, name: r.respondent.name, nip: r.respondent.nip, deadline: r.deadline, state: requestState(r, now) }));
  const answered = requests.filter((r) => r.state === "ANSWERED").length;
  if (answered < MIN_ANSWERS_SHOWN) return { requests, aggregate: null, answered };
  const answers = await db.feedbackAnswer.findMany({ where: { request: { evaluationId } }, select: { value: true, rating: true, comment: true } });
  const aggregate: ValueAggregate[] = CORE_VALUES.map(({ value }) => {
    const mine = answers.filter((a) => a.value === value);
    const counts = Object.fromEntries(RATINGS.map((r) => [r, mine.filter((a) => a.rating === r).length])) as Record<Rating, number>;
    const comments = mine.flatMap((a) => (a.comment ? [a.comment] : [])).sort((a, b) => a.localeCompare(b, "id"));
    return { value, counts, comments };
  });
  return { requests, aggregate, answered };
}

export const INBOX_PAGE_SIZE = 25;

const inboxSelect = {
  id: true,
  deadline: true,
  answeredAt: true,
  evaluation: { select: { kind: true, periodNo: true, year: true, appraisal: { select: { employee: { select: { name: true } }, position: { select: { name: true } } } } } },
} satisfies Prisma.FeedbackRequestSelect;

type InboxRow = Prisma.FeedbackRequestGetPayload<{ select: typeof inboxSelect }>;

/** The respondent's pending requests (soonest deadline first) and a page of answered ones. */
export async function getFeedbackInbox(user: SessionUser, page: number) {
  if (!can(user, "appraisal.feedback.respond")) return null;
  const me = user.employeeId;
  const [{ frequency }, pending, answered, answeredTotal] = await Promise.all([
    getAppraisalSettings(),
    // A person is asked a handful of times a period; the cap only guards the page.
    db.feedbackRequest.findMany({ where: { respondentId: me, answeredAt: null }, select: inboxSelect, orderBy: [{ deadline: "asc" }, { id: "asc" }], take: 100 }),
    db.feedbackRequest.findMany({ where: { respondentId: me, answeredAt: { not: null } }, select: inboxSelect, orderBy: [{ answeredAt: "desc" }, { id: "desc" }], skip: (page - 1) * INBOX_PAGE_SIZE, take: INBOX_PAGE_SIZE }),
    db.feedbackRequest.count({ where: { respondentId: me, answeredAt: { not: null } } }),
  ]);
  const now = today();
  const row = (r: InboxRow) => ({
    id: r.id,
    deadline: r.deadline,
    answeredAt: r.answeredAt,
    state: requestState(r, now),
    rateeName: r.evaluation.appraisal.employee.name,
    positionName: r.evaluation.appraisal.position.name,
    period: `${periodName(r.evaluation, frequency)} ${r.evaluation.year}`,
  });
  return { pending: pending.map(row), answered: answered.map(row), answeredTotal, page, pageSize: INBOX_PAGE_SIZE };
}

/** One request as its respondent sees it: whom and which period it is about, and their own answers. */
export async function getFeedbackRequest(user: SessionUser, requestId: number) {
  if (!can(user, "appraisal.feedback.respond")) return null;
  const [{ frequency }, request] = await Promise.all([
    getAppraisalSettings(),
    db.feedbackRequest.findFirst({
      where: { id: requestId, respondentId: user.employeeId },
      select: { ...inboxSelect, answers: { select: { value: true, rating: true, comment: true } } },
    }),
  ]);
  if (!request) return null;
  const order = new Map(CORE_VALUES.map(({ value }, i) => [value, i]));
  return {
    id: request.id,
    deadline: request.deadline,
    answeredAt: request.answeredAt,
    state: requestState(request, today()),
    rateeName: request.evaluation.appraisal.employee.name,
    positionName: request.evaluation.appraisal.position.name,
    period: `${periodName(request.evaluation, frequency)} ${request.evaluation.year}`,
    answers: [...request.answers].sort((a, b) => (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0)),
  };
}
