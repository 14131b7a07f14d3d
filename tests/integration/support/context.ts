// Shared by the integration test files: a seed client on the test database, a run id that keeps
// each file's rows apart (files share one database), and real users to act as.
import { createSeedClient } from "../../../prisma/seed/client";
import { createEmployee, type EmployeeFactoryInput, type FactoryEmployee } from "../../../prisma/seed/factories";
import type { Role } from "../../../lib/generated/prisma/enums";
import type { SessionUser } from "../../../lib/server/session";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL must point at a migrated PostgreSQL for integration tests");

export const seed = createSeedClient(url);
export const RUN = Math.random().toString(36).slice(2, 8).toUpperCase();

export function asSessionUser(person: FactoryEmployee, roles: Role[]): SessionUser {
  return { userId: person.userId, employeeId: person.id, nip: person.nip, name: person.name, roles };
}

/** A new employee with an account holding `roles`, as the signed-in user of a mutation or query. */
export async function actor(roles: Role[], input: EmployeeFactoryInput = {}): Promise<SessionUser> {
  return asSessionUser(await createEmployee(seed, { ...input, roles }), roles);
}

/** Rows a write must not leave behind when it is refused. */
export async function auditCount(where: { entityType?: string; entityId?: string; action?: string } = {}): Promise<number> {
  return seed.auditLog.count({ where });
}
