// 360 input: the rater asks peers (same supervisor as the ratee) or the ratee's reports, at most
// five; respondents see only their own requests and answer once before the deadline; the rater sees
// counts and comments that cannot be matched to anyone; the ratee sees nothing of it.
import { beforeAll, describe, expect, it } from "vitest";
import { createAppraisal } from "../../prisma/seed/appraisal-factories";
import { createEmployee, createUnit, type FactoryEmployee } from "../../prisma/seed/factories";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { CORE_VALUES } from "../../lib/domain/appraisal/core-values";
import { getEvaluationView } from "../../lib/evaluations/evaluation-queries";
import { answerFeedback, requestFeedback } from "../../lib/evaluations/feedback-mutations";
import { getFeedbackForRater, getFeedbackInbox, getFeedbackRequest } from "../../lib/evaluations/feedback-queries";
import { ZFeedbackRequest, type TFeedbackAnswer } from "../../lib/evaluations/feedback-schemas";
import type { SessionUser } from "../../lib/server/session";
import { actor, asSessionUser, auditCount, seed } from "./support/context";

const YEAR = today().getUTCFullYear() - 1;
let unitId: number;
let rater: SessionUser;
let ratee: FactoryEmployee;
let peers: FactoryEmployee[];
let report: FactoryEmployee;
let skpId: number;

const asked = (...people: FactoryEmployee[]) => people.map((p, i) => ({ field: `nip${i + 1}`, nip: p.nip }));
const answers = (comment: string | null, rating: "DI_ATAS" | "SESUAI" = "SESUAI"): TFeedbackAnswer => CORE_VALUES.map(({ value }) => ({ value, rating, comment }));
const pegawai = (p: FactoryEmployee) => asSessionUser(p, ["PEGAWAI"]);

beforeAll(async () => {
  // Period slugs and deadlines below assume the default settings; another file may have changed them.
  await seed.appraisalSetting.upsert({ where: { id: 1 }, create: { id: 1 }, update: { frequency: "QUARTERLY", appealDays: 14, feedbackDays: 14 } });
  unitId = (await createUnit(seed)).id;
  const raterPerson = await createEmployee(seed, { unitId, roles: ["PEGAWAI", "ATASAN"] });
  rater = asSessionUser(raterPerson, ["PEGAWAI", "ATASAN"]);
  ratee = await createEmployee(seed, { unitId, supervisorId: raterPerson.id });
  peers = [];
  for (let i = 0; i < 5; i += 1) peers.push(await createEmployee(seed, { unitId, supervisorId: raterPerson.id }));
  report = await createEmployee(seed, { unitId, supervisorId: ratee.id });
  skpId = (await createAppraisal(seed, { employeeId: ratee.id, raterId: raterPerson.id, year: YEAR })).id;
});

