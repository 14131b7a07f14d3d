// Realisation with evidence and dialog kinerja notes against a real PostgreSQL: only on the employee's
// agreed SKP, evidence checked by its bytes and size, the download query scoped like the SKP, notes by
// either side while the SKP is open; every refusal leaves no row and no audit row.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { createAppraisal, type FactoryAppraisal } from "../../prisma/seed/appraisal-factories";
import { today } from "../../lib/clock";
import { addDays } from "../../lib/domain/appraisal/calendar";
import { dateOnly } from "../../lib/domain/dates";
import { MAX_EVIDENCE_BYTES } from "../../lib/appraisals/evidence";
import { getEvidenceFile } from "../../lib/appraisals/evidence-queries";
import { addNote } from "../../lib/appraisals/note-mutations";
import { listNotes } from "../../lib/appraisals/plan-queries";
import { addRealization, deleteRealization } from "../../lib/appraisals/realization-mutations";
import type { TRealization } from "../../lib/appraisals/realization-schemas";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { actor, auditCount, seed } from "./support/context";

const YEAR = today().getUTCFullYear();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const HTML_AS_PDF = new TextEncoder().encode("<html><script>alert(1)</script></html>");
let rater: SessionUser;
let staff: SessionUser;
let hr: SessionUser;
let skp: FactoryAppraisal;

const entry = (overrides: Partial<TRealization> = {}): TRealization => ({
  indicatorId: skp.indicatorIds[0]!,
  date: dateOnly(YEAR, 2, 10),
  value: 3,
  text: "Tiga dokumen selesai diverifikasi",
  link: "https://arsip.example.go.id/dok/1",
  ...overrides,
});
const rows = async () => ({
  realizations: await seed.realization.count({ where: { indicator: { result: { appraisalId: skp.id } } } }),
  files: await seed.evidenceFile.count({ where: { ownerId: staff.employeeId } }),
  audits: await auditCount({ entityType: "Appraisal", entityId: String(skp.id) }),
});

beforeAll(async () => {
  rater = await actor(["PEGAWAI", "ATASAN"]);
  staff = await actor(["PEGAWAI"], { supervisorId: rater.employeeId });
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  // First indicator KUANTITAS (numeric), per the factory's rotation.
  skp = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "AGREED" });
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("addRealization", () => {
  it("stores the entry and the evidence with its real type and hash; the download follows the SKP's scope", async () => {
    const id = await addRealization(staff, skp.id, entry(), { filename: "../../bukti scan.PNG", bytes: PNG });
    const row = await seed.realization.findUniqueOrThrow({ where: { id }, include: { file: true } });
    expect(row.value?.toString()).toBe("3");
    expect(row.file).toMatchObject({ filename: "bukti scan.png", mimeType: "image/png", size: PNG.byteLength, sha256: createHash("sha256").update(PNG).digest("hex") });
    const fileId = row.file!.id;
    for (const reader of [staff, rater, hr]) expect((await getEvidenceFile(reader, fileId))?.mimeType).toBe("image/png");
    expect(await getEvidenceFile(await actor(["PEGAWAI", "ATASAN"]), fileId)).toBeNull();
    expect(await auditCount({ action: "realization.create", entityId: String(skp.id) })).toBeGreaterThan(0);
  });

  it.each([
    ["a file whose bytes are not PDF or an image", () => entry(), { filename: "laporan.pdf", bytes: HTML_AS_PDF }, "file"],
    ["a file above 2 MB", () => entry(), { filename: "besar.png", bytes: new Uint8Array(MAX_EVIDENCE_BYTES + 1).fill(0x89, 0, 1) }, "file"],
    ["a date in the future", () => entry({ date: addDays(today(), 1) }), null, "date"],
    ["a date before the SKP", () => entry({ date: dateOnly(YEAR - 1, 12, 31) }), null, "date"],
    ["no value for a numeric target", () => entry({ value: null }), null, "value"],
    ["an indicator of another SKP", () => entry({ indicatorId: 2_000_000_000 }), null, "indicatorId"],
  ])("refuses %s beside the field and writes nothing", async (_label, input, upload, field) => {
    const before = await rows();
    await expect(addRealization(staff, skp.id, input(), upload)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { [field]: [expect.any(String)] } });
    expect(await rows()).toEqual(before);
  });

  it("reports every problem of one entry at once, each beside its own field", async () => {
    const before = await rows();
    const refused = addRealization(staff, skp.id, entry({ value: null, date: addDays(today(), 3) }), { filename: "x.pdf", bytes: HTML_AS_PDF });
    await expect(refused).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { value: [expect.any(String)], date: [expect.any(String)], file: [expect.any(String)] } });
    expect(await rows()).toEqual(before);
  });

  it("is refused before the plan is agreed, after it is closed, and for anyone but the employee", async () => {
    const draft = await createAppraisal(seed, { employeeId: (await actor(["PEGAWAI"], { supervisorId: rater.employeeId })).employeeId, year: YEAR, status: "DRAFT" });
    const owner = await seed.appraisal.findUniqueOrThrow({ where: { id: draft.id }, select: { employee: { select: { user: { select: { id: true } }, nip: true, name: true, id: true } } } });
    const draftOwner: SessionUser = { userId: owner.employee.user!.id, employeeId: owner.employee.id, nip: owner.employee.nip, name: owner.employee.name, roles: ["PEGAWAI"] };
    await expect(addRealization(draftOwner, draft.id, { ...entry(), indicatorId: draft.indicatorIds[0]! }, null)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("disetujui") });
    const closed = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "CLOSED", periodEnd: dateOnly(YEAR, 1, 31) });
    await expect(addRealization(staff, closed.id, { ...entry({ date: dateOnly(YEAR, 1, 10) }), indicatorId: closed.indicatorIds[0]! }, null)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("ditutup") });
    const before = await rows();
    await expect(addRealization(rater, skp.id, entry(), null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addRealization(hr, skp.id, entry(), null)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rows()).toEqual(before);
  });
});

