// The 9-box against a real PostgreSQL: the grid's counts equal a hand count over a small seeded set
// (people without a potential score or without any predikat up to the year included; a person's
// latest predikat up to the year counts, so a released result of a newer year moves only its owner), a unit includes
// its sub-units, the people of a box and the talent pool page in SQL and filter by position type,
// and only HR and the committee read any of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Predikat } from "../../lib/domain/predikat";
import { dateOnly } from "../../lib/domain/dates";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { findBoxPeople } from "../../lib/talent/box-people-queries";
import { latestBoxes, performanceYears } from "../../lib/talent/box-queries";
import { getNineBoxGrid } from "../../lib/talent/grid-queries";
import { findTalentPeople, getPotentialRecords } from "../../lib/talent/potential-queries";
import { findKeyPositions, getSuccession } from "../../lib/talent/succession-queries";
import { createEmployee, createUnit } from "../../prisma/seed/factories";
import { actor, seed } from "./support/context";

const YEAR = 2025;
let hr: SessionUser;
let committee: SessionUser;
let staff: SessionUser;
let boss: SessionUser;
let unitA: number;
let unitA1: number;
let unitB: number;
let unitC: number;
let unitD: number;
const ids: Record<string, number> = {};

async function person(key: string, unitId: number, facts: { predikat?: Predikat; year?: number; scores?: [number, Date][] } = {}, type?: "FUNGSIONAL") {
  const employee = await createEmployee(seed, { unitId, type, functionalLevel: type ? "AHLI_MUDA" : undefined });
  ids[key] = employee.id;
  if (facts.predikat) await seed.annualPerformance.create({ data: { employeeId: employee.id, year: facts.year ?? YEAR, predikat: facts.predikat, unitId } });
  for (const [score, assessedOn] of facts.scores ?? []) await seed.potentialAssessment.create({ data: { employeeId: employee.id, score, assessedOn, source: "Assessment Center BKD" } });
  return employee.id;
}

