// External training against a real PostgreSQL: the employee submits it with a certificate checked by
// its bytes; HR verifies (JP credited in the same transaction) or rejects with a reason, once, never
// their own; the certificate download follows the employee read scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { MAX_EVIDENCE_BYTES } from "../../lib/appraisals/evidence";
import { decideExternalTraining, submitExternalTraining } from "../../lib/trainings/external-mutations";
import { getCertificateFile, getExternalTraining, listExternalQueue, listMyExternalTrainings } from "../../lib/trainings/external-queries";
import { ZExternalDecision, ZExternalFilters, ZExternalTraining, type TExternalTraining } from "../../lib/trainings/external-schemas";
import { days, TODAY } from "./training-fixtures";
import { actor, auditCount, RUN, seed } from "./support/context";

const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const HTML_AS_PDF = new TextEncoder().encode("<html><script>alert(1)</script></html>");
let boss: SessionUser;
let staff: SessionUser;
let hr: SessionUser;

const iso = (d: Date) => d.toISOString().slice(0, 10);
const entry = (overrides: Record<string, string> = {}): TExternalTraining =>
  ZExternalTraining.parse({
    title: `Bimtek Manajemen Risiko ${RUN}`,
    kind: "SEMINAR",
    provider: "Kementerian Dalam Negeri",
    startDate: iso(days(-12)),
    endDate: iso(days(-10)),
    hours: "16",
    certificateNumber: "KEMENDAGRI/2026/0042",
    ...overrides,
  });
const upload = (bytes = PDF) => ({ filename: "sertifikat bimtek.PDF", bytes });
const decide = (decision: "VERIFY" | "REJECT", version: number, reason = "") => ZExternalDecision.parse({ decision, reason, version: String(version) });
const counts = async () => ({
  external: await seed.externalTraining.count({ where: { employeeId: staff.employeeId } }),
  files: await seed.evidenceFile.count({ where: { ownerId: staff.employeeId } }),
  hours: await seed.developmentHour.count({ where: { employeeId: staff.employeeId } }),
  audits: await auditCount(),
});

beforeAll(async () => {
  boss = await actor(["PEGAWAI", "ATASAN"]);
  staff = await actor(["PEGAWAI"], { supervisorId: boss.employeeId });
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("submitExternalTraining", () => {
  it("stores the entry SUBMITTED with its certificate, counting no JP yet", async () => {
    const before = await counts();
    const id = await submitExternalTraining(staff, entry(), upload());
    const row = await seed.externalTraining.findUniqueOrThrow({ where: { id }, include: { file: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", employeeId: staff.employeeId, file: { filename: "sertifikat bimtek.pdf", mimeType: "application/pdf", ownerId: staff.employeeId } });
    expect(await counts()).toMatchObject({ external: before.external + 1, files: before.files + 1, hours: before.hours });
    expect((await listMyExternalTrainings(staff, TODAY.getUTCFullYear())).map((r) => r.id)).toContain(id);
  });

  it.each([
    ["no certificate", null],
    ["a certificate whose bytes are not PDF or an image", upload(HTML_AS_PDF)],
    ["a certificate above 2 MB", upload(new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x25))],
  ])("refuses %s beside the file field, writing nothing", async (_label, file) => {
    const before = await counts();
    await expect(submitExternalTraining(staff, entry(), file)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { file: [expect.any(String)] } });
    expect(await counts()).toEqual(before);
  });

  it("refuses a training that has not ended yet, and end before start, beside the end date", () => {
    expect(ZExternalTraining.safeParse({ ...entry(), startDate: iso(TODAY), endDate: iso(days(1)), hours: "4" }).error!.flatten().fieldErrors.endDate).toHaveLength(1);
    expect(ZExternalTraining.safeParse({ ...entry(), startDate: iso(days(-1)), endDate: iso(days(-2)), hours: "4" }).error!.flatten().fieldErrors.endDate).toHaveLength(1);
  });
});

describe("decideExternalTraining", () => {
  it("verifies: JP credited on the end date with the kind's type, once; a second decision is refused", async () => {
    const id = await submitExternalTraining(staff, entry(), upload());
    expect((await listExternalQueue(hr, ZExternalFilters.parse({ status: "SUBMITTED" })))!.rows.map((r) => r.id)).toContain(id);
    await decideExternalTraining(hr, id, decide("VERIFY", 1));
    expect(await seed.externalTraining.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "VERIFIED", verifierId: hr.employeeId, version: 2 });
    const hours = await seed.developmentHour.findUniqueOrThrow({ where: { source_sourceId: { source: "EXTERNAL", sourceId: id } } });
    expect(hours).toMatchObject({ employeeId: staff.employeeId, type: "KLASIKAL", date: days(-10) });
    expect(Number(hours.hours)).toBe(16);
    const before = await counts();
    await expect(decideExternalTraining(hr, id, decide("REJECT", 2, "Ganda"))).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("sudah diverifikasi") });
    expect(await counts()).toEqual(before);
  });

  it("rejects with a reason and credits nothing; a reason is required", async () => {
    expect(ZExternalDecision.safeParse({ decision: "REJECT", reason: "", version: "1" }).error!.flatten().fieldErrors.reason).toHaveLength(1);
    const id = await submitExternalTraining(staff, entry({ title: `Ditolak ${RUN}` }), upload());
    await decideExternalTraining(hr, id, decide("REJECT", 1, "Sertifikat tidak terbaca"));
    expect(await seed.externalTraining.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REJECTED", rejectReason: "Sertifikat tidak terbaca" });
    expect(await seed.developmentHour.count({ where: { source: "EXTERNAL", sourceId: id } })).toBe(0);
  });

  it("is refused to staff and supervisors, on one's own entry, and at a stale version", async () => {
    const id = await submitExternalTraining(staff, entry(), upload());
    const before = await counts();
    await expect(decideExternalTraining(staff, id, decide("VERIFY", 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideExternalTraining(boss, id, decide("VERIFY", 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(decideExternalTraining(hr, id, decide("VERIFY", 9))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts()).toEqual(before);
    const own = await submitExternalTraining(hr, entry(), upload());
    await expect(decideExternalTraining(hr, own, decide("VERIFY", 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await seed.developmentHour.count({ where: { source: "EXTERNAL", sourceId: own } })).toBe(0);
  });
});

describe("reading an entry and its certificate", () => {
  it("follows the employee read scope: the person, their chain and HR; anyone else gets nothing", async () => {
    const id = await submitExternalTraining(staff, entry(), upload());
    for (const reader of [staff, boss, hr]) {
      expect((await getExternalTraining(reader, id))?.id).toBe(id);
      expect((await getCertificateFile(reader, id))?.mimeType).toBe("application/pdf");
    }
    const stranger = await actor(["PEGAWAI", "ATASAN"]);
    expect(await getExternalTraining(stranger, id)).toBeNull();
    expect(await getCertificateFile(stranger, id)).toBeNull();
    expect(await listExternalQueue(boss, ZExternalFilters.parse({}))).toBeNull();
  });
});
