// Positions against a real PostgreSQL: the jenjang rule, the competency standard replaced as a set,
// optimistic locking, the delete guard (holders, history), the list filters and the picker's query.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actor, RUN, seed } from "./support/context";
import { createEmployee } from "../../prisma/seed/factories";
import { createOrgUnit } from "../../lib/org-units/mutations";
import { createPosition, deletePosition, updatePosition } from "../../lib/positions/mutations";
import { findPositions, getPositionDetail, listActivePositionsForUnit } from "../../lib/positions/queries";
import { ZCreatePosition, ZPositionFilters, type TCreatePosition } from "../../lib/positions/schemas";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";

let admin: SessionUser;
let staff: SessionUser;
let unitA: number;
let unitA1: number;
let unitB: number;
let comp: { lead: number; team: number; tech: number };


function input(overrides: Partial<TCreatePosition> = {}): TCreatePosition {
  return {
    name: `Analis ${RUN}`,
    type: "PELAKSANA",
    functionalLevel: null,
    grade: 7,
    unitId: unitA,
    minRankId: 9,
    minEducation: "S1",
    formation: 3,
    active: true,
    competencies: [],
    ...overrides,
  };
}

const standardOf = async (positionId: number) =>
  db.positionCompetency.findMany({ where: { positionId }, select: { competencyId: true, requiredLevel: true }, orderBy: { competencyId: "asc" } });
const auditCount = (id: number) => db.auditLog.count({ where: { entityType: "Position", entityId: String(id) } });

beforeAll(async () => {
  admin = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI"]);
  unitA = await createOrgUnit(admin, { code: `PS${RUN}.A`, name: `Dinas ${RUN}`, parentId: null });
  unitA1 = await createOrgUnit(admin, { code: `PS${RUN}.A1`, name: `Bidang ${RUN}`, parentId: unitA });
  unitB = await createOrgUnit(admin, { code: `PS${RUN}.B`, name: `Badan ${RUN}`, parentId: null });
  const make = async (suffix: string, kind: "MANAJERIAL" | "SOSIAL_KULTURAL" | "TEKNIS", maxLevel: number) =>
    (await db.competency.create({ data: { code: `PS${RUN}.${suffix}`, name: `Kompetensi ${suffix}`, kind, maxLevel }, select: { id: true } })).id;
  comp = { lead: await make("LEAD", "MANAJERIAL", 5), team: await make("TEAM", "SOSIAL_KULTURAL", 3), tech: await make("TECH", "TEKNIS", 4) };
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the form schema", () => {
  const form = (extra: Record<string, string | string[]>) => ({ name: "Analis", type: "PELAKSANA", grade: "7", unitId: "1", formation: "2", ...extra });

  it("zips repeated competency fields into rows and reads the checkbox", () => {
    const parsed = ZCreatePosition.parse(form({ competencyId: ["3", "5"], requiredLevel: ["2", "4"], active: "on" }));
    expect(parsed).toMatchObject({ active: true, competencies: [{ competencyId: 3, requiredLevel: 2 }, { competencyId: 5, requiredLevel: 4 }] });
    expect(ZCreatePosition.parse(form({ competencyId: "3", requiredLevel: "1" }))).toMatchObject({ active: false, competencies: [{ competencyId: 3, requiredLevel: 1 }] });
    expect(ZCreatePosition.parse(form({})).competencies).toEqual([]);
  });

  it("requires a jenjang for FUNGSIONAL only, and flags a repeated competency on its row", () => {
    const errorsOf = (extra: Record<string, string | string[]>) => {
      const result = ZCreatePosition.safeParse(form(extra));
      return result.success ? {} : result.error.flatten().fieldErrors;
    };
    expect(errorsOf({ type: "FUNGSIONAL" })).toHaveProperty("functionalLevel");
    expect(errorsOf({ type: "FUNGSIONAL", functionalLevel: "AHLI_MUDA" })).toEqual({});
    expect(errorsOf({ functionalLevel: "AHLI_MUDA" })).toHaveProperty("functionalLevel");
    expect(errorsOf({ competencyId: ["3", "3"], requiredLevel: ["1", "2"] })).toEqual({ "competencies.1": [expect.any(String)] });
    expect(errorsOf({ grade: "18", formation: "0" })).toEqual({ grade: [expect.any(String)], formation: [expect.any(String)] });
  });

  it("falls back to no filter for malformed list parameters", () => {
    expect(ZPositionFilters.parse({ unit: "abc", type: "KETUA", active: "maybe", page: "-2" })).toEqual({ page: 1 });
  });
});

