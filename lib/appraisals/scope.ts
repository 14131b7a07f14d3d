import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

/**
 * Whose SKPs a user may read, as a `where` fragment ANDed into every appraisal query: the employee's
 * own, those they rate, those whose appeals they decide (the rater's rater), everything for HR.
 */
export function appraisalReadScope(user: SessionUser): Prisma.AppraisalWhereInput {
  if (can(user, "appraisal.read.all")) return {};
  const me = user.employeeId;
  const own: Prisma.AppraisalWhereInput[] = can(user, "appraisal.own") ? [{ employeeId: me }] : [];
  const rated: Prisma.AppraisalWhereInput[] = can(user, "appraisal.rate") ? [{ raterId: me }, { raterRaterId: me }] : [];
  const any = [...own, ...rated];
  return any.length ? { OR: any } : { id: -1 };
}

/** The same scope for evaluations, through their SKP. */
export function evaluationReadScope(user: SessionUser): Prisma.EvaluationWhereInput {
  return can(user, "appraisal.read.all") ? {} : { appraisal: appraisalReadScope(user) };
}

/** Writes by the employee on their own SKP. */
export function ownAppraisal(user: SessionUser): Prisma.AppraisalWhereInput {
  return { employeeId: user.employeeId };
}

/** Writes by the rater on SKPs they rate. */
export function ratedAppraisal(user: SessionUser): Prisma.AppraisalWhereInput {
  return { raterId: user.employeeId };
}
