// Placement selections against a real PostgreSQL: only HR opens, only for a vacant position; the
// pool (holders and people far below the requirements left out) ranked by the merit score with every
// component; weights changed only with a reason and summing to 100; stale forms and steps after the
// ranking is frozen refused; refused writes leave no row and no audit row; the committee's view
// shows nothing of a DRAFT and nothing to staff.
import { beforeAll, describe, expect, it } from "vitest";
import { getCommitteeSelection, getSelection, listSelections } from "../../lib/placements/queries";
import { addCandidate, rerankSelection, updateWeights } from "../../lib/placements/ranking-mutations";
import { ZAddCandidate, ZOpenSelection, ZWeights, type TWeights } from "../../lib/placements/schemas";
import { openSelection, sendSelection } from "../../lib/placements/selection-mutations";
import { toIsoDate } from "../../lib/domain/dates";
import type { SessionUser } from "../../lib/server/session";
import { createEmployee, createPosition, createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { candidate, nextTmt, standardPosition } from "./placement-fixtures";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let staff: SessionUser;
let chair: SessionUser;
let unit: number;
let position: { id: number; competencyIds: number[] };
let filled: number;
const people: Record<string, FactoryEmployee> = {};
let selectionId = 0;

const weights = (values: Partial<Record<string, string>>, reason = "Jabatan ini menuntut kinerja yang terbukti tinggi."): TWeights =>
  ZWeights.parse({ rank: "15", education: "10", competency: "30", performance: "25", talent: "10", training: "10", reason, version: "1", ...values });
const version = async () => (await seed.placementSelection.findUniqueOrThrow({ where: { id: selectionId }, select: { version: true } })).version;
const traces = async () => ({ audits: await auditCount({ entityType: "PlacementSelection", entityId: String(selectionId) }), version: await version() });

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  staff = await actor(["PEGAWAI"]);
  chair = await actor(["PEGAWAI", "TIM_PENILAI"]);
  unit = (await createUnit(seed)).id;
  position = await standardPosition({ unitId: unit, minRankCode: "IV/a", minEducation: "S2", formation: 2 });
  const ids = position.competencyIds;
  people.holder = await candidate({ unitId: unit, positionId: position.id, rankCode: "IV/a", educationLevel: "S2", predikat: "SANGAT_BAIK", potential: 95, levels: [3, 4], jp: 30 }, ids);
  people.strong = await candidate({ unitId: unit, rankCode: "IV/a", educationLevel: "S2", predikat: "SANGAT_BAIK", potential: 90, levels: [3, 4], jp: 20 }, ids);
  // Fully competent: people other files and earlier runs left in the database were never assessed on
  // this run's competencies, so they score at most 70 and cannot push the middle one off the shortlist.
  people.middle = await candidate({ unitId: unit, rankCode: "III/d", educationLevel: "S2", predikat: "BAIK", potential: 70, levels: [3, 4], jp: 10 }, ids);
  people.farBelow = await candidate({ unitId: unit, rankCode: "III/c", educationLevel: "S2", predikat: "SANGAT_BAIK", potential: 90, levels: [3, 4], jp: 20 }, ids);
  people.lowEducation = await candidate({ unitId: unit, rankCode: "III/d", educationLevel: "S1", predikat: "SANGAT_BAIK", potential: 90, levels: [3, 4], jp: 20 }, ids);
  filled = (await createPosition(seed, { unitId: unit, type: "PENGAWAS", formation: 1 })).id;
  await createEmployee(seed, { positionId: filled });
}, 120_000);

