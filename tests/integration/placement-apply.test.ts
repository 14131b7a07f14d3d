// What a committee decision does to a person: the apply hook places an approved candidate (history
// with TMT and SK, current post and unit, audit) exactly once, refuses an approval beyond the seats,
// and a correction away from APPROVED puts the person back; the candidate sees their own candidacy
// and nobody else's. The full flow runs through the committee's own mutations.
import { beforeAll, describe, expect, it } from "vitest";
import { castVote, declareConflict } from "../../lib/committee/vote-mutations";
import { closeCase, correctDecision, decideCandidate } from "../../lib/committee/decision-mutations";
import { assertPlacementApprovable, applyPlacementDecisions } from "../../lib/placements/apply-mutations";
import { getPlacementSk } from "../../lib/placements/letter-queries";
import { listOwnPlacementCandidacies } from "../../lib/placements/own-queries";
import { openSelection, sendSelection } from "../../lib/placements/selection-mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { candidate, nextTmt, standardPosition } from "./placement-fixtures";
import { actor, asSessionUser, auditCount, seed } from "./support/context";

const SK = /^800\.1\.3\.3\/\d+\/BKD\/\d{4}$/;

let hr: SessionUser;
let chair: SessionUser;
let member: SessionUser;
let staff: SessionUser;
let unit: number;

// Both are assessed on the position's own (new) competency, so they outscore anyone other files left
// in the pool and are certain to be on the shortlist.
async function setUp(formation = 1) {
  const position = await standardPosition({ unitId: unit, minRankCode: "IV/a", minEducation: "S2", formation, levels: [2] });
  const first = await candidate({ unitId: unit, rankCode: "IV/a", educationLevel: "S2", predikat: "SANGAT_BAIK", potential: 90, levels: [2], jp: 20 }, position.competencyIds);
  const second = await candidate({ unitId: unit, rankCode: "IV/a", educationLevel: "S2", predikat: "BAIK", potential: 70, levels: [2], jp: 5 }, position.competencyIds);
  const selectionId = await openSelection(hr, { positionId: position.id, tmt: nextTmt() });
  const { version } = await seed.placementSelection.findUniqueOrThrow({ where: { id: selectionId }, select: { version: true } });
  await sendSelection(hr, selectionId, { chairId: chair.employeeId, version });
  const rows = await seed.placementCandidate.findMany({ where: { selectionId, employeeId: { in: [first.id, second.id] } }, select: { id: true, employeeId: true, version: true } });
  const of = (person: FactoryEmployee) => rows.find((row) => row.employeeId === person.id)!;
  return { position, selectionId, first, second, firstCandidate: of(first), secondCandidate: of(second) };
}

const employeeOf = (id: number) => seed.employee.findUniqueOrThrow({ where: { id }, select: { positionId: true, unitId: true, positionTmt: true } });
const histories = (employeeId: number) => seed.positionHistory.findMany({ where: { employeeId }, select: { positionId: true, tmt: true, skNumber: true }, orderBy: [{ tmt: "asc" }, { id: "asc" }] });

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  chair = await actor(["PEGAWAI", "TIM_PENILAI"]);
  member = await actor(["PEGAWAI", "TIM_PENILAI"]);
  staff = await actor(["PEGAWAI"]);
  unit = (await createUnit(seed)).id;
}, 60_000);

describe("the apply hook", () => {
  it("places the approved candidate once, with TMT, SK and audit; refuses a second approval for one seat", async () => {
    const s = await setUp();
    const before = await employeeOf(s.first.id);
    await seed.placementCandidate.update({ where: { id: s.firstCandidate.id }, data: { decision: "APPROVED", decisionReason: "Nilai tertinggi." } });
    await expect(db.$transaction((tx) => assertPlacementApprovable(tx, s.secondCandidate.id))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/formasi jabatan ini \(1\)/) });
    await seed.placementSelection.update({ where: { id: s.selectionId }, data: { status: "CLOSED" } });
    await db.$transaction((tx) => applyPlacementDecisions(tx, s.selectionId, chair));
    const selection = await seed.placementSelection.findUniqueOrThrow({ where: { id: s.selectionId }, select: { tmt: true } });
    expect(await employeeOf(s.first.id)).toMatchObject({ positionId: s.position.id, unitId: unit, positionTmt: selection.tmt });
    const rows = await histories(s.first.id);
    expect(rows.at(-1)).toMatchObject({ positionId: s.position.id, tmt: selection.tmt, skNumber: expect.stringMatching(SK) });
    const placed = await seed.placementCandidate.findUniqueOrThrow({ where: { id: s.firstCandidate.id }, select: { skNumber: true, skDate: true } });
    expect(placed.skNumber).toBe(rows.at(-1)!.skNumber);
    expect(await auditCount({ entityType: "PlacementCandidate", entityId: String(s.firstCandidate.id), action: "placement.applied" })).toBe(1);
    // A second run (a later correction of someone else) does not place them twice.
    await db.$transaction((tx) => applyPlacementDecisions(tx, s.selectionId, chair));
    expect(await histories(s.first.id)).toHaveLength(rows.length);
    expect(before.positionId).not.toBe(s.position.id);

    // A correction away from APPROVED puts them back in the post they held, from the same TMT.
    await seed.placementCandidate.update({ where: { id: s.firstCandidate.id }, data: { decision: "REJECTED" } });
    await db.$transaction((tx) => applyPlacementDecisions(tx, s.selectionId, chair, [s.firstCandidate.id]));
    expect(await employeeOf(s.first.id)).toMatchObject({ positionId: before.positionId, unitId: before.unitId });
    const after = await histories(s.first.id);
    expect(after).toHaveLength(rows.length + 1);
    expect(after.at(-1)).toMatchObject({ positionId: before.positionId, tmt: selection.tmt, skNumber: expect.stringMatching(SK) });
    expect(after.at(-1)!.skNumber).not.toBe(placed.skNumber);
    expect(await seed.placementCandidate.findUniqueOrThrow({ where: { id: s.firstCandidate.id }, select: { skNumber: true } })).toEqual({ skNumber: null });
    expect(await auditCount({ entityType: "PlacementCandidate", entityId: String(s.firstCandidate.id), action: "placement.reverted" })).toBe(1);
  });
});