const on = (y: number) => dateOnly(y, 6, 1);

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  committee = await actor(["PEGAWAI", "TIM_PENILAI"]);
  boss = await actor(["PEGAWAI", "ATASAN"]);
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId });
  unitA = (await createUnit(seed)).id;
  unitA1 = (await createUnit(seed, { parentId: unitA })).id;
  unitB = (await createUnit(seed)).id;
  unitC = (await createUnit(seed)).id;
  unitD = (await createUnit(seed)).id;
  // The older 40 no longer counts: the latest score (85) does.
  await person("p1", unitA, { predikat: "SANGAT_BAIK", scores: [[40, on(2023)], [85, on(2025)]] });
  await person("pf", unitA, { predikat: "SANGAT_BAIK", scores: [[95, on(2024)]] }, "FUNGSIONAL");
  await person("p2", unitA, { predikat: "SANGAT_BAIK", scores: [[60, on(2024)]] });
  await person("p3", unitA1, { predikat: "BAIK", scores: [[80, on(2024)]] });
  await person("p4", unitA1, { predikat: "BAIK", scores: [[59.99, on(2024)]] });
  await person("p5", unitA, { predikat: "KURANG", scores: [[79.99, on(2024)]] });
  await person("p6", unitA, { predikat: "BAIK" });
  await person("p7", unitA, { scores: [[90, on(2024)]] });
  await person("p8", unitA);
  await person("p10", unitA, { predikat: "SANGAT_BAIK", year: 2024, scores: [[90, on(2024)]] });
  await person("q1", unitB, { predikat: "SANGAT_BAIK", scores: [[90, on(2024)]] });
  // Baik in 2025, Sangat Baik in 2026 (released early): box 8 as of 2025, box 9 as of 2026.
  await person("p11", unitD, { predikat: "BAIK", scores: [[85, on(2025)]] });
  await seed.annualPerformance.create({ data: { employeeId: ids.p11!, year: 2026, predikat: "SANGAT_BAIK", unitId: unitD } });
  for (let i = 0; i < 26; i += 1) await person(`c${i}`, unitC, { predikat: "BAIK", scores: [[70, on(2024)]] });
}, 120_000);

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("the grid", () => {
  it("counts a unit with its sub-units exactly as by hand, with those missing a score or a predikat", async () => {
    const grid = await getNineBoxGrid(hr, { year: YEAR, unitId: unitA });
    expect(grid.cells).toEqual({ 1: 0, 2: 1, 3: 1, 4: 0, 5: 0, 6: 0, 7: 1, 8: 1, 9: 3 });
    // p1 pf p2 p3 p4 p5 placed, and p10 by their 2024 predikat; p6 lacks a score; p7 lacks a
    // predikat; p8 lacks both.
    expect(grid).toMatchObject({ total: 10, placed: 7, noPotential: 2, noPredikat: 2 });
  });

  it("counts a sub-unit alone, and other units apart", async () => {
    expect((await getNineBoxGrid(committee, { year: YEAR, unitId: unitA1 })).cells).toMatchObject({ 8: 1, 2: 1, 9: 0 });
    const b = await getNineBoxGrid(hr, { year: YEAR, unitId: unitB });
    expect(b).toMatchObject({ total: 1, placed: 1, cells: { 9: 1 } });
    // As of 2024: only p10 has a predikat by then.
    expect(await getNineBoxGrid(hr, { year: 2024, unitId: unitA })).toMatchObject({ placed: 1, noPredikat: 9, cells: { 9: 1 } });
  });

  it("as of a newer year keeps everyone's latest predikat: one released 2026 result moves only its owner", async () => {
    expect((await getNineBoxGrid(hr, { year: YEAR, unitId: unitD })).cells).toMatchObject({ 8: 1, 9: 0 });
    expect((await getNineBoxGrid(hr, { year: 2026, unitId: unitD })).cells).toMatchObject({ 8: 0, 9: 1 });
    // Nobody in unit A has a 2026 result: as of 2026 the grid is the 2025 one, not empty.
    const [asOf2025, asOf2026] = await Promise.all([getNineBoxGrid(hr, { year: YEAR, unitId: unitA }), getNineBoxGrid(hr, { year: 2026, unitId: unitA })]);
    expect(asOf2026.cells).toEqual(asOf2025.cells);
    const boxes = await latestBoxes(db, [ids.p11!, ids.p1!], 2026);
    expect(boxes.get(ids.p11!)).toMatchObject({ predikat: "SANGAT_BAIK", predikatYear: 2026, box: 9 });
    expect(boxes.get(ids.p1!)).toMatchObject({ predikat: "SANGAT_BAIK", predikatYear: 2025, box: 9 });
    const pool = await findBoxPeople(hr, { year: 2026, boxes: [7, 8, 9], unitId: unitA, type: null, page: 1 });
    expect(pool.total).toBe(5);
    expect(pool.rows.find((r) => r.id === ids.p10)).toMatchObject({ predikat: "SANGAT_BAIK", predikatYear: 2024, box: 9 });
  });

  it("covers the whole agency without a unit, and lists the years with predikats newest first", async () => {
    const all = await getNineBoxGrid(hr, { year: YEAR, unitId: null });
    expect(all.cells[9]).toBeGreaterThanOrEqual(3);
    expect(all.total).toBeGreaterThanOrEqual(37);
    const years = await performanceYears(db);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years).toEqual(expect.arrayContaining([2024, 2025]));
  });
});

