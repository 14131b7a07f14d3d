import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { signInWithPassword } from "@/lib/auth/mutations";
import { ZSignIn } from "@/lib/auth/schemas";

// A working day; the session version check in session.ts ends sessions earlier when an admin
// deactivates the account or changes its roles.
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "NIP",
      credentials: { nip: { type: "text" }, password: { type: "password" } },
      async authorize(credentials) {
        const parsed = ZSignIn.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("INVALID");
        const result = await signInWithPassword(parsed.data);
        if (!result.ok) {
          // next-auth hands this text to the client as `error`; the form maps the code to a sentence.
          throw new Error(result.failure === "LOCKED" ? `LOCKED:${result.retryAfterMinutes ?? 15}` : result.failure);
        }
        return { id: String(result.userId), sessionVersion: result.sessionVersion };
      },
    }),
  ],
  // Only ids travel in the token; lib/server/session.ts decodes it and reads name and roles fresh
  // from the database on every request.
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
  },
};