describe("requestFeedback", () => {
  it("refuses the ratee, the rater, strangers, unknown NIPs and repeats beside each field, writing nothing", async () => {
    const stranger = await createEmployee(seed, { unitId });
    const raterNip = (await seed.employee.findUniqueOrThrow({ where: { id: rater.employeeId } })).nip;
    const audits = await auditCount({ action: "evaluation.feedback_request" });
    await expect(
      requestFeedback(rater, skpId, "q1", [
        { field: "nip1", nip: ratee.nip },
        { field: "nip2", nip: raterNip },
        { field: "nip3", nip: stranger.nip },
        { field: "nip4", nip: "199901012020012999" },
      ]),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { nip1: [expect.any(String)], nip2: [expect.any(String)], nip3: [expect.stringContaining("rekan sejawat")], nip4: [expect.stringContaining("Tidak ada pegawai")] } });
    expect(await seed.feedbackRequest.count({ where: { evaluation: { appraisalId: skpId } } })).toBe(0);
    expect(await auditCount({ action: "evaluation.feedback_request" })).toBe(audits);
    expect(ZFeedbackRequest.safeParse({ nip1: peers[0]!.nip, nip2: peers[0]!.nip }).error?.issues[0]?.path).toEqual(["nip2"]);
  });

  it("asks a peer and a report with the deadline from the setting; at most five in all", async () => {
    await requestFeedback(rater, skpId, "q1", asked(peers[0]!, report));
    const rows = await seed.feedbackRequest.findMany({ where: { evaluation: { appraisalId: skpId, periodNo: 1 } } });
    expect(rows.map((r) => r.respondentId).sort()).toEqual([peers[0]!.id, report.id].sort());
    expect(rows[0]!.deadline.toISOString().slice(0, 10)).toBe(addDays(today(), 14).toISOString().slice(0, 10));
    await expect(requestFeedback(rater, skpId, "q1", asked(peers[0]!))).rejects.toMatchObject({ fieldErrors: { nip1: [expect.stringContaining("sudah diminta")] } });
    await expect(requestFeedback(rater, skpId, "q1", asked(peers[1]!, peers[2]!, peers[3]!, peers[4]!))).rejects.toMatchObject({ message: expect.stringContaining("Paling banyak 5") });
  });

  it("is the rater's alone", async () => {
    await expect(requestFeedback(await actor(["PEGAWAI", "ATASAN"]), skpId, "q1", asked(peers[1]!))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestFeedback(pegawai(ratee), skpId, "q1", asked(peers[1]!))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("answerFeedback", () => {
  it("shows respondents only their own requests and takes one answer each", async () => {
    const [peerRequest] = await seed.feedbackRequest.findMany({ where: { respondentId: peers[0]!.id, evaluation: { appraisalId: skpId } } });
    expect((await getFeedbackInbox(pegawai(peers[0]!), 1))?.pending.map((r) => r.id)).toEqual([peerRequest!.id]);
    expect(await getFeedbackRequest(pegawai(peers[1]!), peerRequest!.id)).toBeNull();
    await expect(answerFeedback(pegawai(peers[1]!), peerRequest!.id, answers("x"))).rejects.toMatchObject({ code: "NOT_FOUND" });

    await answerFeedback(pegawai(peers[0]!), peerRequest!.id, answers("Sangat membantu tim", "DI_ATAS"));
    await expect(answerFeedback(pegawai(peers[0]!), peerRequest!.id, answers("lagi"))).rejects.toMatchObject({ message: expect.stringContaining("sudah Anda jawab") });
    expect(await seed.feedbackAnswer.count({ where: { requestId: peerRequest!.id } })).toBe(7);
    const audit = await seed.auditLog.findFirstOrThrow({ where: { action: "evaluation.feedback_answer", entityId: String(peerRequest!.id) } });
    expect(JSON.stringify(audit.after)).not.toContain("membantu");
    // One answer among named requests would be that person's: nothing is summarised yet.
    const single = await getFeedbackForRater(rater, peerRequest!.evaluationId);
    expect(single).toMatchObject({ answered: 1, aggregate: null });
  });

  it("refuses answers after the deadline", async () => {
    const reportRequest = await seed.feedbackRequest.findFirstOrThrow({ where: { respondentId: report.id } });
    await seed.feedbackRequest.update({ where: { id: reportRequest.id }, data: { deadline: addDays(today(), -1) } });
    expect((await getFeedbackInbox(pegawai(report), 1))?.pending[0]?.state).toBe("OVERDUE");
    await expect(answerFeedback(pegawai(report), reportRequest.id, answers(null))).rejects.toMatchObject({ message: expect.stringContaining("sudah lewat") });
    expect(await seed.feedbackAnswer.count({ where: { requestId: reportRequest.id } })).toBe(0);
    await seed.feedbackRequest.update({ where: { id: reportRequest.id }, data: { deadline: today() } });
    await answerFeedback(pegawai(report), reportRequest.id, answers("Arahan jelas"));
  });

  it("gives the rater counts and sorted comments without names; the ratee sees nothing", async () => {
    const evaluation = await seed.evaluation.findFirstOrThrow({ where: { appraisalId: skpId, periodNo: 1 } });
    const data = await getFeedbackForRater(rater, evaluation.id);
    expect(data?.answered).toBe(2);
    const first = data!.aggregate![0]!;
    expect(first.counts).toEqual({ DI_ATAS: 1, SESUAI: 1, DI_BAWAH: 0 });
    expect(first.comments).toEqual(["Arahan jelas", "Sangat membantu tim"]);
    expect(JSON.stringify(data!.aggregate)).not.toMatch(new RegExp(`${peers[0]!.name}|${report.name}|respondent`));
    expect(await getFeedbackForRater(pegawai(ratee), evaluation.id)).toBeNull();
    expect(await getFeedbackForRater(await actor(["PEGAWAI", "ATASAN"]), evaluation.id)).toBeNull();
    const view = await getEvaluationView(pegawai(ratee), skpId, "q1");
    expect(view?.evaluation?.feedbackRequests).toBe(0);
    expect(await getFeedbackForRater(await actor(["PEGAWAI", "ADMIN_BKD"]), evaluation.id)).not.toBeNull();
  });
});