describe("the people of a box and the talent pool", () => {
  it("lists a box's people with their predikat and score, filtered by unit and position type", async () => {
    const nine = await findBoxPeople(hr, { year: YEAR, boxes: [9], unitId: unitA, type: null, page: 1 });
    expect(nine.total).toBe(3);
    expect(nine.rows.map((r) => r.id).sort()).toEqual([ids.p1, ids.pf, ids.p10].sort());
    expect(nine.rows.find((r) => r.id === ids.p1)).toMatchObject({ predikat: "SANGAT_BAIK", predikatYear: 2025, score: 85, box: 9, positionType: "PELAKSANA" });
    const functional = await findBoxPeople(hr, { year: YEAR, boxes: [9], unitId: unitA, type: "FUNGSIONAL", page: 1 });
    expect(functional.rows.map((r) => r.id)).toEqual([ids.pf]);
    expect((await findBoxPeople(hr, { year: YEAR, boxes: [8], unitId: unitA, type: null, page: 1 })).rows.map((r) => r.id)).toEqual([ids.p3]);
  });

  it("pages 25 at a time in name order", async () => {
    const first = await findBoxPeople(hr, { year: YEAR, boxes: [5], unitId: unitC, type: null, page: 1 });
    const second = await findBoxPeople(hr, { year: YEAR, boxes: [5], unitId: unitC, type: null, page: 2 });
    expect([first.total, first.rows.length, second.rows.length]).toEqual([26, 25, 1]);
    const names = [...first.rows, ...second.rows].map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(26);
    // Past the last page: no rows, and still the count (the pagination offers the way back).
    expect(await findBoxPeople(hr, { year: YEAR, boxes: [5], unitId: unitC, type: null, page: 3 })).toMatchObject({ rows: [], total: 26 });
  });

  it("orders the talent pool by box, then score", async () => {
    const pool = await findBoxPeople(committee, { year: YEAR, boxes: [7, 8, 9], unitId: unitA, type: null, page: 1 });
    expect(pool.rows.map((r) => [r.id, r.box])).toEqual([
      [ids.pf, 9],
      [ids.p10, 9],
      [ids.p1, 9],
      [ids.p3, 8],
      [ids.p2, 7],
    ]);
  });

  it("gives other features each person's box in one call", async () => {
    const boxes = await latestBoxes(db, [ids.p1!, ids.p6!, ids.p4!, 999_999_999], YEAR);
    expect(boxes.get(ids.p1!)).toMatchObject({ predikat: "SANGAT_BAIK", score: 85, box: 9 });
    expect(boxes.get(ids.p4!)).toMatchObject({ predikat: "BAIK", score: 59.99, box: 2 });
    expect(boxes.get(ids.p6!)).toMatchObject({ predikat: "BAIK", predikatYear: 2025, score: null, box: null });
    expect(boxes.get(999_999_999)).toMatchObject({ box: null });
  });

  it("finds people by unit with their latest score, or only those never assessed", async () => {
    const people = await findTalentPeople(hr, { unit: unitA, page: 1 });
    expect(people.total).toBe(10);
    expect(people.rows.find((r) => r.id === ids.p1)?.latest?.score).toBe(85);
    const missing = await findTalentPeople(committee, { unit: unitA, missing: "potential", page: 1 });
    expect(missing.rows.map((r) => r.id).sort()).toEqual([ids.p6, ids.p8].sort());
  });
});

describe("who may read", () => {
  it("refuses staff and supervisors every talent read; the committee reads", async () => {
    for (const user of [staff, boss]) {
      await expect(getNineBoxGrid(user, { year: YEAR, unitId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findBoxPeople(user, { year: YEAR, boxes: [9], unitId: null, type: null, page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findTalentPeople(user, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findKeyPositions(user, { unitId: null, page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      // Even their own record is not theirs to see here.
      expect(await getPotentialRecords(user, user.employeeId)).toBeNull();
      expect(await getPotentialRecords(user, ids.p1!)).toBeNull();
    }
    expect((await getPotentialRecords(committee, ids.p1!))?.scores.map((s) => s.score)).toEqual([85, 40]);
    expect(await getPotentialRecords(hr, 999_999_999)).toBeNull();
    const position = await seed.employee.findUniqueOrThrow({ where: { id: ids.p8! }, select: { positionId: true } });
    expect(await getSuccession(committee, position.positionId)).toBeNull();
  });
});
