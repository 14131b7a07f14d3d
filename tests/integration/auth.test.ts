// Sign-in against a real PostgreSQL: argon2id verification, the per-NIP lock (for unknown NIPs too,
// so a lock never reveals which NIPs exist), inactive accounts, and the audit trail of attempts.
import { describe, expect, it } from "vitest";
import { createEmployee } from "../../prisma/seed/factories";
import { signInWithPassword } from "../../lib/auth/mutations";
import { seed } from "./support/context";

const minutes = (n: number) => n * 60_000;

describe("signInWithPassword", () => {
  it("accepts the right password, records the sign-in and clears earlier failures", async () => {
    const person = await createEmployee(seed, { password: "benar-sekali-1" });
    const t0 = new Date();
    expect(await signInWithPassword({ nip: person.nip, password: "salah" }, t0)).toEqual({ ok: false, failure: "INVALID" });
    const result = await signInWithPassword({ nip: person.nip, password: "benar-sekali-1" }, t0);
    expect(result).toMatchObject({ ok: true, userId: person.userId });
    expect(await seed.loginThrottle.findUnique({ where: { nip: person.nip } })).toBeNull();
    expect((await seed.user.findUniqueOrThrow({ where: { id: person.userId } })).lastLoginAt).not.toBeNull();
    expect(await seed.auditLog.count({ where: { action: "auth.login", actorId: person.userId } })).toBe(1);
  });

  it("locks a NIP on the fifth failure within 15 minutes, even against the right password, until the lock ends", async () => {
    const person = await createEmployee(seed, { password: "benar-sekali-2" });
    const t0 = new Date();
    for (let i = 0; i < 4; i++) expect(await signInWithPassword({ nip: person.nip, password: `salah-${i}` }, new Date(t0.getTime() + i * 1000))).toMatchObject({ failure: "INVALID" });
    expect(await signInWithPassword({ nip: person.nip, password: "salah-5" }, new Date(t0.getTime() + 5000))).toEqual({ ok: false, failure: "LOCKED", retryAfterMinutes: 15 });
    // Locked at t0+5 s until t0+15 min 5 s: at t0+10 min, 5 min 5 s remain, shown rounded up.
    expect(await signInWithPassword({ nip: person.nip, password: "benar-sekali-2" }, new Date(t0.getTime() + minutes(10)))).toMatchObject({ failure: "LOCKED", retryAfterMinutes: 6 });
    expect(await signInWithPassword({ nip: person.nip, password: "benar-sekali-2" }, new Date(t0.getTime() + minutes(16)))).toMatchObject({ ok: true });
  });

  it("does not lock when the failures are spread beyond the window", async () => {
    const person = await createEmployee(seed, { password: "benar-sekali-3" });
    const t0 = Date.now();
    for (let i = 0; i < 6; i++) await signInWithPassword({ nip: person.nip, password: "salah" }, new Date(t0 + i * minutes(4)));
    expect(await signInWithPassword({ nip: person.nip, password: "benar-sekali-3" }, new Date(t0 + minutes(25)))).toMatchObject({ ok: true });
  });

  it("locks an unknown NIP the same way", async () => {
    const nip = `19${String(Date.now()).slice(-16)}`;
    const t0 = new Date();
    for (let i = 0; i < 4; i++) expect(await signInWithPassword({ nip, password: "x" }, t0)).toMatchObject({ failure: "INVALID" });
    expect(await signInWithPassword({ nip, password: "x" }, t0)).toMatchObject({ failure: "LOCKED" });
  });

  it("refuses a deactivated account only after the password is right", async () => {
    const person = await createEmployee(seed, { password: "benar-sekali-4", active: false });
    expect(await signInWithPassword({ nip: person.nip, password: "salah" })).toMatchObject({ failure: "INVALID" });
    expect(await signInWithPassword({ nip: person.nip, password: "benar-sekali-4" })).toMatchObject({ failure: "INACTIVE" });
  });

  it("lets only one of five parallel wrong guesses past the lock boundary", async () => {
    const person = await createEmployee(seed, { password: "benar-sekali-5" });
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => signInWithPassword({ nip: person.nip, password: `tebakan-${i}` })));
    expect(results.filter((r) => !r.ok && r.failure === "INVALID")).toHaveLength(4);
    expect(results.filter((r) => !r.ok && r.failure === "LOCKED")).toHaveLength(4);
  });
});
