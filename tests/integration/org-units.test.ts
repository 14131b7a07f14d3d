// Org unit tree against a real PostgreSQL: paths kept for whole subtrees, moves that would make a
// cycle refused without a trace, deletes refused while anything hangs off a unit, and only HR writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, RUN, seed } from "./support/context";
import { createEmployee, createPosition } from "../../prisma/seed/factories";
import { createOrgUnit, deleteOrgUnit, updateOrgUnit } from "../../lib/org-units/mutations";
import { getOrgUnit, listUnitTree, listUnitTreeWithCounts } from "../../lib/org-units/queries";
import { ZCreateOrgUnit } from "../../lib/org-units/schemas";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";

let admin: SessionUser;
let staff: SessionUser;
let seq = 0;


/** A fresh unit through the mutation under test; codes carry this run's suffix. */
async function unit(name: string, parentId: number | null = null): Promise<number> {
  seq += 1;
  return createOrgUnit(admin, { code: `OU${RUN}.${seq}`, name, parentId });
}

const pathOf = async (id: number) => (await db.orgUnit.findUniqueOrThrow({ where: { id }, select: { path: true } })).path;
const auditCount = (id: number) => db.auditLog.count({ where: { entityType: "OrgUnit", entityId: String(id) } });
const versionOf = async (id: number) => (await db.orgUnit.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI", "ATASAN"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("creating units", () => {
  it("stores the path root→self and audits the creation with the actor", async () => {
    const root = await unit("Badan Uji");
    const child = await unit("Bidang Uji", root);
    expect(await pathOf(root)).toEqual([root]);
    expect(await pathOf(child)).toEqual([root, child]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "OrgUnit", entityId: String(child) } });
    expect(audit).toMatchObject({ action: "orgUnit.create", actorId: admin.userId });
    expect(audit.after).toMatchObject({ name: "Bidang Uji", parentId: root, path: [root, child] });
  });

  it("normalises codes to upper case and refuses other characters (form schema)", () => {
    expect(ZCreateOrgUnit.parse({ code: " bkd.mut-1 ", name: "Mutasi", parentId: "" })).toEqual({ code: "BKD.MUT-1", name: "Mutasi", parentId: null });
    const bad = ZCreateOrgUnit.safeParse({ code: "BKD MUT", name: "", parentId: "x" });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["code", "name", "parentId"]);
  });

  it("refuses a duplicate code beside the code field and writes nothing", async () => {
    const existing = await unit("Asli");
    const code = (await getOrgUnit(existing))!.code;
    const before = await db.orgUnit.count();
    await expect(createOrgUnit(admin, { code, name: "Kembar", parentId: null })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: [expect.any(String)] } });
    expect(await db.orgUnit.count()).toBe(before);
  });

  it("refuses a parent that does not exist", async () => {
    await expect(createOrgUnit(admin, { code: `OU${RUN}.NOPARENT`, name: "Yatim", parentId: 2_000_000_000 })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { parentId: [expect.any(String)] },
    });
    expect(await db.orgUnit.count({ where: { code: `OU${RUN}.NOPARENT` } })).toBe(0);
  });
});

describe("moving units", () => {
  it("rewrites the path of the unit and of every descendant, leaving others alone", async () => {
    const a = await unit("A");
    const b = await unit("B");
    const a1 = await unit("A1", a);
    const a11 = await unit("A11", a1);
    const a12 = await unit("A12", a1);
    const a2 = await unit("A2", a);
    const unit1 = (await getOrgUnit(a1))!;

    await updateOrgUnit(admin, a1, { code: unit1.code, name: "A1 dipindah", parentId: b, version: unit1.version });

    expect(await pathOf(a1)).toEqual([b, a1]);
    expect(await pathOf(a11)).toEqual([b, a1, a11]);
    expect(await pathOf(a12)).toEqual([b, a1, a12]);
    expect(await pathOf(a2)).toEqual([a, a2]);
    const moved = await db.orgUnit.findUniqueOrThrow({ where: { id: a1 }, select: { parentId: true, name: true, version: true } });
    expect(moved).toEqual({ parentId: b, name: "A1 dipindah", version: unit1.version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "OrgUnit", entityId: String(a1), action: "orgUnit.update" } });
    expect(audit.before).toMatchObject({ parentId: a, path: [a, a1] });
    expect(audit.after).toMatchObject({ parentId: b, path: [b, a1] });

    // Back to the top level: the subtree follows again.
    const again = (await getOrgUnit(a1))!;
    await updateOrgUnit(admin, a1, { code: again.code, name: again.name, parentId: null, version: again.version });
    expect(await pathOf(a11)).toEqual([a1, a11]);
  });

  it("refuses to move a unit under its own descendant or itself, and writes nothing", async () => {
    const top = await unit("Atas");
    const mid = await unit("Tengah", top);
    const low = await unit("Bawah", mid);
    const current = (await getOrgUnit(top))!;
    const audits = await auditCount(top);

    for (const parentId of [low, mid, top]) {
      await expect(updateOrgUnit(admin, top, { code: current.code, name: "Diubah", parentId, version: current.version })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { parentId: [expect.any(String)] },
      });
    }
    expect(await pathOf(top)).toEqual([top]);
    expect(await pathOf(low)).toEqual([top, mid, low]);
    expect((await getOrgUnit(top))!).toMatchObject({ name: "Atas", parentId: null, version: current.version });
    expect(await auditCount(top)).toBe(audits);
  });

  it("refuses a stale version with CONFLICT and keeps the newer edit", async () => {
    const id = await unit("Versi");
    const opened = (await getOrgUnit(id))!;
    await updateOrgUnit(admin, id, { code: opened.code, name: "Edit pertama", parentId: null, version: opened.version });
    await expect(updateOrgUnit(admin, id, { code: opened.code, name: "Edit basi", parentId: null, version: opened.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getOrgUnit(id))!.name).toBe("Edit pertama");
  });
});