describe("opening a selection", () => {
  it("refuses anyone but HR, writing nothing", async () => {
    for (const user of [staff, chair]) {
      await expect(openSelection(user, { positionId: position.id, tmt: nextTmt() })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await seed.placementSelection.count({ where: { positionId: position.id } })).toBe(0);
  });

  it("refuses a position without a vacancy beside the position field, writing nothing", async () => {
    const before = await auditCount({ action: "placement.open" });
    await expect(openSelection(hr, { positionId: filled, tmt: nextTmt() })).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { positionId: [expect.stringMatching(/tidak lowong: formasi 1, sudah diisi 1/)] } });
    expect(await seed.placementSelection.count({ where: { positionId: filled } })).toBe(0);
    expect(await auditCount({ action: "placement.open" })).toBe(before);
  });

  it("asks for a TMT on the 1st of a month, not in the past", () => {
    const tmt = nextTmt();
    const second = new Date(tmt.getTime() + 86_400_000);
    expect(ZOpenSelection.safeParse({ positionId: String(position.id), tmt: toIsoDate(second) }).error?.issues[0]?.message).toMatch(/tanggal 1/);
    expect(ZOpenSelection.safeParse({ positionId: String(position.id), tmt: "2020-01-01" }).error?.issues[0]?.message).toMatch(/sebelum hari ini/);
  });

  it("ranks the pool by score: holders and people far below the requirements left out", async () => {
    selectionId = await openSelection(hr, { positionId: position.id, tmt: nextTmt() });
    const view = (await getSelection(hr, selectionId))!;
    expect(view).toMatchObject({ status: "DRAFT", vacancy: 1, weights: { rank: 15, education: 10, competency: 30, performance: 25, talent: 10, training: 10 } });
    const ids = view.candidates.map((c) => c.employee.id);
    expect(ids).toContain(people.strong!.id);
    expect(ids).toContain(people.middle!.id);
    for (const key of ["holder", "farBelow", "lowEducation"]) expect(ids).not.toContain(people[key]!.id);
    expect(view.candidates.map((c) => c.rankOrder)).toEqual(view.candidates.map((_, i) => i + 1));
    const scores = view.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const strong = view.candidates.find((c) => c.employee.id === people.strong!.id)!;
    expect(strong).toMatchObject({ rankOrder: 1, score: 100 });
    const middle = view.candidates.find((c) => c.employee.id === people.middle!.id)!;
    const parts = Object.fromEntries(middle.components.map((c) => [c.key, c]));
    expect(Object.keys(parts)).toEqual(["rank", "education", "competency", "performance", "talent", "training"]);
    expect(parts.rank).toMatchObject({ value: 0.5, weight: 15, points: 7.5, detail: expect.stringMatching(/satu tingkat di bawah/) });
    // Box 5: Baik, potensial menengah.
    expect(parts.competency).toMatchObject({ value: 1, points: 30, detail: expect.stringMatching(/^Kesesuaian rata-rata 100% terhadap 2 kompetensi/) });
    expect(parts.talent).toMatchObject({ value: 0.5556, detail: expect.stringMatching(/Kotak 9-box 5/) });
    // JP: the factory's own training history may add hours to the 10 written here.
    expect(parts.training!.value).toBeGreaterThanOrEqual(0.5);
    expect(middle.score).toBe(Math.round(middle.components.reduce((sum, c) => sum + c.points, 0) * 100) / 100);
    expect(await auditCount({ entityType: "PlacementSelection", entityId: String(selectionId), action: "placement.open" })).toBe(1);
  });

  it("refuses a second selection for the same position while one is open", async () => {
    await expect(openSelection(hr, { positionId: position.id, tmt: nextTmt() })).rejects.toMatchObject({ fieldErrors: { positionId: [expect.stringMatching(/Sudah ada seleksi/)] } });
    expect(await seed.placementSelection.count({ where: { positionId: position.id } })).toBe(1);
  });
});

