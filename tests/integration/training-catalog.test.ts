// The training catalog against a real PostgreSQL: HR creates, edits, publishes and deletes trainings
// (type from kind, versioned, audited); staff see published ones only and can filter to what they
// may join; every refusal leaves no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { createTraining, deleteTraining, setTrainingPublished, updateTraining } from "../../lib/trainings/catalog-mutations";
import { findTrainings, getTrainingDetail } from "../../lib/trainings/catalog-queries";
import { ZCatalogFilters, ZTraining, type TTraining } from "../../lib/trainings/catalog-schemas";
import { createUnit } from "../../prisma/seed/factories";
import { days, footprint, registration, training } from "./training-fixtures";
import { actor, auditCount, RUN, seed } from "./support/context";

let hr: SessionUser;
let staff: SessionUser;
let competencyIds: number[];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const form = (overrides: Record<string, string | string[]> = {}) => ({
  title: `Analisis Jabatan ${RUN}`,
  kind: "E_LEARNING",
  provider: "LAN RI",
  mode: "DARING",
  location: "",
  description: "",
  startDate: iso(days(40)),
  endDate: iso(days(41)),
  registrationDeadline: iso(days(35)),
  hours: "12,5",
  quota: "30",
  competencyIds: competencyIds.map(String),
  positionTypes: ["PELAKSANA", "FUNGSIONAL"],
  minRankId: "",
  unitId: "",
  ...overrides,
});
const input = (overrides: Record<string, string | string[]> = {}): TTraining => ZTraining.parse(form(overrides));
const filters = (raw: Record<string, string> = {}) => ZCatalogFilters.parse(raw);

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI"], { type: "PELAKSANA" });
  competencyIds = (await seed.competency.findMany({ where: { code: { in: ["MNJ.KERJA_SAMA", "TKS.MANAJEMEN_ASN"] } }, select: { id: true } })).map((c) => c.id);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the catalog form", () => {
  it("reads JP with a comma, ticked boxes as lists, and refuses bad dates and ranges beside their fields", () => {
    expect(input()).toMatchObject({ hours: 12.5, quota: 30, positionTypes: ["PELAKSANA", "FUNGSIONAL"], minRankId: null, unitId: null });
    const bad = ZTraining.safeParse(form({ hours: "0,25", quota: "10001", kind: "LAIN", positionTypes: "PRESIDEN" }));
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["hours", "kind", "positionTypes", "quota"]);
    const dates = ZTraining.safeParse(form({ endDate: iso(days(39)), registrationDeadline: iso(days(45)) }));
    expect(Object.keys(dates.error!.flatten().fieldErrors).sort()).toEqual(["endDate", "registrationDeadline"]);
  });
});