describe("creating and editing", () => {
  it("creates a position with its competency standard and audits it", async () => {
    const id = await createPosition(admin, input({ competencies: [{ competencyId: comp.lead, requiredLevel: 3 }, { competencyId: comp.tech, requiredLevel: 2 }] }));
    expect(await standardOf(id)).toEqual([
      { competencyId: comp.lead, requiredLevel: 3 },
      { competencyId: comp.tech, requiredLevel: 2 },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Position", entityId: String(id) } });
    expect(audit).toMatchObject({ action: "position.create", actorId: admin.userId });
  });

  it("enforces the jenjang rule in the mutation too, writing nothing", async () => {
    const before = await db.position.count();
    await expect(createPosition(admin, input({ type: "FUNGSIONAL", functionalLevel: null }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { functionalLevel: [expect.any(String)] } });
    await expect(createPosition(admin, input({ type: "PENGAWAS", functionalLevel: "AHLI_MUDA" }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { functionalLevel: [expect.any(String)] } });
    expect(await db.position.count()).toBe(before);
    const id = await createPosition(admin, input({ type: "FUNGSIONAL", functionalLevel: "AHLI_MUDA", name: `Analis SDM ${RUN}` }));
    expect((await getPositionDetail(id))!.functionalLevel).toBe("AHLI_MUDA");
  });

  it("replaces the whole competency standard on update and bumps the version", async () => {
    const id = await createPosition(admin, input({ competencies: [{ competencyId: comp.lead, requiredLevel: 3 }, { competencyId: comp.team, requiredLevel: 2 }] }));
    const { version } = (await getPositionDetail(id))!;
    await updatePosition(admin, id, { ...input({ name: "Diubah", competencies: [{ competencyId: comp.tech, requiredLevel: 4 }, { competencyId: comp.team, requiredLevel: 3 }] }), version });
    expect(await standardOf(id)).toEqual(
      [
        { competencyId: comp.team, requiredLevel: 3 },
        { competencyId: comp.tech, requiredLevel: 4 },
      ].sort((a, b) => a.competencyId - b.competencyId),
    );
    const after = (await getPositionDetail(id))!;
    expect(after).toMatchObject({ name: "Diubah", version: version + 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Position", entityId: String(id), action: "position.update" } });
    expect((audit.before as { competencies: unknown[] }).competencies).toHaveLength(2);
  });

  it("refuses a duplicate competency, a level above its maximum and an unknown competency, changing nothing", async () => {
    const id = await createPosition(admin, input({ competencies: [{ competencyId: comp.lead, requiredLevel: 2 }] }));
    const { version } = (await getPositionDetail(id))!;
    const audits = await auditCount(id);
    const attempts: [TCreatePosition["competencies"], string][] = [
      [[{ competencyId: comp.tech, requiredLevel: 1 }, { competencyId: comp.tech, requiredLevel: 2 }], "competencies.1"],
      [[{ competencyId: comp.lead, requiredLevel: 1 }, { competencyId: comp.team, requiredLevel: 4 }], "competencies.1"],
      [[{ competencyId: 2_000_000_000, requiredLevel: 1 }], "competencies.0"],
    ];
    for (const [competencies, field] of attempts) {
      await expect(updatePosition(admin, id, { ...input({ name: "Tidak jadi", competencies }), version })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    }
    await expect(createPosition(admin, input({ competencies: attempts[0]![0] }))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await standardOf(id)).toEqual([{ competencyId: comp.lead, requiredLevel: 2 }]);
    expect((await getPositionDetail(id))!).toMatchObject({ name: `Analis ${RUN}`, version });
    expect(await auditCount(id)).toBe(audits);
  });

  it("refuses a stale version with CONFLICT and leaves the position and its standard as they were", async () => {
    const id = await createPosition(admin, input({ competencies: [{ competencyId: comp.lead, requiredLevel: 2 }] }));
    const { version } = (await getPositionDetail(id))!;
    await updatePosition(admin, id, { ...input({ name: "Edit pertama", competencies: [{ competencyId: comp.lead, requiredLevel: 4 }] }), version });
    const audits = await auditCount(id);
    await expect(updatePosition(admin, id, { ...input({ name: "Edit basi", competencies: [] }), version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getPositionDetail(id))!).toMatchObject({ name: "Edit pertama", version: version + 1 });
    expect(await standardOf(id)).toEqual([{ competencyId: comp.lead, requiredLevel: 4 }]);
    expect(await auditCount(id)).toBe(audits);
  });
});

describe("deactivating and deleting", () => {
  it("lets a held position be deactivated (the holder keeps it) but never deleted", async () => {
    const id = await createPosition(admin, input({ name: `Dipangku ${RUN}` }));
    const holder = await createEmployee(seed, { positionId: id });
    const { version } = (await getPositionDetail(id))!;
    await updatePosition(admin, id, { ...input({ name: `Dipangku ${RUN}`, active: false }), version });
    expect((await db.employee.findUniqueOrThrow({ where: { id: holder.id }, select: { positionId: true } })).positionId).toBe(id);
    expect(await listActivePositionsForUnit(unitA)).not.toContainEqual(expect.objectContaining({ id }));

    await expect(deletePosition(admin, id, version + 1)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("1 pegawai") });
    expect(await getPositionDetail(id)).not.toBeNull();
  });

  it("refuses to delete a position that appears in someone's history", async () => {
    const id = await createPosition(admin, input({ name: `Riwayat ${RUN}` }));
    const person = await createEmployee(seed, { unitId: unitB });
    await seed.positionHistory.create({
      data: { employeeId: person.id, positionId: id, positionName: "Lama", unitName: "Lama", tmt: new Date("2015-01-01"), skNumber: "SK/1", skDate: new Date("2014-12-20") },
    });
    const { version } = (await getPositionDetail(id))!;
    await expect(deletePosition(admin, id, version)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("riwayat") });
    expect(await getPositionDetail(id)).not.toBeNull();
  });

  it("deletes an unused position with its standard, and audits what was removed", async () => {
    const id = await createPosition(admin, input({ name: `Hapus ${RUN}`, competencies: [{ competencyId: comp.team, requiredLevel: 1 }] }));
    const { version } = (await getPositionDetail(id))!;
    await expect(deletePosition(admin, id, version + 5)).rejects.toMatchObject({ code: "CONFLICT" });
    await deletePosition(admin, id, version);
    expect(await getPositionDetail(id)).toBeNull();
    expect(await standardOf(id)).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Position", entityId: String(id), action: "position.delete" } });
    expect(audit.before).toMatchObject({ name: `Hapus ${RUN}`, competencies: [{ competencyId: comp.team, requiredLevel: 1 }] });
  });
});

describe("reading", () => {
  it("filters the list by unit including sub-units, type, status and name, with holder counts", async () => {
    const inA = await createPosition(admin, input({ name: `Daftar Kepala ${RUN}`, type: "ADMINISTRATOR", formation: 1 }));
    const inA1 = await createPosition(admin, input({ name: `Daftar Staf ${RUN}`, unitId: unitA1, formation: 2 }));
    const inB = await createPosition(admin, input({ name: `Daftar Lain ${RUN}`, unitId: unitB }));
    const off = await createPosition(admin, input({ name: `Daftar Mati ${RUN}`, unitId: unitA1, active: false }));
    await createEmployee(seed, { positionId: inA1 });
    await createEmployee(seed, { positionId: inA1 });
    const names = async (filters: Record<string, string>) =>
      (await findPositions(ZPositionFilters.parse({ q: `Daftar`, ...filters }))).rows.filter((row) => [inA, inA1, inB, off].includes(row.id)).map((row) => row.name);

    expect(await names({ unit: String(unitA) })).toEqual([`Daftar Kepala ${RUN}`, `Daftar Mati ${RUN}`, `Daftar Staf ${RUN}`]);
    expect(await names({ unit: String(unitA1), active: "yes" })).toEqual([`Daftar Staf ${RUN}`]);
    expect(await names({ unit: String(unitA), type: "ADMINISTRATOR" })).toEqual([`Daftar Kepala ${RUN}`]);
    expect(await names({ q: `daftar lain ${RUN.toLowerCase()}` })).toEqual([`Daftar Lain ${RUN}`]);

    const page = await findPositions(ZPositionFilters.parse({ unit: String(unitA1), q: "Daftar Staf" }));
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({ id: inA1, holders: 2, formation: 2, unit: { id: unitA1 } });
  });

  it("lists only the active positions of exactly one unit, by name, for the picker", async () => {
    const unit = await createOrgUnit(admin, { code: `PS${RUN}.PICK`, name: "Pemilih", parentId: null });
    const child = await createOrgUnit(admin, { code: `PS${RUN}.PICK.1`, name: "Anak pemilih", parentId: unit });
    const b = await createPosition(admin, input({ name: "Bendahara", unitId: unit }));
    const a = await createPosition(admin, input({ name: "Analis", unitId: unit, type: "FUNGSIONAL", functionalLevel: "AHLI_PERTAMA" }));
    await createPosition(admin, input({ name: "Arsiparis nonaktif", unitId: unit, active: false }));
    await createPosition(admin, input({ name: "Di sub-unit", unitId: child }));
    expect(await listActivePositionsForUnit(unit)).toEqual([
      { id: a, name: "Analis", type: "FUNGSIONAL", functionalLevel: "AHLI_PERTAMA" },
      { id: b, name: "Bendahara", type: "PELAKSANA", functionalLevel: null },
    ]);
  });
});

describe("authorization", () => {
  it("gives FORBIDDEN to a user without ADMIN_BKD on every mutation and writes nothing", async () => {
    const id = await createPosition(admin, input({ name: `Terlindung ${RUN}`, competencies: [{ competencyId: comp.lead, requiredLevel: 1 }] }));
    const { version } = (await getPositionDetail(id))!;
    const [positions, audits] = [await db.position.count(), await db.auditLog.count({ where: { actorId: staff.userId } })];
    await expect(createPosition(staff, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updatePosition(staff, id, { ...input({ name: "Dibajak" }), version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deletePosition(staff, id, version)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.position.count()).toBe(positions);
    expect((await getPositionDetail(id))!).toMatchObject({ name: `Terlindung ${RUN}`, version });
    expect(await standardOf(id)).toEqual([{ competencyId: comp.lead, requiredLevel: 1 }]);
    expect(await db.auditLog.count({ where: { actorId: staff.userId } })).toBe(audits);
  });
});
