// Rating an evaluation against a real PostgreSQL: first touch creates the row with the SKP's data
// copied, only the SKP's rater rates (nobody rates themselves), refused ratings leave no row and no
// audit, stale versions lose with CONFLICT (rater vs rater, rater vs HR's release) and the state
// machine refuses out-of-order ratings.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit } from "../../prisma/seed/factories";
import { finalizeUnitResults } from "../../lib/appraisal-admin/finalize-mutations";
import { today } from "../../lib/clock";
import { CORE_VALUES } from "../../lib/domain/appraisal/core-values";
import { rateEvaluation, rateEvaluationBulk } from "../../lib/evaluations/rating-mutations";
import { ZRating, type TRating } from "../../lib/evaluations/schemas";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, auditCount, seed } from "./support/context";

const YEAR = today().getUTCFullYear() - 1;
let unitId: number;
let rater: SessionUser;
let staffId: number;
let hr: SessionUser;

beforeAll(async () => {
  // Period slugs and deadlines below assume the default settings; another file may have changed them.
  await seed.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  unitId = (await createUnit(seed)).id;
  const top = await createEmployee(seed, { unitId, roles: ["PEGAWAI", "ATASAN"] });
  const raterPerson = await createEmployee(seed, { unitId, supervisorId: top.id, roles: ["PEGAWAI", "ATASAN"] });
  rater = asSessionUser(raterPerson, ["PEGAWAI", "ATASAN"]);
  staffId = (await createEmployee(seed, { unitId, supervisorId: raterPerson.id })).id;
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
});

const newStaff = () => createEmployee(seed, { unitId, supervisorId: rater.employeeId });

function ratingFor(resultIds: number[], overrides: Partial<TRating> = {}): TRating {
  return {
    workRating: "SESUAI",
    behaviourRating: "DI_ATAS",
    feedback: null,
    version: 0,
    results: resultIds.map((key) => ({ key, rating: "SESUAI", note: null })),
    values: CORE_VALUES.map(({ value }) => ({ key: value, rating: "SESUAI", note: null })),
    ...overrides,
  };
}

const evaluationOf = (appraisalId: number, periodNo = 1) => seed.evaluation.findFirst({ where: { appraisalId, periodNo }, include: { resultRatings: true, behaviourRatings: true } });

