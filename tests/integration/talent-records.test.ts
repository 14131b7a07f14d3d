// Potential scores and succession lists against a real PostgreSQL: HR records and deletes scores
// (validated beside the field, audited), adds successors to key positions only from the talent pool
// (boxes 7–9) and removes them; the committee reads but cannot write; staff and supervisors get
// FORBIDDEN on every write; every refused write leaves no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { today } from "../../lib/clock";
import { dateOnly } from "../../lib/domain/dates";
import type { Predikat } from "../../lib/domain/predikat";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { addPotentialScore, deletePotentialScore } from "../../lib/talent/potential-mutations";
import { getPotentialRecords } from "../../lib/talent/potential-queries";
import { ZAddPotential, ZAddSuccessor, type TAddSuccessor } from "../../lib/talent/schemas";
import { addSuccessor, removeSuccessor } from "../../lib/talent/succession-mutations";
import { findKeyPositions, getSuccession } from "../../lib/talent/succession-queries";
import { updatePosition } from "../../lib/positions/mutations";
import { ZUpdatePosition } from "../../lib/positions/schemas";
import { createEmployee, createPosition, createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { actor, auditCount, seed } from "./support/context";

let hr: SessionUser;
let committee: SessionUser;
let staff: SessionUser;
let boss: SessionUser;
// Whatever newer year other files release results for, everyone's latest predikat counts.
const year = 2025;
let unit: number;
let keyPosition: number;
let plainPosition: number;
let holder: FactoryEmployee;
const people: Record<string, FactoryEmployee> = {};

async function person(key: string, predikat: Predikat | null, score: number | null) {
  const employee = await createEmployee(seed, { unitId: unit });
  people[key] = employee;
  if (predikat) await seed.annualPerformance.create({ data: { employeeId: employee.id, year, predikat, unitId: unit } });
  if (score !== null) await seed.potentialAssessment.create({ data: { employeeId: employee.id, score, assessedOn: dateOnly(2025, 3, 1), source: "Assessment Center BKD" } });
}

const successor = (key: string, overrides: Partial<TAddSuccessor> = {}): TAddSuccessor => ({ nip: people[key]!.nip, readiness: "READY_NOW", note: null, ...overrides });
const potentialTraces = async (employeeId: number) => ({
  rows: await seed.potentialAssessment.count({ where: { employeeId } }),
  audits: await auditCount({ entityType: "PotentialAssessment" }),
});
const successionTraces = async () => ({
  rows: await seed.successionCandidate.count({ where: { positionId: keyPosition } }),
  audits: await auditCount({ entityType: "SuccessionCandidate" }),
});

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  committee = await actor(["PEGAWAI", "TIM_PENILAI"]);
  boss = await actor(["PEGAWAI", "ATASAN"]);
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId });
  unit = (await createUnit(seed)).id;
  keyPosition = (await createPosition(seed, { unitId: unit, type: "ADMINISTRATOR" })).id;
  plainPosition = (await createPosition(seed, { unitId: unit, type: "PENGAWAS" })).id;
  await seed.position.update({ where: { id: keyPosition }, data: { isKey: true } });
  holder = await createEmployee(seed, { positionId: keyPosition });
  await seed.annualPerformance.create({ data: { employeeId: holder.id, year, predikat: "SANGAT_BAIK", unitId: unit } });
  await seed.potentialAssessment.create({ data: { employeeId: holder.id, score: 90, assessedOn: dateOnly(2025, 1, 1), source: "Assessment Center BKD" } });
  await person("nine", "SANGAT_BAIK", 88);
  await person("eight", "BAIK", 80);
  await person("seven", "SANGAT_BAIK", 60);
  await person("five", "BAIK", 79.99);
  await person("noScore", "SANGAT_BAIK", null);
  await person("noPredikat", null, 95);
}, 60_000);

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("potential scores", () => {
  it("validates the form beside each field: a comma decimal is fine, more than 100, three decimals, a future date or no source are not", () => {
    expect(ZAddPotential.parse({ score: "72,5", assessedOn: "2025-02-03", source: " Assessment Center BKD " })).toEqual({ score: 72.5, assessedOn: dateOnly(2025, 2, 3), source: "Assessment Center BKD" });
    expect(ZAddPotential.parse({ score: "100", assessedOn: "2025-02-03", source: "X" }).score).toBe(100);
    const errors = (input: Record<string, string>) => Object.keys(z.flattenError(ZAddPotential.safeParse(input).error!).fieldErrors).sort();
    expect(errors({ score: "100.01", assessedOn: "2999-01-01", source: "" })).toEqual(["assessedOn", "score", "source"]);
    expect(errors({ score: "72.555", assessedOn: "2025-02-30", source: "X" })).toEqual(["assessedOn", "score"]);
    expect(errors({ score: "abc", assessedOn: "", source: "X" })).toEqual(["assessedOn", "score"]);
    expect(errors({ score: "-1", assessedOn: "2025-01-01", source: "X" })).toEqual(["score"]);
  });

  it("records a score with an audit row; the latest moves the person's box; deleting falls back to the one before", async () => {
    const subject = people.five!;
    expect((await getPotentialRecords(hr, subject.id))!.current).toMatchObject({ predikatYear: year, box: 5, score: 79.99 });
    const id = await addPotentialScore(hr, subject.id, { score: 80, assessedOn: today(), source: "Assessment Center BKD" });
    expect(await auditCount({ entityType: "PotentialAssessment", entityId: String(id), action: "talent.potential_add" })).toBe(1);
    const records = (await getPotentialRecords(committee, subject.id))!;
    expect(records.scores.map((s) => s.score)).toEqual([80, 79.99]);
    expect(records.current).toMatchObject({ box: 8, score: 80, predikat: "BAIK" });
    await deletePotentialScore(hr, subject.id, id);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "PotentialAssessment", entityId: String(id), action: "talent.potential_delete" } });
    expect(audit.before).toMatchObject({ employeeId: subject.id, score: 80, source: "Assessment Center BKD" });
    expect((await getPotentialRecords(hr, subject.id))!.current.box).toBe(5);
    await expect(deletePotentialScore(hr, subject.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses the committee, staff and supervisors (FORBIDDEN), an unknown person and another person's score (NOT_FOUND), leaving nothing", async () => {
    const subject = people.nine!;
    const scoreId = (await seed.potentialAssessment.findFirstOrThrow({ where: { employeeId: subject.id }, select: { id: true } })).id;
    const before = await potentialTraces(subject.id);
    const input = { score: 70, assessedOn: dateOnly(2025, 5, 1), source: "Assessment Center BKD" };
    for (const user of [committee, staff, boss]) {
      await expect(addPotentialScore(user, subject.id, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deletePotentialScore(user, subject.id, scoreId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(addPotentialScore(hr, 999_999_999, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deletePotentialScore(hr, people.eight!.id, scoreId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await potentialTraces(subject.id)).toEqual(before);
    expect(await seed.potentialAssessment.count({ where: { employeeId: 999_999_999 } })).toBe(0);
  });
});

describe("succession lists", () => {
  it("reads the NIP with spaces removed and refuses a malformed one or an unknown readiness", () => {
    expect(ZAddSuccessor.parse({ nip: "19800101 200501 1 001", readiness: "READY_1_2_YEARS", note: "" })).toEqual({ nip: "198001012005011001", readiness: "READY_1_2_YEARS", note: null });
    const bad = ZAddSuccessor.safeParse({ nip: "12345", readiness: "SOON", note: "" });
    expect(Object.keys(z.flattenError(bad.error!).fieldErrors).sort()).toEqual(["nip", "readiness"]);
  });

  it("adds people from boxes 7–9 with an audit row and shows their box, predikat, potential and gap", async () => {
    const nine = await addSuccessor(hr, keyPosition, successor("nine", { note: "Siap memimpin bidang" }));
    await addSuccessor(hr, keyPosition, successor("seven", { readiness: "READY_1_2_YEARS" }));
    await addSuccessor(hr, keyPosition, successor("eight"));
    expect(await auditCount({ entityType: "SuccessionCandidate", entityId: String(nine), action: "talent.successor_add" })).toBe(1);
    const view = (await getSuccession(committee, keyPosition))!;
    expect(view.year).toBeGreaterThanOrEqual(year);
    // Ready now first, then in the order they were added.
    expect(view.successors.map((s) => [s.employee.id, s.readiness, s.info.box])).toEqual([
      [people.nine!.id, "READY_NOW", 9],
      [people.eight!.id, "READY_NOW", 8],
      [people.seven!.id, "READY_1_2_YEARS", 7],
    ]);
    const first = view.successors[0]!;
    expect(first).toMatchObject({ note: "Siap memimpin bidang", info: { predikat: "SANGAT_BAIK", predikatYear: year, score: 88 } });
    // The gap covers the position's whole standard (nobody here has been assessed: every competency is short).
    expect(first.gap.competencies).toHaveLength(view.competencies.length);
    expect(first.gap.competencies.every((c) => c.actual === null && c.gap === c.required)).toBe(true);
    const keys = await findKeyPositions(committee, { unitId: unit, page: 1 });
    expect(keys.rows.map((r) => [r.id, r._count.successors, r.holders[0]?.id])).toEqual([[keyPosition, 3, holder.id]]);
  });

  it("refuses anyone outside boxes 7–9, the holder, an unknown NIP and a second listing beside the NIP, leaving nothing", async () => {
    const before = await successionTraces();
    const refusals: [TAddSuccessor, RegExp][] = [
      [successor("five"), /kotak 5/],
      [successor("noScore"), /skor potensi/],
      [successor("noPredikat"), /predikat kinerja/],
      [{ nip: holder.nip, readiness: "READY_NOW", note: null }, /memangku/],
      [{ nip: "199901012020011999", readiness: "READY_NOW", note: null }, /Tidak ada pegawai/],
      [successor("nine"), /sudah ada/],
    ];
    for (const [input, message] of refusals) {
      await expect(addSuccessor(hr, keyPosition, input)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { nip: [expect.stringMatching(message)] } });
    }
    expect(await successionTraces()).toEqual(before);
  });

  it("finds nothing for a position that is not key, and refuses the committee, staff and supervisors", async () => {
    const before = await successionTraces();
    await expect(addSuccessor(hr, plainPosition, successor("eight"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getSuccession(hr, plainPosition)).toBeNull();
    const listed = (await seed.successionCandidate.findFirstOrThrow({ where: { positionId: keyPosition }, select: { id: true } })).id;
    for (const user of [committee, staff, boss]) {
      await expect(addSuccessor(user, keyPosition, successor("eight"))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(removeSuccessor(user, keyPosition, listed)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const user of [staff, boss]) expect(await getSuccession(user, keyPosition)).toBeNull();
    // A successor id under another position's id is not found.
    await expect(removeSuccessor(hr, plainPosition, listed)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await successionTraces()).toEqual(before);
    expect(await seed.successionCandidate.count({ where: { positionId: plainPosition } })).toBe(0);
  });

  it("removes a successor with an audit row of what it said; a second removal finds nothing", async () => {
    const row = await seed.successionCandidate.findFirstOrThrow({ where: { positionId: keyPosition, employeeId: people.seven!.id }, select: { id: true } });
    await removeSuccessor(hr, keyPosition, row.id);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "SuccessionCandidate", entityId: String(row.id), action: "talent.successor_remove" } });
    expect(audit.before).toMatchObject({ employeeId: people.seven!.id, readiness: "READY_1_2_YEARS", positionId: keyPosition });
    await expect(removeSuccessor(hr, keyPosition, row.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getSuccession(hr, keyPosition))!.successors).toHaveLength(2);
  });
});

describe("marking a key position", () => {
  it("reads the checkbox on the position form, stores it with the audit row, and keeps it when a caller leaves it out", async () => {
    const base = { name: "Kepala Bidang Uji Kunci", type: "ADMINISTRATOR", grade: "11", unitId: String(unit), formation: "1", active: "on", version: "1" };
    expect(ZUpdatePosition.parse({ ...base, isKey: "on" }).isKey).toBe(true);
    expect(ZUpdatePosition.parse(base).isKey).toBe(false);
    const row = await seed.position.findUniqueOrThrow({ where: { id: plainPosition }, select: { version: true, minRankId: true, minEducation: true } });
    const input = { ...ZUpdatePosition.parse({ ...base, isKey: "on", version: String(row.version) }), minRankId: row.minRankId, minEducation: row.minEducation };
    await updatePosition(hr, plainPosition, input);
    expect((await seed.position.findUniqueOrThrow({ where: { id: plainPosition }, select: { isKey: true } })).isKey).toBe(true);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "Position", entityId: String(plainPosition), action: "position.update" }, orderBy: { id: "desc" } });
    expect([(audit.before as { isKey: boolean }).isKey, (audit.after as { isKey: boolean }).isKey]).toEqual([false, true]);
    const { isKey: _isKey, ...withoutKey } = input;
    await updatePosition(hr, plainPosition, { ...withoutKey, version: row.version + 1 });
    expect((await seed.position.findUniqueOrThrow({ where: { id: plainPosition }, select: { isKey: true } })).isKey).toBe(true);
    expect((await findKeyPositions(hr, { unitId: unit, page: 1 })).rows.map((r) => r.id).sort()).toEqual([keyPosition, plainPosition].sort());
  });
});