describe("weights", () => {
  it("shows a sum other than 100 beside the weights, and the mutation refuses it too, writing nothing", async () => {
    const parsed = ZWeights.safeParse({ rank: "20", education: "10", competency: "30", performance: "25", talent: "10", training: "10", reason: "Alasan yang cukup panjang untuk dicatat.", version: "1" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === "total")?.message).toMatch(/tepat 100 \(sekarang 105\)/);
    const before = await traces();
    const bad = { ...weights({}), rank: 20, version: before.version };
    await expect(updateWeights(hr, selectionId, bad)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { total: [expect.any(String)] } });
    expect(await traces()).toEqual(before);
  });

  it("requires a reason of at least 20 characters", () => {
    for (const reason of ["", "terlalu pendek"]) {
      const parsed = ZWeights.safeParse({ rank: "15", education: "10", competency: "30", performance: "25", talent: "10", training: "10", reason, version: "1" });
      expect(parsed.error?.issues.find((i) => i.path[0] === "reason")?.message).toMatch(/minimal 20 karakter/);
    }
  });

  it("re-ranks with new weights and audits the reason with before and after", async () => {
    const v = await version();
    await updateWeights(hr, selectionId, weights({ rank: "0", education: "0", competency: "50", performance: "50", talent: "0", training: "0", version: String(v) }));
    const view = (await getSelection(hr, selectionId))!;
    expect(view.weights).toEqual({ rank: 0, education: 0, competency: 50, performance: 50, talent: 0, training: 0 });
    expect(view.weightsReason).toBe("Jabatan ini menuntut kinerja yang terbukti tinggi.");
    // 1 × 50 + 0.75 × 50.
    expect(view.candidates.find((c) => c.employee.id === people.middle!.id)?.score).toBe(87.5);
    const log = await seed.auditLog.findFirstOrThrow({ where: { entityType: "PlacementSelection", entityId: String(selectionId), action: "placement.weights" } });
    expect(log).toMatchObject({ actorId: hr.userId, before: { weights: { performance: 25 } }, after: { weights: { performance: 50 }, reason: "Jabatan ini menuntut kinerja yang terbukti tinggi." } });
  });

  it("refuses a stale form with CONFLICT, writing nothing", async () => {
    const before = await traces();
    await expect(updateWeights(hr, selectionId, weights({ version: String(before.version - 1) }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(rerankSelection(hr, selectionId, { version: before.version - 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await traces()).toEqual(before);
  });
});

describe("adding a person by hand", () => {
  const add = (nip: string, v: number) => ZAddCandidate.parse({ nip, justification: "Berprestasi luar biasa dalam tugas lintas unit.", version: String(v) });

  it("adds someone outside the pool with the justification, scored the same way", async () => {
    await addCandidate(hr, selectionId, add(people.farBelow!.nip, await version()));
    const row = (await getSelection(hr, selectionId))!.candidates.find((c) => c.employee.id === people.farBelow!.id)!;
    expect(row).toMatchObject({ addedManually: true, justification: "Berprestasi luar biasa dalam tugas lintas unit.", score: 100 });
    expect(row.components.find((c) => c.key === "rank")?.detail).toMatch(/lebih dari satu tingkat di bawah/);
  });

  it("refuses a holder, someone already listed and an unknown NIP beside the NIP field", async () => {
    const v = await version();
    for (const [nip, message] of [
      [people.holder!.nip, /sudah memegang jabatan/],
      [people.strong!.nip, /sudah ada dalam daftar/],
      ["199001012020121999", /Tidak ada pegawai/],
    ] as const) {
      await expect(addCandidate(hr, selectionId, add(nip, v))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { nip: [expect.stringMatching(message)] } });
    }
    expect(await version()).toBe(v);
  });

  it("keeps hand-picked people through a re-rank", async () => {
    await rerankSelection(hr, selectionId, { version: await version() });
    const view = (await getSelection(hr, selectionId))!;
    expect(view.candidates.some((c) => c.employee.id === people.farBelow!.id && c.addedManually)).toBe(true);
  });
});

describe("sending to the committee", () => {
  it("keeps a DRAFT from the committee and everything from staff", async () => {
    expect(await getCommitteeSelection(chair, selectionId)).toBeNull();
    expect(await getSelection(staff, selectionId)).toBeNull();
    expect(await getSelection(chair, selectionId)).toBeNull();
    await expect(listSelections(staff, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a chair who is not on the committee, writing nothing", async () => {
    const before = await traces();
    await expect(sendSelection(hr, selectionId, { chairId: staff.employeeId, version: before.version })).rejects.toMatchObject({ fieldErrors: { chairId: [expect.stringMatching(/Tim Penilai/)] } });
    expect(await traces()).toEqual(before);
  });

  it("freezes the ranking: weights, re-ranking and adding are refused afterwards", async () => {
    await sendSelection(hr, selectionId, { chairId: chair.employeeId, version: await version() });
    const v = await version();
    const frozen = await seed.placementCandidate.findMany({ where: { selectionId }, select: { id: true, score: true, rankOrder: true }, orderBy: { id: "asc" } });
    const before = await traces();
    await expect(updateWeights(hr, selectionId, weights({ version: String(v) }))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/dibekukan/) });
    await expect(rerankSelection(hr, selectionId, { version: v })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addCandidate(hr, selectionId, ZAddCandidate.parse({ nip: people.lowEducation!.nip, justification: "Berprestasi luar biasa dalam tugas lintas unit.", version: String(v) }))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(sendSelection(hr, selectionId, { chairId: chair.employeeId, version: v })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await traces()).toEqual(before);
    expect(await seed.placementCandidate.findMany({ where: { selectionId }, select: { id: true, score: true, rankOrder: true }, orderBy: { id: "asc" } })).toEqual(frozen);
  });

  it("shows the sent selection to the committee, not to staff", async () => {
    const view = await getCommitteeSelection(chair, selectionId);
    expect(view).toMatchObject({ status: "IN_REVIEW", chair: { id: chair.employeeId } });
    expect(await getCommitteeSelection(staff, selectionId)).toBeNull();
    const list = await listSelections(hr, { status: "IN_REVIEW", page: 1 });
    expect(list.rows.some((row) => row.id === selectionId)).toBe(true);
  });
});