describe("rateEvaluation", () => {
  it("creates the period's row at first touch with the SKP's people, unit, year and period", async () => {
    const skp = await createAppraisal(seed, { employeeId: staffId, year: YEAR });
    await rateEvaluation(rater, skp.id, "q2", ratingFor(skp.resultIds, { results: skp.resultIds.map((key) => ({ key, rating: "DI_ATAS", note: "Melebihi target" })) }));
    const row = await seed.evaluation.findFirstOrThrow({ where: { appraisalId: skp.id }, include: { resultRatings: true, behaviourRatings: true } });
    expect(row).toMatchObject({ employeeId: staffId, raterId: rater.employeeId, unitId: skp.unitId, year: YEAR, kind: "PERIODIC", periodNo: 2, status: "RATED", predikat: "BAIK", version: 1 });
    expect(row.periodStart.toISOString().slice(0, 10)).toBe(`${YEAR}-04-01`);
    expect(row.periodEnd.toISOString().slice(0, 10)).toBe(`${YEAR}-06-30`);
    expect(row.resultRatings.map((r) => r.note)).toEqual(skp.resultIds.map(() => "Melebihi target"));
    expect(row.behaviourRatings).toHaveLength(7);
    expect(await auditCount({ action: "evaluation.rate", entityId: String(row.id) })).toBe(1);
  });

  it("requires feedback when anything is below expectation (beside the field)", () => {
    const input = { workRating: "SESUAI", behaviourRating: "SESUAI", version: "0", result_1: "DI_BAWAH", ...Object.fromEntries(CORE_VALUES.map(({ value }) => [`value_${value}`, "SESUAI"])) };
    const parsed = ZRating.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["feedback"]);
    expect(ZRating.safeParse({ ...input, feedback: "Perbaiki ketepatan waktu laporan." }).success).toBe(true);
  });

  it("refuses a missing RHK rating beside that RHK and writes nothing", async () => {
    const skp = await createAppraisal(seed, { employeeId: (await newStaff()).id, year: YEAR });
    const [first] = skp.resultIds;
    const audits = await auditCount({ action: "evaluation.rate" });
    await expect(rateEvaluation(rater, skp.id, "q1", ratingFor([first!]))).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [`result_${skp.resultIds[1]}`]: [expect.any(String)] } });
    expect(await evaluationOf(skp.id)).toBeNull();
    expect(await auditCount({ action: "evaluation.rate" })).toBe(audits);
  });

  it("rates the annual evaluation of an SKP closed mid-year after agreement (it still counts for the year)", async () => {
    const skp = await createAppraisal(seed, { employeeId: (await newStaff()).id, year: YEAR, status: "CLOSED", periodEnd: new Date(Date.UTC(YEAR, 5, 30)) });
    await rateEvaluation(rater, skp.id, "annual", ratingFor(skp.resultIds));
    expect(await seed.evaluation.findFirstOrThrow({ where: { appraisalId: skp.id, kind: "ANNUAL" } })).toMatchObject({ status: "RATED", predikat: "BAIK" });
  });

  it("refuses rating an SKP that is not agreed: no row, no audit", async () => {
    const skp = await createAppraisal(seed, { employeeId: (await newStaff()).id, year: YEAR, status: "SUBMITTED" });
    const audits = await auditCount({ action: "evaluation.rate" });
    await expect(rateEvaluation(rater, skp.id, "q1", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("belum disetujui") });
    expect(await evaluationOf(skp.id)).toBeNull();
    expect(await auditCount({ action: "evaluation.rate" })).toBe(audits);
  });

  it("refuses a period that has not started", async () => {
    const person = await newStaff();
    const skp = await createAppraisal(seed, { employeeId: person.id, year: YEAR + 2 });
    await expect(rateEvaluation(rater, skp.id, "q1", ratingFor(skp.resultIds))).rejects.toMatchObject({ message: expect.stringContaining("belum dimulai") });
    expect(await evaluationOf(skp.id)).toBeNull();
  });

  it("finds nothing outside the rater's scope and refuses roles without the permission", async () => {
    const person = await newStaff();
    const skp = await createAppraisal(seed, { employeeId: person.id, year: YEAR });
    const otherRater = await actor(["PEGAWAI", "ATASAN"]);
    const staff = asSessionUser(person, ["PEGAWAI"]);
    await expect(rateEvaluation(otherRater, skp.id, "q1", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rateEvaluation(staff, skp.id, "q1", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rateEvaluation(hr, skp.id, "q1", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rateEvaluation(rater, skp.id, "m3", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await evaluationOf(skp.id)).toBeNull();
  });

  it("refuses a period outside the SKP's range", async () => {
    const person = await newStaff();
    const skp = await createAppraisal(seed, { employeeId: person.id, year: YEAR, periodStart: new Date(Date.UTC(YEAR, 0, 1)), periodEnd: new Date(Date.UTC(YEAR, 4, 31)) });
    await expect(rateEvaluation(rater, skp.id, "q3", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("never lets a person rate themselves, even when the SKP names them as rater", async () => {
    const self = await createEmployee(seed, { unitId, roles: ["PEGAWAI", "ATASAN"] });
    const skp = await createAppraisal(seed, { employeeId: self.id, raterId: self.id, raterRaterId: null, year: YEAR });
    await expect(rateEvaluation(asSessionUser(self, ["PEGAWAI", "ATASAN"]), skp.id, "q1", ratingFor(skp.resultIds))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await evaluationOf(skp.id)).toBeNull();
  });

  it("allows re-rating until acknowledged, version-checked; a stale form gets CONFLICT and changes nothing", async () => {
    const skp = await createAppraisal(seed, { employeeId: (await newStaff()).id, year: YEAR });
    await rateEvaluation(rater, skp.id, "q1", ratingFor(skp.resultIds));
    await rateEvaluation(rater, skp.id, "q1", ratingFor(skp.resultIds, { workRating: "DI_ATAS", version: 1 }));
    expect(await evaluationOf(skp.id)).toMatchObject({ predikat: "SANGAT_BAIK", version: 2 });
    await expect(rateEvaluation(rater, skp.id, "q1", ratingFor(skp.resultIds, { workRating: "DI_BAWAH", feedback: "x", version: 1 }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await evaluationOf(skp.id)).toMatchObject({ predikat: "SANGAT_BAIK", version: 2 });

    await seed.evaluation.updateMany({ where: { appraisalId: skp.id }, data: { status: "ACKNOWLEDGED", acknowledgedAt: new Date() } });
    await expect(rateEvaluation(rater, skp.id, "q1", ratingFor(skp.resultIds, { version: 2 }))).rejects.toMatchObject({ message: expect.stringContaining("sudah diterima") });
  });

  it("two first touches at once: one wins, the other gets CONFLICT, one row", async () => {
    const skp = await createAppraisal(seed, { employeeId: (await newStaff()).id, year: YEAR });
    const outcomes = await Promise.allSettled([
      rateEvaluation(rater, skp.id, "q4", ratingFor(skp.resultIds)),
      rateEvaluation(rater, skp.id, "q4", ratingFor(skp.resultIds, { workRating: "DI_ATAS" })),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((o) => o.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect(await seed.evaluation.count({ where: { appraisalId: skp.id } })).toBe(1);
  });

  it("rater vs HR: a rating form opened before HR released the unit's results loses with CONFLICT", async () => {
    const unit = await createUnit(seed);
    const person = await createEmployee(seed, { unitId: unit.id, supervisorId: rater.employeeId });
    const skp = await createAppraisal(seed, { employeeId: person.id, year: YEAR });
    const annual = await createEvaluation(seed, { appraisalId: skp.id, kind: "ANNUAL", status: "RATED", workRating: "SESUAI", behaviourRating: "SESUAI" });
    const opened = (await seed.evaluation.findUniqueOrThrow({ where: { id: annual.id } })).version;
    const result = await seed.unitYearResult.create({ data: { unitId: unit.id, year: YEAR, result: "BAIK" } });
    await finalizeUnitResults(hr, unit.id, YEAR, { version: result.version, overrideReason: "Distribusi unit kecil; disetujui kepala BKD untuk uji." });
    const audits = await auditCount({ action: "evaluation.rate", entityId: String(annual.id) });
    await expect(rateEvaluation(rater, skp.id, "annual", ratingFor(skp.resultIds, { workRating: "DI_ATAS", version: opened }))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await seed.evaluation.findUniqueOrThrow({ where: { id: annual.id } })).toMatchObject({ status: "RELEASED", predikat: "BAIK" });
    expect(await auditCount({ action: "evaluation.rate", entityId: String(annual.id) })).toBe(audits);
    // With the fresh version the state machine still refuses: the result is released.
    const fresh = (await seed.evaluation.findUniqueOrThrow({ where: { id: annual.id } })).version;
    await expect(rateEvaluation(rater, skp.id, "annual", ratingFor(skp.resultIds, { version: fresh }))).rejects.toMatchObject({ message: expect.stringContaining("sudah ditetapkan") });
  });
});

describe("rateEvaluationBulk", () => {
  it("gives every RHK the work rating and every value the behaviour rating, keeping line notes", async () => {
    const skp = await createAppraisal(seed, { employeeId: (await newStaff()).id, year: YEAR });
    await rateEvaluation(rater, skp.id, "q3", ratingFor(skp.resultIds, { results: skp.resultIds.map((key) => ({ key, rating: "SESUAI", note: "Catatan lama" })) }));
    await rateEvaluationBulk(rater, skp.id, "q3", { workRating: "DI_BAWAH", behaviourRating: "SESUAI", feedback: "Target laporan belum tercapai.", version: 1 });
    const row = await evaluationOf(skp.id, 3);
    expect(row).toMatchObject({ status: "RATED", predikat: "BUTUH_PERBAIKAN", version: 2 });
    expect(row?.resultRatings.map((r) => [r.rating, r.note])).toEqual(skp.resultIds.map(() => ["DI_BAWAH", "Catatan lama"]));
    expect(new Set(row?.behaviourRatings.map((r) => r.rating))).toEqual(new Set(["SESUAI"]));
    expect(await auditCount({ action: "evaluation.rate_bulk", entityId: String(row?.id) })).toBe(1);
  });
});
