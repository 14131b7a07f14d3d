// The 20 JP year and "who is behind", and training recommendations, against a real PostgreSQL:
// sums from the JP ledger (nobody with 0 JP missed), the supervisor's chain vs HR's unit subtree,
// per-unit summary, and suggestions with their reasons in plain Indonesian under the read scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordDevelopmentHours } from "../../lib/development/hours";
import { dateOnly } from "../../lib/domain/dates";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { findJpStanding, getJpYear, unitJpSummary } from "../../lib/trainings/development-queries";
import { ZStandingFilters } from "../../lib/trainings/development-schemas";
import { getRecommendations, getRecommendationsFor } from "../../lib/trainings/recommendation-queries";
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createPosition, createUnit } from "../../prisma/seed/factories";
import { registration, TODAY, training } from "./training-fixtures";
import { actor, RUN, seed } from "./support/context";

const YEAR = TODAY.getUTCFullYear();
let sourceId = 1_900_000_000 + Math.floor(Math.random() * 50_000_000);
let parentUnit: number;
let unit: number;
let boss: SessionUser;
let hr: SessionUser;
const people: Record<string, SessionUser> = {};

async function jp(person: SessionUser, hours: number, year = YEAR) {
  sourceId += 1;
  await db.$transaction((tx) => recordDevelopmentHours(tx, { employeeId: person.employeeId, date: dateOnly(year, 3, 1), hours, source: "EXTERNAL", sourceId, type: "KLASIKAL", title: `Uji JP ${RUN}` }));
}
const standing = (user: SessionUser, raw: Record<string, string> = {}) => findJpStanding(user, ZStandingFilters.parse({ year: String(YEAR), ...raw }));

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  parentUnit = (await createUnit(seed)).id;
  unit = (await createUnit(seed, { parentId: parentUnit })).id;
  boss = await actor(["PEGAWAI", "ATASAN"], { unitId: unit, type: "PENGAWAS" });
  for (const name of ["cukup", "kurang", "nol"]) people[name] = await actor(["PEGAWAI"], { unitId: unit, supervisorId: boss.employeeId });
  people.cucu = await actor(["PEGAWAI"], { unitId: unit, supervisorId: people.cukup!.employeeId });
  people.induk = await actor(["PEGAWAI"], { unitId: parentUnit });
  await jp(people.cukup!, 18);
  await jp(people.cukup!, 7);
  await jp(people.kurang!, 5);
  await jp(people.kurang!, 30, YEAR - 1);
  await jp(people.cucu!, 20);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("JP of a year", () => {
  it("sums the person's ledger for the year only, with progress toward 20 JP", async () => {
    const year = await getJpYear(people.kurang!, people.kurang!.employeeId, YEAR);
    expect(year).toMatchObject({ klasikal: 5, nonKlasikal: 0, progress: { hours: 5, required: 20, remaining: 15, met: false } });
    expect(year!.entries).toHaveLength(1);
    expect((await getJpYear(boss, people.cukup!.employeeId, YEAR))!.progress).toMatchObject({ hours: 25, met: true, remaining: 0 });
    expect(await getJpYear(people.kurang!, people.cukup!.employeeId, YEAR)).toBeNull();
    expect(await getJpYear(await actor(["PEGAWAI", "ATASAN"]), people.cukup!.employeeId, YEAR)).toBeNull();
  });
});

describe("who is behind", () => {
  it("lists the supervisor's whole chain, least JP first, counting those under 20 JP (0 JP included)", async () => {
    const result = (await standing(boss))!;
    expect(result.rows.map((r) => [r.id, r.jp])).toEqual([
      [people.nol!.employeeId, 0],
      [people.kurang!.employeeId, 5],
      [people.cucu!.employeeId, 20],
      [people.cukup!.employeeId, 25],
    ]);
    expect(result).toMatchObject({ total: 4, behind: 2 });
  });

  it("gives HR a unit with its sub-units; nobody else gets the list at all", async () => {
    const result = (await standing(hr, { unit: String(parentUnit) }))!;
    expect(result).toMatchObject({ total: 6, behind: 4 });
    expect(result.rows[0]?.jp).toBe(0);
    expect(await standing(people.nol!)).toBeNull();
    // A supervisor's unit filter is ignored: their scope is their chain.
    expect((await standing(boss, { unit: String(parentUnit) }))!.total).toBe(4);
  });

  it("pages in SQL and falls back to the first page past the end", async () => {
    const first = (await standing(hr, { unit: String(parentUnit), page: "1" }))!;
    const beyond = (await standing(hr, { unit: String(parentUnit), page: "50" }))!;
    expect(beyond).toMatchObject({ page: 1, total: first.total });
  });

  it("summarises per unit in one grouped statement: sub-units with their subtree, the unit's own staff apart", async () => {
    const rows = (await unitJpSummary(hr, { unit: parentUnit, year: YEAR }))!;
    const byId = new Map(rows.map((r) => [r.unitId, r]));
    expect(rows).toHaveLength(2);
    expect(byId.get(parentUnit)).toMatchObject({ direct: true, people: 1, behind: 1, averageJp: 0 });
    expect(byId.get(unit)).toMatchObject({ direct: false, people: 5, behind: 3, averageJp: 10 });
    // Without a unit: one row per unit below a root; our parent unit is itself a root here.
    const all = (await unitJpSummary(hr, { year: YEAR }))!;
    expect(all.find((r) => r.unitId === unit)).toMatchObject({ direct: false, people: 5, behind: 3 });
    expect(await unitJpSummary(boss, { unit: parentUnit, year: YEAR })).toBeNull();
  });
});