describe("the whole flow through the committee", () => {
  it("send → conflict and votes → decide → close moves the approved person; a correction moves them back", async () => {
    const s = await setUp();
    const firstRef = { kind: "placement" as const, id: s.firstCandidate.id };
    const secondRef = { kind: "placement" as const, id: s.secondCandidate.id };
    await declareConflict(member, secondRef, { reason: "Saudara kandung." });
    await expect(castVote(member, secondRef, { kind: "RECOMMEND", reason: "Kinerja sangat baik." })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await castVote(member, firstRef, { kind: "RECOMMEND", reason: "Skor merit tertinggi dan kinerja sangat baik." });
    await expect(decideCandidate(member, firstRef, { decision: "APPROVED", reason: "Skor merit tertinggi.", version: s.firstCandidate.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await decideCandidate(chair, firstRef, { decision: "APPROVED", reason: "Skor merit tertinggi.", version: s.firstCandidate.version });
    // The pool also holds people other test files left in the database: the chair decides every one.
    for (const other of await seed.placementCandidate.findMany({ where: { selectionId: s.selectionId, id: { not: s.firstCandidate.id } }, select: { id: true, version: true } })) {
      await decideCandidate(chair, { kind: "placement", id: other.id }, { decision: "REJECTED", reason: "Kompetensi belum memenuhi standar.", version: other.version });
    }
    const person = asSessionUser(s.first, ["PEGAWAI"]);
    expect(await getPlacementSk(person, s.firstCandidate.id)).toBeNull();
    await closeCase(chair, { kind: "placement", id: s.selectionId });
    expect(await employeeOf(s.first.id)).toMatchObject({ positionId: s.position.id });
    expect((await employeeOf(s.second.id)).positionId).not.toBe(s.position.id);

    // The SK: a PDF for the person and HR; nothing for anyone else or for the rejected candidate.
    for (const user of [person, hr]) {
      const sk = await getPlacementSk(user, s.firstCandidate.id);
      expect(sk).toMatchObject({ mimeType: "application/pdf", filename: expect.stringMatching(/^SK-Jabatan-\d{18}-/) });
      expect(Buffer.from(sk!.data.subarray(0, 5)).toString()).toBe("%PDF-");
    }
    expect(await getPlacementSk(staff, s.firstCandidate.id)).toBeNull();
    expect(await getPlacementSk(chair, s.firstCandidate.id)).toBeNull();
    expect(await getPlacementSk(asSessionUser(s.second, ["PEGAWAI"]), s.secondCandidate.id)).toBeNull();

    const own = await listOwnPlacementCandidacies(person, s.first.id);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ decision: "APPROVED", decisionReason: "Skor merit tertinggi.", skAvailable: true, selection: { status: "CLOSED" } });
    expect(own[0]!.components).toHaveLength(6);
    expect(await listOwnPlacementCandidacies(staff, s.first.id)).toEqual([]);

    const { version } = await seed.placementCandidate.findUniqueOrThrow({ where: { id: s.firstCandidate.id }, select: { version: true } });
    await correctDecision(chair, firstRef, { decision: "REJECTED", reason: "Ditemukan hukuman disiplin yang belum tercatat.", version });
    expect((await employeeOf(s.first.id)).positionId).not.toBe(s.position.id);
    expect(await getPlacementSk(person, s.firstCandidate.id)).toBeNull();
  });
});
