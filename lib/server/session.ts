import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "./db";
import { env } from "./env";

export type SessionUser = {
  userId: number;
  employeeId: number;
  nip: string;
  name: string;
  roles: Role[];
};

// next-auth names the cookie with the __Secure- prefix when it is served over https.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * The JWT from the session cookie, decrypted and checked for expiry. Read directly rather than
 * through getServerSession, which runs next-auth's whole session endpoint (callbacks, a re-issued
 * cookie a server component cannot even set) on every page.
 */
async function readToken(): Promise<Record<string, unknown> | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: env().NEXTAUTH_SECRET });
  } catch {
    return null;
  }
}

/**
 * The signed-in user, re-read from the database once per request: a deactivated account or a bumped
 * session version (roles changed, password reset) counts as signed out immediately, whatever the JWT says.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readToken();
  if (typeof token?.uid !== "number" || typeof token.sv !== "number") return null;
  const user = await db.user.findUnique({
    where: { id: token.uid },
    select: {
      id: true,
      active: true,
      sessionVersion: true,
      roles: true,
      employee: { select: { id: true, nip: true, name: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== token.sv) return null;
  return { userId: user.id, employeeId: user.employee.id, nip: user.employee.nip, name: user.employee.name, roles: user.roles };
});

/** For pages and actions alike: no valid session → the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}
