// Competency assessment results against a real PostgreSQL: HR records them (level within the
// competency's own scale, dated after the person turned 18, never in the future), the person, their
// supervisors and HR read them grouped by kind with the latest level first, and anyone else finds
// nothing. Every refused write leaves no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { addYears, dateOnly } from "../../lib/domain/dates";
import { addCompetencyAssessment, deleteCompetencyAssessment } from "../../lib/records/competency-mutations";
import { getCompetencyRecords, getLatestCompetencyLevels } from "../../lib/records/competency-queries";
import { KIND_ORDER } from "../../lib/records/competency-groups";
import { ZAddAssessment, type TAddAssessment } from "../../lib/records/schemas";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, RUN, seed } from "./support/context";

let hr: SessionUser;
let boss: SessionUser;
let staff: SessionUser;
let outsider: SessionUser;
let peer: SessionUser;
let competencyId: number;
let birthDate: Date;
const BORN = dateOnly(1985, 4, 12);

const input = (overrides: Partial<TAddAssessment> = {}): TAddAssessment => ({
  competencyId,
  level: 3,
  assessedOn: dateOnly(2024, 5, 14),
  source: "Assessment Center BKD",
  notes: null,
  ...overrides,
});
const traces = async () => ({
  rows: await seed.competencyAssessment.count({ where: { employeeId: staff.employeeId } }),
  audits: await auditCount({ entityType: "CompetencyAssessment" }),
});

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  boss = await actor(["PEGAWAI", "ATASAN"]);
  // Born in 1985, so results from 2022 on are dated after the 18th birthday (the factory's people vary).
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId, birthDate: BORN });
  outsider = await actor(["PEGAWAI", "ATASAN"]);
  peer = await actor(["PEGAWAI"], { supervisorId: outsider.employeeId });
  competencyId = (await seed.competency.create({ data: { code: `RC${RUN}.ANJAB`, name: `Analisis Jabatan ${RUN}`, kind: "TEKNIS", maxLevel: 4 }, select: { id: true } })).id;
  birthDate = (await seed.employee.findUniqueOrThrow({ where: { id: staff.employeeId }, select: { birthDate: true } })).birthDate;
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the form", () => {
  it("stores the typed source, or the words given for Lainnya, and refuses a future date and a missing other source", () => {
    const base = { competencyId: "7", level: "2", assessedOn: "2025-03-01", notes: "" };
    expect(ZAddAssessment.parse({ ...base, source: "Uji Kompetensi" })).toMatchObject({ competencyId: 7, level: 2, source: "Uji Kompetensi", notes: null });
    expect(ZAddAssessment.parse({ ...base, source: "Lainnya", sourceOther: "Asesor Kementerian" }).source).toBe("Asesor Kementerian");
    const bad = ZAddAssessment.safeParse({ ...base, source: "Lainnya", sourceOther: "", assessedOn: "2999-01-01", level: "6" });
    expect(Object.keys(z.flattenError(bad.error!).fieldErrors).sort()).toEqual(["assessedOn", "level", "sourceOther"]);
  });
});

describe("recording and reading", () => {
  it("records a result with an audit row, and shows the latest level per competency first with the older ones below", async () => {
    const older = await addCompetencyAssessment(hr, staff.employeeId, input({ level: 2, assessedOn: dateOnly(2023, 2, 1) }));
    const newer = await addCompetencyAssessment(hr, staff.employeeId, input({ level: 3, assessedOn: dateOnly(2025, 2, 1), source: "Uji Kompetensi", notes: "Naik satu level" }));
    expect(await auditCount({ entityType: "CompetencyAssessment", entityId: String(newer), action: "records.assessment_add" })).toBe(1);

    const records = (await getCompetencyRecords(hr, staff.employeeId))!;
    const technical = records.groups.find((group) => group.kind === "TEKNIS")!;
    const line = technical.lines.find((l) => l.competency.id === competencyId)!;
    expect(line.latest).toMatchObject({ id: newer, level: 3, source: "Uji Kompetensi", notes: "Naik satu level" });
    expect(line.history.map((entry) => entry.id)).toEqual([older]);
    // Competencies the position's standard requires but nobody assessed are listed as such.
    const standard = await seed.positionCompetency.count({ where: { position: { holders: { some: { id: staff.employeeId } } } } });
    const unassessed = records.groups.flatMap((g) => g.lines).filter((l) => l.latest === null);
    expect(unassessed.length).toBe(standard);
    expect(unassessed.every((l) => l.requiredLevel !== null)).toBe(true);
    const kinds = records.groups.map((g) => g.kind);
    expect(kinds).toEqual(KIND_ORDER.filter((kind) => kinds.includes(kind)));
  });

  it("is read by the person and their supervisor; another supervisor and another employee find nothing", async () => {
    expect((await getCompetencyRecords(staff, staff.employeeId))?.owner.id).toBe(staff.employeeId);
    expect((await getCompetencyRecords(boss, staff.employeeId))?.owner.id).toBe(staff.employeeId);
    expect(await getCompetencyRecords(outsider, staff.employeeId)).toBeNull();
    expect(await getCompetencyRecords(peer, staff.employeeId)).toBeNull();
    expect((await getLatestCompetencyLevels(boss, staff.employeeId))?.get(competencyId)).toBe(3);
    expect(await getLatestCompetencyLevels(outsider, staff.employeeId)).toBeNull();
    expect(await getLatestCompetencyLevels(peer, outsider.employeeId)).toBeNull();
  });
});

