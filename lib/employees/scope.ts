import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/server/permissions";
import type { SessionUser } from "@/lib/server/session";

/**
 * Whose employee records a user may read, as a `where` fragment: HR reads everyone, a supervisor
 * their reports down the chain (supervisor_path holds every supervisor above a person), everyone
 * themselves. Queries AND this into their own filter, so a guessed id outside it finds nothing.
 */
export function employeeReadScope(user: SessionUser): Prisma.EmployeeWhereInput {
  if (can(user, "employee.read.all")) return {};
  const own: Prisma.EmployeeWhereInput = { id: user.employeeId };
  if (can(user, "employee.read.team")) return { OR: [own, { supervisorPath: { has: user.employeeId } }] };
  return own;
}

/** The directory lists other people: null when the user may not open it at all. */
export function directoryScope(user: SessionUser): Prisma.EmployeeWhereInput | null {
  if (can(user, "employee.read.all")) return {};
  if (can(user, "employee.read.team")) return { supervisorPath: { has: user.employeeId } };
  return null;
}
