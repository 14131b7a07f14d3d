// Account management: roles and activation take effect through the session version (which the
// session check compares on every request), stale forms get CONFLICT, an admin cannot lock
// themselves out, and a password reset leaves no password in the audit trail.
import { verify } from "@node-rs/argon2";
import { describe, expect, it } from "vitest";
import { createEmployee } from "../../prisma/seed/factories";
import { resetPassword, updateAccount } from "../../lib/users/mutations";
import { ZUpdateAccount } from "../../lib/users/schemas";
import { actor, seed } from "./support/context";

const account = (employeeId: number) => seed.user.findUniqueOrThrow({ where: { employeeId } });

describe("updateAccount", () => {
  it("changes roles and activation, bumps the session version and audits both sides", async () => {
    const admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
    const person = await createEmployee(seed);
    const before = await account(person.id);
    const input = ZUpdateAccount.parse({ roles: ["ATASAN", "TIM_PENILAI"], version: String(before.sessionVersion) });
    await updateAccount(admin, person.id, input);
    const after = await account(person.id);
    expect(after.roles.sort()).toEqual(["ATASAN", "PEGAWAI", "TIM_PENILAI"]);
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { action: "user.update", entityId: String(after.id) } });
    expect(audit.before).toEqual({ roles: ["PEGAWAI"], active: true });
  });

  it("refuses a form opened before another change", async () => {
    const admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
    const person = await createEmployee(seed);
    const { sessionVersion } = await account(person.id);
    await updateAccount(admin, person.id, ZUpdateAccount.parse({ roles: ["ATASAN"], active: "on", version: String(sessionVersion) }));
    await expect(updateAccount(admin, person.id, ZUpdateAccount.parse({ roles: [], active: "on", version: String(sessionVersion) }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await account(person.id)).roles).toContain("ATASAN");
  });

  it("refuses an admin removing their own admin role or deactivating themselves", async () => {
    const admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
    const { sessionVersion } = await account(admin.employeeId);
    await expect(updateAccount(admin, admin.employeeId, ZUpdateAccount.parse({ roles: [], active: "on", version: String(sessionVersion) }))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(updateAccount(admin, admin.employeeId, ZUpdateAccount.parse({ roles: ["ADMIN_BKD"], version: String(sessionVersion) }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect((await account(admin.employeeId)).sessionVersion).toBe(sessionVersion);
  });

  it("is refused to anyone without user.manage", async () => {
    const supervisor = await actor(["PEGAWAI", "ATASAN"]);
    const { sessionVersion } = await account(supervisor.employeeId);
    await expect(updateAccount(supervisor, supervisor.employeeId, ZUpdateAccount.parse({ roles: ["ADMIN_BKD"], active: "on", version: String(sessionVersion) }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await account(supervisor.employeeId)).roles).not.toContain("ADMIN_BKD");
  });
});

describe("resetPassword", () => {
  it("replaces the hash, ends sessions and keeps passwords out of the audit row", async () => {
    const admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
    const person = await createEmployee(seed);
    const before = await account(person.id);
    await resetPassword(admin, person.id, { newPassword: "sandi-baru-123", version: before.sessionVersion });
    const after = await account(person.id);
    expect(await verify(after.passwordHash, "sandi-baru-123")).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { action: "user.password_reset", entityId: String(after.id) } });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain("sandi-baru-123");
  });
});