describe("refusals leave nothing behind", () => {
  it("refuses a level above the competency's own scale beside the level field", async () => {
    const before = await traces();
    await expect(addCompetencyAssessment(hr, staff.employeeId, input({ level: 5 }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { level: [expect.stringContaining("4")] } });
    expect(await traces()).toEqual(before);
  });

  it("refuses a date before the person turned 18, and accepts that very day", async () => {
    const eighteen = addYears(birthDate, 18);
    const before = await traces();
    await expect(addCompetencyAssessment(hr, staff.employeeId, input({ assessedOn: addDays(eighteen, -1) }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { assessedOn: [expect.any(String)] } });
    expect(await traces()).toEqual(before);
    const id = await addCompetencyAssessment(hr, staff.employeeId, input({ assessedOn: eighteen, level: 1 }));
    await deleteCompetencyAssessment(hr, staff.employeeId, id);
  });

  it("refuses a competency that is not in the dictionary", async () => {
    const before = await traces();
    await expect(addCompetencyAssessment(hr, staff.employeeId, input({ competencyId: 999_999_999 }))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { competencyId: [expect.any(String)] } });
    expect(await traces()).toEqual(before);
  });

  it("gives FORBIDDEN to the person and their supervisor, on adding and on deleting", async () => {
    const id = await addCompetencyAssessment(hr, staff.employeeId, input({ assessedOn: today() }));
    const before = await traces();
    for (const user of [staff, boss]) {
      await expect(addCompetencyAssessment(user, staff.employeeId, input())).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(deleteCompetencyAssessment(user, staff.employeeId, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await traces()).toEqual(before);
  });

  it("finds nothing for an assessment id of another person or an unknown person", async () => {
    const id = await addCompetencyAssessment(hr, staff.employeeId, input());
    const before = await traces();
    await expect(deleteCompetencyAssessment(hr, peer.employeeId, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addCompetencyAssessment(hr, 999_999_999, input())).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await traces()).toEqual(before);
  });
});

describe("deleting", () => {
  it("removes the row with an audit of what it said, the older result becomes the latest, and a second delete finds nothing", async () => {
    const person = await actor(["PEGAWAI"], { birthDate: BORN });
    const first = await addCompetencyAssessment(hr, person.employeeId, input({ level: 1, assessedOn: dateOnly(2022, 1, 10) }));
    const second = await addCompetencyAssessment(hr, person.employeeId, input({ level: 4, assessedOn: dateOnly(2022, 1, 10) }));
    // Same day: the later entry is the latest.
    expect((await getLatestCompetencyLevels(hr, person.employeeId))!.get(competencyId)).toBe(4);
    await deleteCompetencyAssessment(hr, person.employeeId, second);
    expect((await getLatestCompetencyLevels(hr, person.employeeId))!.get(competencyId)).toBe(1);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { entityType: "CompetencyAssessment", entityId: String(second), action: "records.assessment_delete" } });
    expect(audit.before).toMatchObject({ level: 4, employeeId: person.employeeId, competencyId });
    await expect(deleteCompetencyAssessment(hr, person.employeeId, second)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await seed.competencyAssessment.count({ where: { id: first } })).toBe(1);
  });
});