describe("deleteRealization", () => {
  it("removes the employee's entry and its file, and nobody else's", async () => {
    const id = await addRealization(staff, skp.id, entry({ text: "Entri untuk dihapus" }), { filename: "hapus.png", bytes: PNG });
    const fileId = (await seed.realization.findUniqueOrThrow({ where: { id } })).fileId!;
    await expect(deleteRealization(rater, skp.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR - 1, status: "AGREED" });
    await expect(deleteRealization(staff, other.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await deleteRealization(staff, skp.id, id);
    expect(await seed.realization.count({ where: { id } })).toBe(0);
    expect(await seed.evidenceFile.count({ where: { id: fileId } })).toBe(0);
    expect(await auditCount({ action: "realization.delete", entityId: String(skp.id) })).toBe(1);
  });
});

describe("notes (dialog kinerja)", () => {
  it("are written by the employee and the rater, listed newest first, and refused to others and on a closed SKP", async () => {
    await addNote(staff, skp.id, { date: dateOnly(YEAR, 3, 1), text: "Saya meminta arahan format laporan." });
    await addNote(rater, skp.id, { date: dateOnly(YEAR, 3, 5), text: "Gunakan format laporan dari Bidang Mutasi." });
    const before = await rows();
    await expect(addNote(await actor(["PEGAWAI", "ATASAN"]), skp.id, { date: dateOnly(YEAR, 3, 6), text: "Orang luar" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addNote(hr, skp.id, { date: dateOnly(YEAR, 3, 6), text: "HR hanya membaca" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addNote(staff, skp.id, { date: addDays(today(), 1), text: "Masa depan" })).rejects.toMatchObject({ fieldErrors: { date: [expect.any(String)] } });
    const closed = await createAppraisal(seed, { employeeId: staff.employeeId, year: YEAR, status: "CLOSED" });
    await expect(addNote(staff, closed.id, { date: dateOnly(YEAR, 3, 6), text: "Sudah ditutup" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rows()).toEqual(before);
    const list = await listNotes(staff, skp.id, 1);
    expect(list.rows.map((n) => n.author.id)).toEqual([rater.employeeId, staff.employeeId]);
    expect((await listNotes(await actor(["PEGAWAI"]), skp.id, 1)).total).toBe(0);
  });
});
