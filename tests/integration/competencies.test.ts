// The competency dictionary against a real PostgreSQL: edits guarded by the version (optimistic lock),
// levels that positions rely on, and deletes refused while a standard uses it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, RUN, seed } from "./support/context";
import { createCompetency, deleteCompetency, updateCompetency } from "../../lib/competencies/mutations";
import { getCompetency, listCompetencies } from "../../lib/competencies/queries";
import { ZCreateCompetency } from "../../lib/competencies/schemas";
import { createOrgUnit } from "../../lib/org-units/mutations";
import { createPosition } from "../../lib/positions/mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";

let admin: SessionUser;
let staff: SessionUser;
let unitId: number;
let seq = 0;


async function competency(kind: "MANAJERIAL" | "SOSIAL_KULTURAL" | "TEKNIS" = "TEKNIS", maxLevel = 5): Promise<number> {
  seq += 1;
  return createCompetency(admin, { code: `CP${RUN}.${seq}`, name: `Kompetensi ${RUN} ${seq}`, kind, maxLevel });
}

async function positionRequiring(competencyId: number, requiredLevel: number): Promise<number> {
  return createPosition(admin, {
    name: `Pengguna ${RUN}`,
    type: "PELAKSANA",
    functionalLevel: null,
    grade: 5,
    unitId,
    minRankId: null,
    minEducation: null,
    formation: 1,
    active: true,
    competencies: [{ competencyId, requiredLevel }],
  });
}

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI", "TIM_PENILAI"]);
  unitId = await createOrgUnit(admin, { code: `CP${RUN}.UNIT`, name: `Unit ${RUN}`, parentId: null });
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the dictionary", () => {
  it("validates the form: upper-case code, kind from the list, level 1..5", () => {
    expect(ZCreateCompetency.parse({ code: "mj.01", name: "Integritas", kind: "MANAJERIAL", maxLevel: "5" })).toEqual({ code: "MJ.01", name: "Integritas", kind: "MANAJERIAL", maxLevel: 5 });
    const bad = ZCreateCompetency.safeParse({ code: "MJ 01", name: "", kind: "LAIN", maxLevel: "6" });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["code", "kind", "maxLevel", "name"]);
  });

  it("creates, lists by kind with usage counts, and audits", async () => {
    const social = await competency("SOSIAL_KULTURAL");
    const technical = await competency("TEKNIS");
    await positionRequiring(technical, 2);
    const mine = (rows: Awaited<ReturnType<typeof listCompetencies>>) => rows.filter((row) => [social, technical].includes(row.id));
    expect(mine(await listCompetencies({})).map((row) => [row.id, row.positions])).toEqual([
      [social, 0],
      [technical, 1],
    ]);
    expect(mine(await listCompetencies({ kind: "TEKNIS" })).map((row) => row.id)).toEqual([technical]);
    expect(await db.auditLog.count({ where: { entityType: "Competency", entityId: String(social), action: "competency.create", actorId: admin.userId } })).toBe(1);
  });

  it("refuses a duplicate code beside the field", async () => {
    const id = await competency();
    const { code } = (await getCompetency(id))!;
    await expect(createCompetency(admin, { code, name: "Kembar", kind: "TEKNIS", maxLevel: 3 })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: [expect.any(String)] } });
  });
});

describe("editing", () => {
  it("saves with the version the form was opened with, and refuses a stale one with CONFLICT", async () => {
    const id = await competency();
    const opened = (await getCompetency(id))!;
    await updateCompetency(admin, id, { code: opened.code, name: "Nama baru", kind: "TEKNIS", maxLevel: 4, version: opened.version });
    const audits = await db.auditLog.count({ where: { entityType: "Competency", entityId: String(id) } });
    await expect(updateCompetency(admin, id, { code: opened.code, name: "Nama basi", kind: "TEKNIS", maxLevel: 5, version: opened.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getCompetency(id))!).toMatchObject({ name: "Nama baru", maxLevel: 4 });
    expect(await db.auditLog.count({ where: { entityType: "Competency", entityId: String(id) } })).toBe(audits);
  });

  it("refuses to lower the top level below a level a position requires", async () => {
    const id = await competency("MANAJERIAL", 5);
    await positionRequiring(id, 4);
    const opened = (await getCompetency(id))!;
    await expect(updateCompetency(admin, id, { code: opened.code, name: opened.name, kind: "MANAJERIAL", maxLevel: 3, version: opened.version })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { maxLevel: [expect.stringContaining("4")] },
    });
    expect((await getCompetency(id))!.maxLevel).toBe(5);
    await updateCompetency(admin, id, { code: opened.code, name: opened.name, kind: "MANAJERIAL", maxLevel: 4, version: opened.version });
    expect((await getCompetency(id))!.maxLevel).toBe(4);
  });
});

describe("deleting", () => {
  it("refuses while a position requires it, deletes once unused, and audits the removal", async () => {
    const used = await competency();
    const position = await positionRequiring(used, 1);
    const { version } = (await getCompetency(used))!;
    await expect(deleteCompetency(admin, used, version)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("1 jabatan") });
    expect(await getCompetency(used)).not.toBeNull();

    await db.positionCompetency.deleteMany({ where: { positionId: position } });
    await deleteCompetency(admin, used, version);
    expect(await getCompetency(used)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Competency", entityId: String(used), action: "competency.delete" } });
    expect(audit.before).toMatchObject({ name: `Kompetensi ${RUN} ${seq}` });
  });
});

describe("authorization", () => {
  it("gives FORBIDDEN to a user without ADMIN_BKD on every mutation and writes nothing", async () => {
    const id = await competency();
    const opened = (await getCompetency(id))!;
    const [count, audits] = [await db.competency.count(), await db.auditLog.count({ where: { actorId: staff.userId } })];
    await expect(createCompetency(staff, { code: `CP${RUN}.STAFF`, name: "Liar", kind: "TEKNIS", maxLevel: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCompetency(staff, id, { code: opened.code, name: "Dibajak", kind: "TEKNIS", maxLevel: 5, version: opened.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteCompetency(staff, id, opened.version)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.competency.count()).toBe(count);
    expect((await getCompetency(id))!.name).toBe(opened.name);
    expect(await db.auditLog.count({ where: { actorId: staff.userId } })).toBe(audits);
  });
});
