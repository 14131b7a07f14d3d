// The employee's steps on an evaluation: self-assessment (once, own SKP only), acknowledgement
// (once, version-checked against a re-rating), appeal (annual, released, within the deadline, to
// the atasan pejabat penilai), each refused out of order with nothing written.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { today } from "../../lib/clock";
import { fileAppeal } from "../../lib/evaluations/appeal-mutations";
import { getEvaluationView } from "../../lib/evaluations/evaluation-queries";
import { acknowledgeEvaluation, selfAssess } from "../../lib/evaluations/mutations";
import { rateEvaluationBulk } from "../../lib/evaluations/rating-mutations";
import type { SessionUser } from "../../lib/server/session";
import { asSessionUser, auditCount, seed } from "./support/context";

const YEAR = today().getUTCFullYear() - 1;
const TEXT = "Semua laporan triwulan selesai tepat waktu dengan bukti dukung lengkap.";
const REASON = "Capaian RHK 2 melebihi target 30% dan bukti dukung sudah diunggah lengkap.";
let unitId: number;
let top: FactoryEmployee;
let rater: SessionUser;

beforeAll(async () => {
  // Period slugs and deadlines below assume the default settings; another file may have changed them.
  await seed.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  unitId = (await createUnit(seed)).id;
  top = await createEmployee(seed, { unitId, roles: ["PEGAWAI", "ATASAN"] });
  rater = asSessionUser(await createEmployee(seed, { unitId, supervisorId: top.id, roles: ["PEGAWAI", "ATASAN"] }), ["PEGAWAI", "ATASAN"]);
});

async function staffWithSkp(options: { raterRaterId?: number | null; status?: "AGREED" | "DRAFT" } = {}) {
  const person = await createEmployee(seed, { unitId, supervisorId: rater.employeeId });
  const skp = await createAppraisal(seed, { employeeId: person.id, year: YEAR, status: options.status, raterRaterId: options.raterRaterId });
  return { user: asSessionUser(person, ["PEGAWAI"]), skp };
}

const row = (appraisalId: number, kind: "PERIODIC" | "ANNUAL" = "PERIODIC") => seed.evaluation.findFirst({ where: { appraisalId, kind }, include: { appeal: true } });

