import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./auth-options";
import { db } from "./db";

export type SessionUser = {
  userId: number;
  employeeId: number;
  nip: string;
  name: string;
  roles: Role[];
};

type TokenSession = { uid?: number; sv?: number };

/**
 * The signed-in user, re-read from the database once per request: a deactivated account or a bumped
 * session version (roles changed, password reset) counts as signed out immediately, whatever the JWT says.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await getServerSession(authOptions)) as TokenSession | null;
  if (!session?.uid || session.sv === undefined) return null;
  const user = await db.user.findUnique({
    where: { id: session.uid },
    select: {
      id: true,
      active: true,
      sessionVersion: true,
      roles: true,
      employee: { select: { id: true, nip: true, name: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== session.sv) return null;
  return { userId: user.id, employeeId: user.employee.id, nip: user.employee.nip, name: user.employee.name, roles: user.roles };
});

/** For pages and actions alike: no valid session → the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
