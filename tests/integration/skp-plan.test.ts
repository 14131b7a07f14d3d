// The SKP plan against a real PostgreSQL: creating the year's SKP, the plan editor's whole-plan save
// (references checked on the server, RHK identity kept), submit / agree / return / expectations through
// the state machine, optimistic locking, scope (NOT_FOUND outside it) and the cascading read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppraisal } from "../../prisma/seed/appraisal-factories";
import { createYearAppraisal, savePlan } from "../../lib/appraisals/plan-mutations";
import { getAppraisalDetail, getPlanForEditing, getTeamLinks } from "../../lib/appraisals/plan-queries";
import { ZPlan, type TPlan, type TPlanResult } from "../../lib/appraisals/plan-schemas";
import { agreePlan, returnPlan, saveExpectations, submitPlan } from "../../lib/appraisals/plan-transition-mutations";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

const YEAR = new Date().getUTCFullYear();
let head: SessionUser;
let rater: SessionUser;
let hr: SessionUser;

const rhk = (text: string, extra: Partial<TPlanResult> = {}): TPlanResult => ({
  id: null,
  text,
  parentResultId: null,
  indicators: [{ text: "Jumlah dokumen yang diselesaikan", targetKind: "KUANTITAS", targetValue: 12, targetUnit: "dokumen", targetText: null }],
  ...extra,
});
const version = async (id: number) => (await seed.appraisal.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const audits = (id: number) => auditCount({ entityType: "Appraisal", entityId: String(id) });

/** A staff member under `rater` with a fresh SKP of the current year. */
async function staffWithSkp(): Promise<{ staff: SessionUser; id: number }> {
  const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
  return { staff, id: await createYearAppraisal(staff) };
}

beforeAll(async () => {
  head = await actor(["PEGAWAI", "ATASAN"]);
  rater = await actor(["PEGAWAI", "ATASAN"], { supervisorId: head.employeeId });
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("createYearAppraisal", () => {
  it("opens a draft for the whole year with the supervisor as rater, once however often it is asked", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    const ids = await Promise.all([createYearAppraisal(staff), createYearAppraisal(staff), createYearAppraisal(staff)]);
    expect(new Set(ids).size).toBe(1);
    const row = await seed.appraisal.findUniqueOrThrow({ where: { id: ids[0] }, include: { behaviours: true } });
    expect(row).toMatchObject({ status: "DRAFT", year: YEAR, openYear: YEAR, raterId: rater.employeeId, raterRaterId: head.employeeId });
    expect(row.periodStart.toISOString().slice(0, 10)).toBe(`${YEAR}-01-01`);
    expect(row.periodEnd.toISOString().slice(0, 10)).toBe(`${YEAR}-12-31`);
    expect(row.behaviours).toHaveLength(7);
    expect(await seed.appraisal.count({ where: { employeeId: staff.employeeId } })).toBe(1);
    expect(await auditCount({ action: "appraisal.create", entityId: String(row.id) })).toBe(1);
  });

  it("refuses an employee without a supervisor and writes nothing", async () => {
    const loner = await actor(["PEGAWAI"]);
    await expect(createYearAppraisal(loner)).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("pejabat penilai") });
    expect(await seed.appraisal.count({ where: { employeeId: loner.employeeId } })).toBe(0);
  });

  it("starts the day after a closed SKP of the year", async () => {
    const staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
    await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "CLOSED", periodEnd: new Date(Date.UTC(YEAR, 2, 15)) });
    const id = await createYearAppraisal(staff);
    const row = await seed.appraisal.findUniqueOrThrow({ where: { id } });
    expect(row.periodStart.toISOString().slice(0, 10)).toBe(`${YEAR}-03-16`);
  });
});

