// Deciding an appeal: only the SKP's atasan pejabat penilai (decider_id), once and finally; the
// evaluation becomes FINAL, the Appeal row keeps both predikats, and the annual result (and angka
// kredit for a functional post) is recorded in the same transaction.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal, createEvaluation } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { today } from "../../lib/clock";
import { decideAppeal, fileAppeal } from "../../lib/evaluations/appeal-mutations";
import { getAppealDetail, getAppealQueue } from "../../lib/evaluations/appeal-queries";
import { getDecisionQueueCount } from "../../lib/evaluations/queries";
import { ZAppealDecision } from "../../lib/evaluations/schemas";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, auditCount, seed } from "./support/context";

const YEAR = today().getUTCFullYear() - 1;
const REASON = "Bukti dukung RHK 1 menunjukkan capaian di atas target yang disepakati.";
const DECISION = "Setelah meninjau bukti dukung, capaian memang melebihi ekspektasi.";
let unitId: number;
let decider: SessionUser;
let rater: SessionUser;

beforeAll(async () => {
  // Period slugs and deadlines below assume the default settings; another file may have changed them.
  await seed.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  unitId = (await createUnit(seed)).id;
  const top = await createEmployee(seed, { unitId, roles: ["PEGAWAI", "ATASAN"] });
  decider = asSessionUser(top, ["PEGAWAI", "ATASAN"]);
  rater = asSessionUser(await createEmployee(seed, { unitId, supervisorId: top.id, roles: ["PEGAWAI", "ATASAN"] }), ["PEGAWAI", "ATASAN"]);
});

/** A released annual result (SESUAI/DI_BAWAH → Kurang) the employee has appealed. */
async function appealed(person?: FactoryEmployee) {
  const staff = person ?? (await createEmployee(seed, { unitId, supervisorId: rater.employeeId }));
  const skp = await createAppraisal(seed, { employeeId: staff.id, year: YEAR });
  const evaluation = await createEvaluation(seed, { appraisalId: skp.id, kind: "ANNUAL", status: "RELEASED", workRating: "SESUAI", behaviourRating: "DI_BAWAH" });
  await fileAppeal(asSessionUser(staff, ["PEGAWAI"]), skp.id, "annual", { reason: REASON, version: 1 });
  const appeal = await seed.appeal.findUniqueOrThrow({ where: { evaluationId: evaluation.id } });
  return { staff, skp, evaluationId: evaluation.id, appealId: appeal.id };
}

const state = async (evaluationId: number) =>
  seed.evaluation.findUniqueOrThrow({ where: { id: evaluationId }, select: { status: true, predikat: true, workRating: true, behaviourRating: true, version: true, appeal: true } });

describe("decideAppeal", () => {
  it("upholds: FINAL, the predikat unchanged on both sides, the annual result recorded", async () => {
    const { staff, evaluationId, appealId } = await appealed();
    expect(await getDecisionQueueCount(decider)).toBeGreaterThanOrEqual(1);
    await decideAppeal(decider, appealId, { decision: "UPHOLD", workRating: null, behaviourRating: null, reason: DECISION, version: 2 });
    const after = await state(evaluationId);
    expect(after).toMatchObject({ status: "FINAL", predikat: "KURANG" });
    expect(after.appeal).toMatchObject({ decision: "UPHELD", previousPredikat: "KURANG", newPredikat: "KURANG", decisionReason: DECISION, reason: REASON });
    expect(await seed.annualPerformance.findUnique({ where: { employeeId_year: { employeeId: staff.id, year: YEAR } } })).toMatchObject({ predikat: "KURANG", evaluationId });
    expect(await auditCount({ action: "evaluation.appeal_decide", entityId: String(appealId) })).toBe(1);
  });

  it("changes: new ratings and predikat, previous kept, credit recorded for a functional post", async () => {
    const functional = await createEmployee(seed, { unitId, supervisorId: rater.employeeId, type: "FUNGSIONAL", functionalLevel: "AHLI_MUDA" });
    const { skp, evaluationId, appealId } = await appealed(functional);
    await decideAppeal(decider, appealId, { decision: "CHANGE", workRating: "DI_ATAS", behaviourRating: "DI_ATAS", reason: DECISION, version: 2 });
    const after = await state(evaluationId);
    expect(after).toMatchObject({ status: "FINAL", predikat: "SANGAT_BAIK", workRating: "DI_ATAS", behaviourRating: "DI_ATAS" });
    expect(after.appeal).toMatchObject({ decision: "CHANGED", previousPredikat: "KURANG", newPredikat: "SANGAT_BAIK", newWorkRating: "DI_ATAS" });
    expect(await seed.creditAward.findUnique({ where: { appraisalId: skp.id } })).toMatchObject({ predikat: "SANGAT_BAIK", percentage: 150 });

    await expect(decideAppeal(decider, appealId, { decision: "UPHOLD", workRating: null, behaviourRating: null, reason: DECISION, version: after.version })).rejects.toMatchObject({ message: expect.stringContaining("sudah final") });
    expect(await state(evaluationId)).toMatchObject({ predikat: "SANGAT_BAIK", version: after.version });
  });

  it("refuses a change that changes nothing, a change without ratings, and a stale version", async () => {
    const { evaluationId, appealId } = await appealed();
    await expect(decideAppeal(decider, appealId, { decision: "CHANGE", workRating: "SESUAI", behaviourRating: "DI_BAWAH", reason: DECISION, version: 2 })).rejects.toMatchObject({ fieldErrors: { workRating: [expect.any(String)] } });
    const parsed = ZAppealDecision.safeParse({ decision: "CHANGE", reason: DECISION, version: "2" });
    expect(parsed.error?.issues.map((i) => i.path[0]).sort()).toEqual(["behaviourRating", "workRating"]);
    await expect(decideAppeal(decider, appealId, { decision: "UPHOLD", workRating: null, behaviourRating: null, reason: DECISION, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await state(evaluationId)).toMatchObject({ status: "APPEALED", version: 2, appeal: { decision: null } });
  });

  it("is the decider's alone: the rater, another supervisor and the employee find nothing", async () => {
    const { staff, evaluationId, appealId } = await appealed();
    const input = { decision: "UPHOLD" as const, workRating: null, behaviourRating: null, reason: DECISION, version: 2 };
    await expect(decideAppeal(rater, appealId, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideAppeal(await actor(["PEGAWAI", "ATASAN"]), appealId, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(decideAppeal(asSessionUser(staff, ["PEGAWAI"]), appealId, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getAppealDetail(rater, appealId)).toBeNull();
    expect((await getAppealDetail(decider, appealId))?.canDecide).toBe(true);
    expect((await getAppealDetail(await actor(["PEGAWAI", "ADMIN_BKD"]), appealId))?.canDecide).toBe(false);
    expect(await state(evaluationId)).toMatchObject({ status: "APPEALED" });
  });

  it("lists pending appeals first and decided ones separately", async () => {
    const queue = await getAppealQueue(decider, 1, 1);
    expect(queue?.pending.every((a) => a.decidedAt === null)).toBe(true);
    expect(queue?.decided.every((a) => a.decidedAt !== null)).toBe(true);
    expect(queue?.pendingTotal).toBe(await getDecisionQueueCount(decider));
    expect(await getAppealQueue(asSessionUser(await createEmployee(seed, { unitId }), ["PEGAWAI"]), 1, 1)).toBeNull();
  });
});
