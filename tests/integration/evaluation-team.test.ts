// "Tim Saya", the bulk view, the evaluation page's scope and the distribution warning's counts,
// read against a real PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { today } from "../../lib/clock";
import { getBulkView } from "../../lib/evaluations/bulk-queries";
import { getDistributionContexts, getRatingDistribution } from "../../lib/evaluations/distribution-queries";
import { getEvaluationView } from "../../lib/evaluations/evaluation-queries";
import { getReportsWithoutSkp, getTeamOverview } from "../../lib/evaluations/queries";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, seed } from "./support/context";

const YEAR = today().getUTCFullYear() - 1;
const utc = (m: number, d: number) => new Date(Date.UTC(YEAR, m - 1, d));
let rater: SessionUser;
let unitId: number;
let subUnitId: number;
let ani: FactoryEmployee;
let budi: FactoryEmployee;
let citra: FactoryEmployee;
let aniSkp: number;
let budiFirst: { id: number; unitId: number; employeeId: number };
let budiSecond: number;

beforeAll(async () => {
  // Period slugs and deadlines below assume the default settings; another file may have changed them.
  await seed.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  unitId = (await createUnit(seed)).id;
  subUnitId = (await createUnit(seed, { parentId: unitId })).id;
  const raterPerson = await createEmployee(seed, { unitId, roles: ["PEGAWAI", "ATASAN"] });
  rater = asSessionUser(raterPerson, ["PEGAWAI", "ATASAN"]);
  ani = await createEmployee(seed, { unitId, supervisorId: raterPerson.id, name: "Ani Lestari" });
  budi = await createEmployee(seed, { unitId, supervisorId: raterPerson.id, name: "Budi Santoso" });
  citra = await createEmployee(seed, { unitId, supervisorId: raterPerson.id, name: "Citra Dewi" });
  const dodi = await createEmployee(seed, { unitId: subUnitId, supervisorId: raterPerson.id, name: "Dodi Pratama" });

  aniSkp = (await createAppraisal(seed, { employeeId: ani.id, year: YEAR })).id;
  await createEvaluation(seed, { appraisalId: aniSkp, periodNo: 1, status: "RATED" });
  await createEvaluation(seed, { appraisalId: aniSkp, periodNo: 2, status: "SELF_ASSESSED" });
  await createEvaluation(seed, { appraisalId: aniSkp, kind: "ANNUAL", status: "RATED", workRating: "DI_ATAS", behaviourRating: "DI_ATAS" });
  // A mid-year split: two SKPs, both rows in "Tim Saya"; only the later one counts for the year.
  budiFirst = await createAppraisal(seed, { employeeId: budi.id, year: YEAR, status: "CLOSED", periodEnd: utc(6, 30) });
  budiSecond = (await createAppraisal(seed, { employeeId: budi.id, year: YEAR, periodStart: utc(7, 1) })).id;
  await createEvaluation(seed, { appraisalId: budiFirst.id, kind: "ANNUAL", status: "RATED", workRating: "DI_ATAS", behaviourRating: "DI_ATAS" });
  await createEvaluation(seed, { appraisalId: budiSecond, kind: "ANNUAL", status: "RATED" });
  await createAppraisal(seed, { employeeId: citra.id, year: YEAR, status: "DRAFT" });
  const dodiSkp = await createAppraisal(seed, { employeeId: dodi.id, year: YEAR });
  await createEvaluation(seed, { appraisalId: dodiSkp.id, kind: "ANNUAL", status: "RATED", workRating: "DI_BAWAH", behaviourRating: "DI_BAWAH" });
  await seed.unitYearResult.create({ data: { unitId, year: YEAR, result: "ISTIMEWA" } });
  await seed.unitYearResult.create({ data: { unitId: subUnitId, year: YEAR, result: "BAIK" } });
});