describe("catalog mutations (HR)", () => {
  it("creates a draft whose type follows the kind, with its competencies, and audits it", async () => {
    const id = await createTraining(hr, input());
    const row = await seed.training.findUniqueOrThrow({ where: { id }, include: { competencies: true } });
    expect(row).toMatchObject({ type: "NON_KLASIKAL", kind: "E_LEARNING", published: false, seatsTaken: 0, quota: 30 });
    expect(Number(row.hours)).toBe(12.5);
    expect(row.competencies.map((c) => c.competencyId).sort()).toEqual([...competencyIds].sort());
    expect(await auditCount({ action: "training.create", entityId: String(id) })).toBe(1);
  });

  it("is refused to staff, and an unknown unit or competency is refused beside its field with nothing written", async () => {
    const before = await auditCount();
    const count = await seed.training.count();
    await expect(createTraining(staff, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createTraining(hr, input({ unitId: "999999999", competencyIds: ["999999999"] }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { unitId: [expect.any(String)], competencyIds: [expect.any(String)] },
    });
    expect(await seed.training.count()).toBe(count);
    expect(await auditCount()).toBe(before);
  });

  it("edits with the version the form showed: a stale version is a CONFLICT and changes nothing", async () => {
    const id = await createTraining(hr, input());
    await updateTraining(hr, id, { ...input({ kind: "TEKNIS", title: `Diubah ${RUN}`, competencyIds: [] }), version: 1 });
    const row = await seed.training.findUniqueOrThrow({ where: { id }, include: { competencies: true } });
    expect(row).toMatchObject({ title: `Diubah ${RUN}`, type: "KLASIKAL", version: 2, competencies: [] });
    const audits = await auditCount();
    await expect(updateTraining(hr, id, { ...input({ title: "Kalah" }), version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await seed.training.findUniqueOrThrow({ where: { id } })).title).toBe(`Diubah ${RUN}`);
    expect(await auditCount()).toBe(audits);
  });

  it("never lets the quota drop below the seats taken, nor JP change once someone completed", async () => {
    const t = await training({ quota: 5 });
    for (let i = 0; i < 3; i += 1) await registration(t.id, (await actor(["PEGAWAI"])).employeeId);
    const before = await footprint(t.id);
    await expect(updateTraining(hr, t.id, { ...input({ quota: "2" }), version: t.version })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { quota: [expect.stringContaining("3")] } });
    expect(await footprint(t.id)).toEqual(before);
    await registration(t.id, (await actor(["PEGAWAI"])).employeeId, "COMPLETED");
    await expect(updateTraining(hr, t.id, { ...input({ quota: "5", hours: "10" }), version: t.version })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { hours: [expect.any(String)] } });
  });

  it("publishes and unpublishes once each; asking for the state it is already in is refused", async () => {
    const id = await createTraining(hr, input());
    await setTrainingPublished(hr, id, 1, true);
    await expect(setTrainingPublished(hr, id, 2, true)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah terbit") });
    await expect(setTrainingPublished(hr, id, 1, false)).rejects.toMatchObject({ code: "CONFLICT" });
    await setTrainingPublished(hr, id, 2, false);
    expect(await seed.training.findUniqueOrThrow({ where: { id }, select: { published: true, version: true } })).toEqual({ published: false, version: 3 });
    expect(await auditCount({ entityType: "Training", entityId: String(id) })).toBe(3);
  });

  it("deletes only a training nobody registered for, and only at the version shown", async () => {
    const free = await createTraining(hr, input());
    await expect(deleteTraining(hr, free, 7)).rejects.toMatchObject({ code: "CONFLICT" });
    await deleteTraining(hr, free, 1);
    expect(await seed.training.count({ where: { id: free } })).toBe(0);
    expect(await auditCount({ action: "training.delete", entityId: String(free) })).toBe(1);
    const used = await training();
    await registration(used.id, staff.employeeId, "CANCELLED");
    await expect(deleteTraining(hr, used.id, used.version)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("pendaftaran") });
    await expect(deleteTraining(staff, used.id, used.version)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await seed.training.count({ where: { id: used.id } })).toBe(1);
  });
});

describe("catalog queries", () => {
  it("shows staff published upcoming trainings only; HR also drafts; past ones on request", async () => {
    const title = `Katalog ${RUN}`;
    const open = await training({ title: `${title} terbuka` });
    const draft = await training({ title: `${title} draf`, published: false });
    const past = await training({ title: `${title} lewat`, startDate: days(-10) });
    const ids = async (user: SessionUser, raw: Record<string, string> = {}) => (await findTrainings(user, filters({ q: title, ...raw }))).rows.map((r) => r.id).sort();
    expect(await ids(staff)).toEqual([open.id]);
    expect(await ids(hr)).toEqual([open.id, draft.id].sort());
    expect(await ids(staff, { when: "past" })).toEqual([past.id]);
    expect(await getTrainingDetail(staff, draft.id)).toBeNull();
    expect((await getTrainingDetail(hr, draft.id))?.id).toBe(draft.id);
    await expect(findTrainings({ ...staff, roles: ["TIM_PENILAI"] }, filters())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("'hanya yang bisa saya ikuti' applies position type, pangkat minimum, unit subtree and deadline in SQL, as the detail page explains", async () => {
    const title = `Syarat ${RUN}`;
    const parent = await createUnit(seed);
    const child = await createUnit(seed, { parentId: parent.id });
    const person = await actor(["PEGAWAI"], { unitId: child.id, type: "PELAKSANA", rankCode: "II/c" });
    const make = (suffix: string, extra: Parameters<typeof training>[0]) => training({ title: `${title} ${suffix}`, ...extra });
    const fits = [await make("semua", {}), await make("pelaksana", { positionTypes: ["PELAKSANA"] }), await make("subunit", { unitId: parent.id }), await make("pangkat", { minRankId: 7 })];
    const misses = [await make("pengawas", { positionTypes: ["PENGAWAS"] }), await make("unit lain", { unitId: (await createUnit(seed)).id }), await make("pangkat tinggi", { minRankId: 9 }), await make("tutup", { registrationDeadline: days(-1) })];
    const rows = (await findTrainings(person, filters({ q: title, eligible: "1" }))).rows.map((r) => r.id).sort();
    expect(rows).toEqual(fits.map((t) => t.id).sort());
    const problems = await Promise.all(misses.map(async (t) => (await getTrainingDetail(person, t.id))?.problems));
    expect(problems).toEqual([["POSITION_TYPE"], ["UNIT"], ["MIN_RANK"], ["DEADLINE_PASSED"]]);
    const pppk = await actor(["PEGAWAI"], { unitId: child.id, type: "PELAKSANA", status: "PPPK" });
    expect((await getTrainingDetail(pppk, fits[3]!.id))?.problems).toEqual(["MIN_RANK"]);
  });
});
