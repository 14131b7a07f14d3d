import "server-only";
import { isLocked, lockRemainingMs, registerFailure, type ThrottleState } from "@/lib/domain/login-throttle";
import { writeAudit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { dummyPasswordHash, verifyPassword } from "@/lib/server/passwords";
import type { SignInFailure, TSignIn } from "./schemas";

export type SignInResult =
  | { ok: true; userId: number; sessionVersion: number }
  | { ok: false; failure: SignInFailure; retryAfterMinutes?: number };

/**
 * Checks a NIP and password. Failures are counted per NIP (known or not) and the row is locked for the
 * duration, so parallel guesses cannot slip past the fifth failure. The outcome is audited in the same
 * transaction.
 */
export async function signInWithPassword(input: TSignIn, now = new Date()): Promise<SignInResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO login_throttles (nip, failures, window_start) VALUES (${input.nip}, 0, ${now}) ON CONFLICT (nip) DO NOTHING`;
      const rows = await tx.$queryRaw<ThrottleState[]>`
        SELECT failures, window_start AS "windowStart", locked_until AS "lockedUntil"
        FROM login_throttles WHERE nip = ${input.nip} FOR UPDATE`;
      const state = rows[0] ?? null;

      const user = await tx.user.findFirst({
        where: { employee: { nip: input.nip } },
        select: { id: true, passwordHash: true, active: true, sessionVersion: true },
      });

      if (state && isLocked(state, now)) {
        await writeAudit(tx, { actorId: null, action: "auth.login_refused_locked", entityType: "User", entityId: user?.id ?? null, after: { nip: input.nip } });
        return { ok: false, failure: "LOCKED", retryAfterMinutes: Math.ceil(lockRemainingMs(state, now) / 60_000) };
      }

      const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
      if (!user || !passwordOk) {
        const next = registerFailure(state, now);
        await tx.loginThrottle.update({ where: { nip: input.nip }, data: next });
        const locked = isLocked(next, now);
        await writeAudit(tx, {
          actorId: null,
          action: locked ? "auth.locked" : "auth.login_failed",
          entityType: "User",
          entityId: user?.id ?? null,
          after: { nip: input.nip, failures: next.failures },
        });
        return locked
          ? { ok: false, failure: "LOCKED", retryAfterMinutes: Math.ceil(lockRemainingMs(next, now) / 60_000) }
          : { ok: false, failure: "INVALID" };
      }

      await tx.loginThrottle.delete({ where: { nip: input.nip } });
      if (!user.active) {
        await writeAudit(tx, { actorId: user.id, action: "auth.login_refused_inactive", entityType: "User", entityId: user.id });
        return { ok: false, failure: "INACTIVE" };
      }
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await writeAudit(tx, { actorId: user.id, action: "auth.login", entityType: "User", entityId: user.id });
      return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
    },
    { timeout: 15_000 },
  );
}