describe("getTeamOverview", () => {
  it("lists one row per SKP with a status cell per period and overdue marks", async () => {
    const overview = await getTeamOverview(rater, YEAR, 1);
    expect(overview?.rows.map((r) => r.employee.name)).toEqual(["Ani Lestari", "Budi Santoso", "Budi Santoso", "Citra Dewi", "Dodi Pratama"]);
    const cells = Object.fromEntries(overview!.rows[0]!.cells.map((c) => [c.slug, c]));
    expect(cells.q1).toMatchObject({ status: "RATED", predikat: "BAIK", overdue: false });
    expect(cells.q2).toMatchObject({ status: "SELF_ASSESSED", overdue: true });
    expect(cells.q3).toMatchObject({ status: "OPEN", overdue: true });
    expect(cells.annual).toMatchObject({ status: "RATED", predikat: "SANGAT_BAIK" });
    const budiClosed = overview!.rows[1]!;
    expect(budiClosed.cells.filter((c) => c.inRange).map((c) => c.slug)).toEqual(["q1", "q2", "annual"]);
    expect(budiClosed.cells.every((c) => !c.overdue)).toBe(true);
    expect(overview!.rows[3]).toMatchObject({ status: "DRAFT", planOverdue: true });
  });

  it("filters by status and shows nothing to others", async () => {
    expect((await getTeamOverview(rater, YEAR, 1, "SELF_ASSESSED"))?.rows.map((r) => r.employee.name)).toEqual(["Ani Lestari"]);
    expect((await getTeamOverview(rater, YEAR, 1, "DRAFT"))?.rows.map((r) => r.employee.name)).toEqual(["Citra Dewi"]);
    expect((await getTeamOverview(await actor(["PEGAWAI", "ATASAN"]), YEAR, 1))?.total).toBe(0);
    expect(await getTeamOverview(asSessionUser(ani, ["PEGAWAI"]), YEAR, 1)).toBeNull();
  });
});

describe("getReportsWithoutSkp", () => {
  it("lists direct reports with no SKP of the year, and only for the year asked", async () => {
    const eko = await createEmployee(seed, { unitId, supervisorId: rater.employeeId, name: "Eko Saputra" });
    expect((await getReportsWithoutSkp(rater, YEAR)).people.map((p) => p.id)).toEqual([eko.id]);
    expect((await getReportsWithoutSkp(rater, YEAR)).total).toBe(1);
    // The year before, none of the five direct reports had an SKP yet.
    expect((await getReportsWithoutSkp(rater, YEAR - 1)).total).toBe(5);
  });
});

describe("getBulkView", () => {
  it("holds the SKPs that cover the period, each with its form state or why it cannot be rated", async () => {
    const view = await getBulkView(rater, YEAR, "q3", 1);
    expect(view?.rows.map((r) => r.employee.name)).toEqual(["Ani Lestari", "Budi Santoso", "Citra Dewi", "Dodi Pratama"]);
    expect(view?.rows.find((r) => r.employee.name === "Citra Dewi")?.refusal).toBe("PLAN_NOT_AGREED");
    expect(view?.rows[0]).toMatchObject({ refusal: null, version: 0, distribution: undefined });
    const q2 = await getBulkView(rater, YEAR, "q2", 1);
    expect(q2?.rows[0]).toMatchObject({ status: "SELF_ASSESSED", version: 1, excerpt: expect.stringContaining("target") });
    expect(await getBulkView(rater, YEAR, "m5", 1)).toBeNull();
  });
});

describe("getEvaluationView", () => {
  it("is scoped: outsiders find nothing, HR reads without actions, odd periods do not exist", async () => {
    expect(await getEvaluationView(await actor(["PEGAWAI", "ATASAN"]), aniSkp, "q1")).toBeNull();
    expect(await getEvaluationView(asSessionUser(budi, ["PEGAWAI"]), aniSkp, "q1")).toBeNull();
    const hrView = await getEvaluationView(await actor(["PEGAWAI", "ADMIN_BKD"]), aniSkp, "q1");
    expect(hrView?.viewer).toMatchObject({ isHr: true, isRater: false, isEmployee: false });
    expect(hrView?.actions).toEqual({ selfAssess: null, rate: null, acknowledge: null, appeal: null });
    expect(await getEvaluationView(rater, aniSkp, "q5")).toBeNull();
    expect(await getEvaluationView(rater, budiFirst.id, "q3")).toBeNull();
    expect((await getEvaluationView(rater, aniSkp, "q3"))?.actions.rate).toEqual({ ok: true });
  });
});

describe("distribution warning", () => {
  it("counts the governed units' latest SKPs only, and skips a superseded SKP", async () => {
    const context = (await getDistributionContexts([unitId], YEAR)).get(unitId);
    expect(context?.unit).toMatchObject({ id: unitId, result: "ISTIMEWA" });
    expect(context?.counts).toEqual({ SANGAT_BAIK: 1, BAIK: 1, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
    expect(context?.rules.every((r) => r.orgResult === "ISTIMEWA")).toBe(true);
    expect((await getDistributionContexts([subUnitId], YEAR)).get(subUnitId)?.counts.SANGAT_KURANG).toBe(1);
    expect(await getRatingDistribution({ ...budiFirst, periodEnd: utc(6, 30), year: YEAR }, "SANGAT_BAIK")).toBeNull();
    expect(await getRatingDistribution({ unitId, employeeId: ani.id, periodEnd: utc(12, 31), year: YEAR }, "SANGAT_BAIK")).toMatchObject({ remove: "SANGAT_BAIK", context: { unit: { id: unitId } } });
    expect((await getDistributionContexts([unitId], YEAR - 5)).size).toBe(0);
  });
});
