import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";
import type { Viewer } from "./pair-rules";

/** HR oversees every pair (and corrects sessions); everyone else acts only inside their own scope. */
export function viewerOf(user: SessionUser): Viewer {
  return { employeeId: user.employeeId, hr: can(user, "mentoring.read.all") };
}

/**
 * Who may read a pair, as a `where` fragment ANDed into every pair query: HR all; mentor and mentee;
 * the mentee's supervisors up the chain (supervisor_path); whoever opened it. A guessed id outside it
 * finds nothing.
 */
export function pairReadScope(user: SessionUser): Prisma.MentoringPairWhereInput {
  if (can(user, "mentoring.read.all")) return {};
  const me = user.employeeId;
  const sides: Prisma.MentoringPairWhereInput[] = [];
  if (can(user, "mentoring.participate")) sides.push({ mentorId: me }, { menteeId: me });
  if (can(user, "mentoring.open")) sides.push({ mentee: { supervisorPath: { has: me } } }, { openedById: me });
  return sides.length ? { OR: sides } : { id: -1 };
}

/**
 * The oversight list (beyond one's own pairs): HR everything, a supervisor the pairs whose mentee is
 * in their chain (the GIN index on supervisor_path, then mentoring_pairs(mentee_id, status)); null
 * for anyone else. The opener branch is left out here: opened_by_id has no index, and an opener is
 * the mentee's supervisor (or HR) anyway.
 */
export function oversightScope(user: SessionUser): Prisma.MentoringPairWhereInput | null {
  if (can(user, "mentoring.read.all")) return {};
  if (can(user, "mentoring.open")) return { mentee: { supervisorPath: { has: user.employeeId } } };
  return null;
}