describe("recommendations", () => {
  let person: SessionUser;
  let ids: Record<string, number>;
  let names: Record<string, string>;

  beforeAll(async () => {
    const make = async (key: string, name: string) => (await seed.competency.create({ data: { code: `TR${RUN}.${key}`, name, kind: "TEKNIS" }, select: { id: true } })).id;
    names = { policy: `Analisis Kebijakan ${RUN}`, planning: `Perencanaan Strategis ${RUN}` };
    ids = { policy: await make("POL", names.policy!), planning: await make("PLAN", names.planning!) };
    ids.teamwork = (await seed.competency.findUniqueOrThrow({ where: { code: "MNJ.KERJA_SAMA" }, select: { id: true } })).id;
    person = await actor(["PEGAWAI"], { unitId: unit, supervisorId: boss.employeeId, type: "PELAKSANA" });
    const own = await seed.employee.findUniqueOrThrow({ where: { id: person.employeeId }, select: { positionId: true } });
    await seed.positionCompetency.deleteMany({ where: { positionId: own.positionId } });
    await seed.positionCompetency.create({ data: { positionId: own.positionId, competencyId: ids.policy!, requiredLevel: 3 } });
    await seed.competencyAssessment.create({ data: { employeeId: person.employeeId, competencyId: ids.policy!, level: 1, assessedOn: dateOnly(YEAR - 1, 5, 1), source: "Assessment center" } });
    await seed.competencyAssessment.create({ data: { employeeId: person.employeeId, competencyId: ids.policy!, level: 2, assessedOn: dateOnly(YEAR, 5, 1), source: "Assessment center" } });
    const target = await createPosition(seed, { unitId: unit, type: "PENGAWAS" });
    await seed.positionCompetency.deleteMany({ where: { positionId: target.id } });
    await seed.positionCompetency.create({ data: { positionId: target.id, competencyId: ids.planning!, requiredLevel: 4 } });
    await seed.careerTarget.create({ data: { employeeId: person.employeeId, positionId: target.id } });
    // Q3 rated with Kolaboratif below expectation; a later annual result, not released yet, must not count.
    const skp = await createAppraisal(seed, { employeeId: person.employeeId, year: YEAR });
    const q3 = await createEvaluation(seed, { appraisalId: skp.id, periodNo: 3, periodStart: dateOnly(YEAR, 7, 1), periodEnd: dateOnly(YEAR, 9, 30), status: "RATED" });
    await seed.behaviourRating.update({ where: { evaluationId_value: { evaluationId: q3.id, value: "KOLABORATIF" } }, data: { rating: "DI_BAWAH" } });
    await createEvaluation(seed, { appraisalId: skp.id, kind: "ANNUAL", status: "RATED", workRating: "DI_BAWAH", behaviourRating: "DI_BAWAH" });
  });

  it("suggests open catalog trainings with every reason in plain Indonesian, most reasons first", async () => {
    const both = await training({ title: `Kerja Sama dan Kebijakan ${RUN}`, competencyIds: [ids.teamwork!, ids.policy!] });
    const targetOnly = await training({ title: `Perencanaan ${RUN}`, competencyIds: [ids.planning!] });
    const notForMe = await training({ competencyIds: [ids.policy!], positionTypes: ["PENGAWAS"] });
    const full = await training({ competencyIds: [ids.policy!], quota: 1 });
    await registration(full.id, boss.employeeId);
    const already = await training({ competencyIds: [ids.policy!] });
    await registration(already.id, person.employeeId, "APPROVED");
    const closed = await training({ competencyIds: [ids.policy!], registrationDeadline: dateOnly(YEAR - 1, 1, 1) });

    const { frequency } = await seed.appraisalSetting.findUniqueOrThrow({ where: { id: 1 }, select: { frequency: true } });
    const period = `${frequency === "MONTHLY" ? "Bulan 3" : "Triwulan 3"} ${YEAR}`;
    const result = (await getRecommendations(person, person.employeeId))!;
    expect(result.evaluation).toBe(period);
    const shown = result.items.map((i) => i.training.id);
    for (const hidden of [notForMe.id, full.id, already.id, closed.id]) expect(shown).not.toContain(hidden);
    expect(shown.indexOf(both.id)).toBeLessThan(shown.indexOf(targetOnly.id));
    expect(result.items.find((i) => i.training.id === both.id)!.reasons.map((r) => r.text)).toEqual([
      `Perilaku Kolaboratif di bawah ekspektasi pada penilaian ${period}`,
      `Kesenjangan kompetensi ${names.policy}: level 2 dari 3 yang disyaratkan jabatan saat ini`,
    ]);
    expect(result.items.find((i) => i.training.id === targetOnly.id)!.reasons.map((r) => r.text)).toEqual([
      `Kompetensi ${names.planning} belum dinilai; jabatan target mensyaratkan level 4`,
    ]);

    const career = (await getRecommendations(person, person.employeeId, "targetGaps"))!;
    expect(career.items.map((i) => i.training.id)).toEqual([targetOnly.id]);
  });

  it("follows the read scope: the supervisor sees the same, a stranger nothing, a team read leaves out the unreachable", async () => {
    const mine = (await getRecommendations(person, person.employeeId))!;
    const theirs = (await getRecommendations(boss, person.employeeId))!;
    expect(theirs.items.map((i) => i.training.id)).toEqual(mine.items.map((i) => i.training.id));
    expect(await getRecommendations(await actor(["PEGAWAI", "ATASAN"]), person.employeeId)).toBeNull();
    expect(await getRecommendations(people.nol!, person.employeeId)).toBeNull();
    const team = await getRecommendationsFor(boss, [person.employeeId, people.nol!.employeeId, people.induk!.employeeId]);
    expect([...team.keys()].sort()).toEqual([person.employeeId, people.nol!.employeeId].sort());
    expect(team.get(people.nol!.employeeId)?.evaluation).toBeNull();
  });
});