describe("selfAssess", () => {
  it("writes once on the employee's own agreed SKP; a second or a late one is refused", async () => {
    const { user, skp } = await staffWithSkp();
    await selfAssess(user, skp.id, "q1", { selfAssessment: TEXT });
    expect(await row(skp.id)).toMatchObject({ status: "SELF_ASSESSED", selfAssessment: TEXT, employeeId: user.employeeId, raterId: rater.employeeId });
    await expect(selfAssess(user, skp.id, "q1", { selfAssessment: TEXT })).rejects.toMatchObject({ message: expect.stringContaining("sudah dikirim") });

    await rateEvaluationBulk(rater, skp.id, "q2", { workRating: "SESUAI", behaviourRating: "SESUAI", feedback: null, version: 0 });
    const audits = await auditCount({ action: "evaluation.self_assess" });
    await expect(selfAssess(user, skp.id, "q2", { selfAssessment: TEXT })).rejects.toMatchObject({ message: expect.stringContaining("sudah dinilai") });
    expect(await auditCount({ action: "evaluation.self_assess" })).toBe(audits);
  });

  it("refuses a draft SKP and someone else's SKP (NOT_FOUND), writing no row", async () => {
    const draft = await staffWithSkp({ status: "DRAFT" });
    await expect(selfAssess(draft.user, draft.skp.id, "q1", { selfAssessment: TEXT })).rejects.toMatchObject({ message: expect.stringContaining("belum disetujui") });
    const other = await staffWithSkp();
    await expect(selfAssess(draft.user, other.skp.id, "q1", { selfAssessment: TEXT })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(selfAssess(rater, other.skp.id, "q1", { selfAssessment: TEXT })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await seed.evaluation.count({ where: { appraisalId: { in: [draft.skp.id, other.skp.id] } } })).toBe(0);
  });
});

describe("acknowledgeEvaluation", () => {
  it("accepts a rated periodic result once; before rating and twice are refused", async () => {
    const { user, skp } = await staffWithSkp();
    await expect(acknowledgeEvaluation(user, skp.id, "q1", { version: 0 })).rejects.toMatchObject({ message: expect.stringContaining("belum dinilai") });
    expect(await row(skp.id)).toBeNull();
    const evaluation = await createEvaluation(seed, { appraisalId: skp.id, status: "RATED", periodNo: 1 });
    await acknowledgeEvaluation(user, skp.id, "q1", { version: 1 });
    expect(await row(skp.id)).toMatchObject({ id: evaluation.id, status: "ACKNOWLEDGED", version: 2 });
    await expect(acknowledgeEvaluation(user, skp.id, "q1", { version: 2 })).rejects.toMatchObject({ message: expect.stringContaining("sudah diterima") });
    expect(await auditCount({ action: "evaluation.acknowledge", entityId: String(evaluation.id) })).toBe(1);
  });

  it("refuses acknowledging a rating that changed after the page was opened (CONFLICT)", async () => {
    const { user, skp } = await staffWithSkp();
    await rateEvaluationBulk(rater, skp.id, "q1", { workRating: "SESUAI", behaviourRating: "SESUAI", feedback: null, version: 0 });
    await rateEvaluationBulk(rater, skp.id, "q1", { workRating: "DI_BAWAH", behaviourRating: "SESUAI", feedback: "Perlu perbaikan.", version: 1 });
    await expect(acknowledgeEvaluation(user, skp.id, "q1", { version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await row(skp.id)).toMatchObject({ status: "RATED", predikat: "BUTUH_PERBAIKAN" });
  });

  it("refuses an annual result before release; the employee does not even see its ratings", async () => {
    const { user, skp } = await staffWithSkp();
    await createEvaluation(seed, { appraisalId: skp.id, kind: "ANNUAL", status: "RATED" });
    await expect(acknowledgeEvaluation(user, skp.id, "annual", { version: 1 })).rejects.toMatchObject({ message: expect.stringContaining("belum ditetapkan") });
    const view = await getEvaluationView(user, skp.id, "annual");
    expect(view?.evaluation?.ratings).toBeNull();
    expect(view?.evaluation?.ratedAt).toBeNull();
    expect((await getEvaluationView(rater, skp.id, "annual"))?.evaluation?.ratings?.predikat).toBe("BAIK");
  });
});

describe("fileAppeal", () => {
  it("files an appeal on a released annual result to the atasan pejabat penilai", async () => {
    const { user, skp } = await staffWithSkp();
    const evaluation = await createEvaluation(seed, { appraisalId: skp.id, kind: "ANNUAL", status: "RELEASED", workRating: "SESUAI", behaviourRating: "DI_BAWAH" });
    const view = await getEvaluationView(user, skp.id, "annual");
    expect(view?.actions.appeal).toEqual({ ok: true });
    expect(view?.appealDeadline?.getTime()).toBeGreaterThanOrEqual(today().getTime());
    await fileAppeal(user, skp.id, "annual", { reason: REASON, version: 1 });
    const after = await row(skp.id, "ANNUAL");
    expect(after).toMatchObject({ id: evaluation.id, status: "APPEALED" });
    expect(after?.appeal).toMatchObject({ deciderId: top.id, employeeId: user.employeeId, reason: REASON, previousPredikat: "KURANG", decision: null });
    await expect(fileAppeal(user, skp.id, "annual", { reason: REASON, version: 2 })).rejects.toMatchObject({ message: expect.stringContaining("sudah diajukan") });
  });

  it("refuses after the appeal window, on a periodic result, after acknowledging, and without a decider", async () => {
    const late = await staffWithSkp();
    const twentyDaysAgo = new Date(Date.now() - 20 * 24 * 3600 * 1000);
    await createEvaluation(seed, { appraisalId: late.skp.id, kind: "ANNUAL", status: "RELEASED", releasedAt: twentyDaysAgo });
    await createEvaluation(seed, { appraisalId: late.skp.id, kind: "PERIODIC", status: "RATED" });
    const appeals = await seed.appeal.count();
    await expect(fileAppeal(late.user, late.skp.id, "annual", { reason: REASON, version: 1 })).rejects.toMatchObject({ message: expect.stringContaining("sudah lewat") });
    await expect(fileAppeal(late.user, late.skp.id, "q1", { reason: REASON, version: 1 })).rejects.toMatchObject({ message: expect.stringContaining("hanya berlaku untuk penilaian tahunan") });

    const accepted = await staffWithSkp();
    await createEvaluation(seed, { appraisalId: accepted.skp.id, kind: "ANNUAL", status: "ACKNOWLEDGED", releasedAt: new Date() });
    await expect(fileAppeal(accepted.user, accepted.skp.id, "annual", { reason: REASON, version: 1 })).rejects.toMatchObject({ message: expect.stringContaining("sudah diterima") });

    const orphan = await staffWithSkp({ raterRaterId: null });
    await createEvaluation(seed, { appraisalId: orphan.skp.id, kind: "ANNUAL", status: "RELEASED" });
    await expect(fileAppeal(orphan.user, orphan.skp.id, "annual", { reason: REASON, version: 1 })).rejects.toMatchObject({ message: expect.stringContaining("admin BKD") });
    expect((await getEvaluationView(orphan.user, orphan.skp.id, "annual"))?.actions.appeal).toEqual({ ok: false, error: "NO_DECIDER" });

    expect(await seed.appeal.count()).toBe(appeals);
    expect(await row(late.skp.id, "ANNUAL")).toMatchObject({ status: "RELEASED", version: 1 });
  });
});
