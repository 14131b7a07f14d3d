import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

/**
 * Registrations a user decides, as a `where` fragment: a supervisor those of their direct reports
 * (the registrant's current supervisor_id). Someone without a supervisor (the top of an agency) has
 * nobody to ask, so HR ("training.manage") decides theirs. Anyone else matches nothing.
 */
export function approvalScope(user: SessionUser): Prisma.TrainingRegistrationWhereInput {
  const any: Prisma.TrainingRegistrationWhereInput[] = [];
  if (can(user, "training.approve")) any.push({ employee: { supervisorId: user.employeeId } });
  // Never one's own request, even for an HR admin who has no supervisor.
  if (can(user, "training.manage")) any.push({ employee: { supervisorId: null }, employeeId: { not: user.employeeId } });
  if (any.length === 0) return { id: -1 };
  return any.length === 1 ? any[0]! : { OR: any };
}

/** The catalog is open to whoever may register or manages it. */
export function seesCatalog(user: SessionUser): boolean {
  return can(user, "training.register") || can(user, "training.manage");
}