describe("savePlan", () => {
  it("replaces the plan, keeps an existing RHK's row, and links to the rater's RHK", async () => {
    const raterSkp = await createAppraisal(seed, { employeeId: rater.employeeId, year: YEAR, status: "AGREED", results: ["Meningkatnya layanan kepegawaian"] });
    const { staff, id } = await staffWithSkp();
    await savePlan(staff, id, { version: await version(id), results: [rhk("Tersusunnya laporan bulanan"), rhk("Terselenggaranya rapat koordinasi")] });
    const first = await seed.planResult.findMany({ where: { appraisalId: id }, orderBy: { position: "asc" } });
    const kept = first[1]!;
    const plan: TPlan = {
      version: await version(id),
      results: [
        rhk("Terselenggaranya rapat koordinasi triwulan", { id: kept.id, parentResultId: raterSkp.resultIds[0]! }),
        rhk("Terdokumentasinya arsip", { indicators: [{ text: "Kualitas arsip", targetKind: "KUALITATIF", targetValue: null, targetUnit: null, targetText: "Tertata sesuai pedoman" }] }),
      ],
    };
    await savePlan(staff, id, plan);
    const rows = await seed.planResult.findMany({ where: { appraisalId: id }, orderBy: { position: "asc" }, include: { indicators: true } });
    expect(rows.map((r) => r.text)).toEqual(["Terselenggaranya rapat koordinasi triwulan", "Terdokumentasinya arsip"]);
    expect(rows[0]!.id).toBe(kept.id);
    expect(rows[0]!.parentResultId).toBe(raterSkp.resultIds[0]);
    expect(rows[1]!.indicators[0]).toMatchObject({ targetKind: "KUALITATIF", targetText: "Tertata sesuai pedoman", targetValue: null });
    const links = await getTeamLinks(raterSkp.resultIds);
    expect(links).toEqual([expect.objectContaining({ id: kept.id, parentResultId: raterSkp.resultIds[0], appraisalId: id })]);
    const editor = await getPlanForEditing(staff, id);
    expect(editor?.raterResults.map((r) => r.id)).toEqual(raterSkp.resultIds);
  });

  it("refuses a parent RHK outside the rater's plan, a foreign RHK id, a stale version and an outsider, writing nothing", async () => {
    const stranger = await actor(["PEGAWAI", "ATASAN"]);
    const foreign = await createAppraisal(seed, { employeeId: (await actor(["PEGAWAI"], { supervisorId: stranger.employeeId })).employeeId, year: YEAR, status: "DRAFT" });
    const { staff, id } = await staffWithSkp();
    const v = await version(id);
    const before = await audits(id);
    await expect(savePlan(staff, id, { version: v, results: [rhk("RHK dengan induk asing", { parentResultId: foreign.resultIds[0]! })] })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "results.0.parentResultId": [expect.stringContaining("pejabat penilai")] },
    });
    await expect(savePlan(staff, id, { version: v, results: [rhk("RHK milik orang lain", { id: foreign.resultIds[0]! })] })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(savePlan(staff, id, { version: v - 1, results: [rhk("Versi lama sekali")] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(savePlan(await actor(["PEGAWAI"]), id, { version: v, results: [rhk("Bukan SKP saya")] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await seed.planResult.count({ where: { appraisalId: id } })).toBe(0);
    expect(await seed.planResult.count({ where: { id: foreign.resultIds[0]!, appraisalId: foreign.id } })).toBe(1);
    expect(await version(id)).toBe(v);
    expect(await audits(id)).toBe(before);
  });

  it("reads the flat form and files each problem under its own field", () => {
    const parsed = ZPlan.safeParse({
      version: "3",
      "results.0.text": "Tersusunnya rencana kerja",
      "results.0.indicators.0.text": "Dokumen rencana",
      "results.0.indicators.0.targetKind": "KUANTITAS",
      "results.0.indicators.0.targetValue": "2,5",
      "results.0.indicators.0.targetUnit": "",
      "results.1.text": "abc",
    });
    expect(parsed.success).toBe(false);
    const keys = parsed.error?.issues.map((issue) => issue.path.join("|"));
    expect(keys).toEqual(expect.arrayContaining(["results.0.indicators.0.targetUnit", "results.1.text", "results.1.indicators"]));
    const ok = ZPlan.parse({
      version: "3",
      "results.0.text": "Tersusunnya rencana kerja",
      "results.0.indicators.0.text": "Dokumen rencana",
      "results.0.indicators.0.targetKind": "WAKTU",
      "results.0.indicators.0.targetValue": "2,5",
      "results.0.indicators.0.targetUnit": "bulan",
    });
    expect(ok.results[0]?.indicators[0]).toMatchObject({ targetValue: 2.5, targetUnit: "bulan" });
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`results.${i}.text`, `Rencana hasil ${i}`]));
    expect(ZPlan.safeParse({ version: "1", ...many }).error?.issues.some((issue) => issue.path[0] === "results")).toBe(true);
  });
});

describe("submit, agree, return, expectations", () => {
  it("walks the plan through the state machine and refuses every step out of order", async () => {
    const { staff, id } = await staffWithSkp();
    await expect(submitPlan(staff, id, await version(id))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("minimal satu") });
    await expect(agreePlan(rater, id, await version(id))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("belum diajukan") });
    await savePlan(staff, id, { version: await version(id), results: [rhk("Terlaksananya pelayanan cuti")] });
    await submitPlan(staff, id, await version(id));
    await expect(submitPlan(staff, id, await version(id))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(savePlan(staff, id, { version: await version(id), results: [rhk("Ubah setelah diajukan")] })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("draf") });

    await returnPlan(rater, id, { version: await version(id), comment: "Tambahkan target waktu pada RHK pertama." });
    let row = await seed.appraisal.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", returnComment: "Tambahkan target waktu pada RHK pertama." });
    await submitPlan(staff, id, await version(id));
    await saveExpectations(rater, id, { version: await version(id), expectations: [{ value: "AKUNTABEL", expectation: "Laporan tepat waktu setiap bulan" }] });
    await agreePlan(rater, id, await version(id));
    row = await seed.appraisal.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("AGREED");
    expect(row.agreedAt).not.toBeNull();
    await expect(agreePlan(rater, id, await version(id))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(returnPlan(rater, id, { version: await version(id), comment: "Terlambat dikembalikan" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveExpectations(rater, id, { version: await version(id), expectations: [] })).rejects.toMatchObject({ code: "CONFLICT" });
    const behaviour = await seed.planBehaviour.findUniqueOrThrow({ where: { appraisalId_value: { appraisalId: id, value: "AKUNTABEL" } } });
    expect(behaviour.expectation).toBe("Laporan tepat waktu setiap bulan");
    expect(await auditCount({ entityType: "Appraisal", entityId: String(id), action: "appraisal.agree" })).toBe(1);
  });

  it("lets only the SKP's rater agree, refuses a stale version, and keeps a refused step traceless", async () => {
    const { staff, id } = await staffWithSkp();
    await savePlan(staff, id, { version: await version(id), results: [rhk("Terkelolanya data pegawai")] });
    await submitPlan(staff, id, await version(id));
    const otherRater = await actor(["PEGAWAI", "ATASAN"]);
    const v = await version(id);
    const before = await audits(id);
    await expect(agreePlan(otherRater, id, v)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(agreePlan(staff, id, v)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(agreePlan(hr, id, v)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(agreePlan(rater, id, v - 1)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("diubah oleh orang lain") });
    expect(await audits(id)).toBe(before);
    expect((await seed.appraisal.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
  });
});

describe("reading an SKP", () => {
  it("shows it to the employee, the rater, the rater's rater and HR, and to nobody else", async () => {
    const { staff, id } = await staffWithSkp();
    for (const reader of [staff, rater, head, hr]) expect((await getAppraisalDetail(reader, id))?.id).toBe(id);
    const colleague = await actor(["PEGAWAI", "ATASAN"], { supervisorId: rater.employeeId });
    expect(await getAppraisalDetail(colleague, id)).toBeNull();
    expect(await getPlanForEditing(rater, id)).toBeNull();
  });
});