describe("deleting units", () => {
  it("refuses while the unit has sub-units, positions or employees, then deletes an empty one", async () => {
    const parent = await unit("Induk");
    const child = await unit("Anak", parent);
    const withPosition = await unit("Berjabatan");
    const withEmployee = await unit("Berpegawai");
    await createPosition(seed, { unitId: withPosition });
    await createEmployee(seed, { unitId: withEmployee });

    for (const id of [parent, withPosition, withEmployee]) {
      const { version } = (await getOrgUnit(id))!;
      await expect(deleteOrgUnit(admin, id, version)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("tidak dapat dihapus") });
      expect(await getOrgUnit(id)).not.toBeNull();
      expect(await db.auditLog.count({ where: { entityType: "OrgUnit", entityId: String(id), action: "orgUnit.delete" } })).toBe(0);
    }

    await deleteOrgUnit(admin, child, await versionOf(child));
    expect(await getOrgUnit(child)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "OrgUnit", entityId: String(child), action: "orgUnit.delete" } });
    expect(audit.before).toMatchObject({ name: "Anak", parentId: parent });
    // With its only child gone the parent is empty and may go too.
    await deleteOrgUnit(admin, parent, await versionOf(parent));
    expect(await getOrgUnit(parent)).toBeNull();
  });

  it("refuses a delete confirmed on a stale page", async () => {
    const id = await unit("Basi");
    const { version, code } = (await getOrgUnit(id))!;
    await updateOrgUnit(admin, id, { code, name: "Sudah diubah", parentId: null, version });
    await expect(deleteOrgUnit(admin, id, version)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getOrgUnit(id)).not.toBeNull();
  });
});

describe("reading the tree", () => {
  it("lists depth-first with siblings by name, and counts direct sub-units, positions and employees", async () => {
    const root = await unit(`Pohon ${RUN}`);
    const zeta = await unit("Zeta", root);
    const alpha = await unit("alpha", root);
    const beta = await unit("Beta", alpha);
    await createPosition(seed, { unitId: beta });
    const mine = new Set([root, zeta, alpha, beta]);

    const tree = (await listUnitTree()).filter((row) => mine.has(row.id));
    expect(tree.map((row) => [row.name, row.depth, row.parentId])).toEqual([
      [`Pohon ${RUN}`, 0, null],
      ["alpha", 1, root],
      ["Beta", 2, alpha],
      ["Zeta", 1, root],
    ]);

    const counted = (await listUnitTreeWithCounts()).filter((row) => mine.has(row.id));
    expect(counted.map((row) => [row.name, row.subUnits, row.positions, row.employees])).toEqual([
      [`Pohon ${RUN}`, 2, 0, 0],
      ["alpha", 1, 0, 0],
      ["Beta", 0, 1, 0],
      ["Zeta", 0, 0, 0],
    ]);
  });
});

describe("authorization", () => {
  it("gives FORBIDDEN to a user without ADMIN_BKD on every mutation and writes nothing", async () => {
    const id = await unit("Terlindung");
    const { version, code } = (await getOrgUnit(id))!;
    const [units, audits] = [await db.orgUnit.count(), await db.auditLog.count({ where: { actorId: staff.userId } })];

    await expect(createOrgUnit(staff, { code: `OU${RUN}.STAFF`, name: "Liar", parentId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateOrgUnit(staff, id, { code, name: "Dibajak", parentId: null, version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteOrgUnit(staff, id, version)).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await db.orgUnit.count()).toBe(units);
    expect((await getOrgUnit(id))!).toMatchObject({ name: "Terlindung", version });
    expect(await db.auditLog.count({ where: { actorId: staff.userId } })).toBe(audits);
  });
});
