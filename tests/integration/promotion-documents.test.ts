// What a closed round hands out: the SK PDF (the person and HR only, approved in a closed round
// only), the XLSX export (header and one row per candidate), and the transparency section of
// "Karier Saya" (own result with counts and reasons, never who; nothing of anyone else's).
import { PassThrough } from "node:stream";
import { inflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOwnRounds } from "../../lib/career/round-queries";
import { castVote } from "../../lib/committee/vote-mutations";
import { findRoundForExport, writeRoundXlsx } from "../../lib/promotions/export-queries";
import { getPromotionSk } from "../../lib/promotions/letter-queries";
import { db } from "../../lib/server/db";
import type { SessionUser } from "../../lib/server/session";
import { newUnit, openFreshRound, pns, runRound, type Person } from "./promotion-fixtures";
import { actor, seed } from "./support/context";

let hr: SessionUser;
let chair: SessionUser;
let member: SessionUser;
let approved: Person;
let rejected: Person;
let round: { id: number; period: Date };
let boss: SessionUser;

const candidateId = async (employeeId: number) => (await seed.promotionCandidate.findUniqueOrThrow({ where: { roundId_employeeId: { roundId: round.id, employeeId } } })).id;

/** The text a PDF draws: its content streams inflated and the hex strings of Tj operators decoded. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString("latin1");
  let text = "";
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content = match[1]!;
    try {
      content = inflateSync(Buffer.from(content, "latin1")).toString("latin1");
    } catch {
      // not compressed
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) text += `${Buffer.from(hex[1]!, "hex").toString("latin1")}\n`;
  }
  return text;
}

beforeAll(async () => {
  hr = await actor(["PEGAWAI", "ADMIN_BKD"]);
  chair = await actor(["PEGAWAI", "TIM_PENILAI"]);
  member = await actor(["PEGAWAI", "TIM_PENILAI"]);
  boss = await actor(["PEGAWAI", "ATASAN"]);
  round = await openFreshRound(hr);
  const unit = await newUnit("Dinas Dokumen");
  approved = await pns(round.period, unit);
  rejected = await pns(round.period, unit);
  await seed.employee.update({ where: { id: rejected.id }, data: { supervisorId: boss.employeeId, supervisorPath: [boss.employeeId] } });
  await runRound(hr, chair, round, [approved.id], async () => {
    await castVote(member, { kind: "promotion", id: await candidateId(approved.id) }, { kind: "RECOMMEND", reason: "Inovasi layanan kepegawaian daring." });
    await castVote(chair, { kind: "promotion", id: await candidateId(approved.id) }, { kind: "NOT_RECOMMEND", reason: "Perlu pengalaman lintas unit." });
  });
});

afterAll(async () => {
  await seed.$disconnect();
  await db.$disconnect();
});

describe("SK PDF", () => {
  it("is served to the person: a PDF naming them, their NIP and the SK number", async () => {
    const file = (await getPromotionSk(approved.user, await candidateId(approved.id)))!;
    expect(file.mimeType).toBe("application/pdf");
    expect(Buffer.from(file.data.slice(0, 5)).toString("latin1")).toBe("%PDF-");
    const text = pdfText(file.data);
    const employee = await seed.employee.findUniqueOrThrow({ where: { id: approved.id } });
    const sk = (await seed.promotionCandidate.findUniqueOrThrow({ where: { id: await candidateId(approved.id) } })).skNumber!;
    expect(text).toContain(employee.name);
    expect(text).toContain(employee.nip);
    expect(text).toContain(`NOMOR ${sk}`);
    expect(text).toContain("KEPUTUSAN KEPALA BADAN KEPEGAWAIAN DAERAH");
    expect(text).toContain("Penata Muda Tingkat I");
  });

  it("is served to HR", async () => {
    expect(await getPromotionSk(hr, await candidateId(approved.id))).not.toBeNull();
  });

  it("is refused to anyone else, and for a candidate not approved", async () => {
    expect(await getPromotionSk(rejected.user, await candidateId(approved.id))).toBeNull();
    expect(await getPromotionSk(boss, await candidateId(approved.id))).toBeNull();
    expect(await getPromotionSk(chair, await candidateId(approved.id))).toBeNull();
    expect(await getPromotionSk(rejected.user, await candidateId(rejected.id))).toBeNull();
    expect(await getPromotionSk(hr, await candidateId(rejected.id))).toBeNull();
  });

  it("does not exist before the round closes", async () => {
    const open = await openFreshRound(hr);
    const person = await pns(open.period, await newUnit("Dinas Belum Tutup"));
    const { screenRound } = await import("../../lib/promotions/screen-mutations");
    await screenRound(hr, open.id, { version: 1 });
    const id = (await seed.promotionCandidate.findUniqueOrThrow({ where: { roundId_employeeId: { roundId: open.id, employeeId: person.id } } })).id;
    await seed.promotionCandidate.update({ where: { id }, data: { decision: "APPROVED", skNumber: "X/1" } });
    expect(await getPromotionSk(person.user, id)).toBeNull();
    expect(await listOwnRounds(person.user, person.id)).toEqual([]);
  });
});

describe("XLSX export", () => {
  it("has the Indonesian header row and one row per candidate", async () => {
    const found = (await findRoundForExport(hr, round.id))!;
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => output.on("end", resolve));
    await writeRoundXlsx(found, output);
    await done;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 9)).toEqual(["NIP", "Nama", "Unit kerja", "Pangkat sekarang", "Pangkat diusulkan", "Jalur", "Memenuhi syarat", "Diusulkan"]);
    expect(header).toContain("Masa kerja dalam pangkat");
    expect(header).toContain("Keputusan");
    const candidates = await seed.promotionCandidate.count({ where: { roundId: round.id } });
    expect(sheet.actualRowCount).toBe(candidates + 1);
    const employee = await seed.employee.findUniqueOrThrow({ where: { id: approved.id } });
    let line: unknown[] | null = null;
    sheet.eachRow((row) => {
      if ((row.values as unknown[])[1] === employee.nip) line = row.values as unknown[];
    });
    expect(line).not.toBeNull();
    expect(line!).toContain("Disetujui");
    expect(line!).toContain("Terpenuhi");
  });

  it("is HR's alone", async () => {
    await expect(findRoundForExport(approved.user, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findRoundForExport(chair, round.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("Karier Saya: the rounds a person was screened in", () => {
  it("shows the person their result: conditions, decision and reason, counts and reasons without names", async () => {
    const rounds = await listOwnRounds(approved.user, approved.id);
    const mine = rounds.find((r) => r.periodTmt.getTime() === round.period.getTime())!;
    expect(mine).toMatchObject({ status: "CLOSED", eligible: true, proposed: true, decision: "APPROVED", decisionReason: expect.any(String), tally: { recommend: 1, notRecommend: 1, conflicts: 0 } });
    expect(mine.skNumber).not.toBeNull();
    expect(mine.reasons.map((r) => r.reason).sort()).toEqual(["Inovasi layanan kepegawaian daring.", "Perlu pengalaman lintas unit."]);
    expect(JSON.stringify(mine)).not.toContain(member.name);
    expect(JSON.stringify(mine)).not.toContain(chair.name);
  });

  it("staff see only their own result; the supervisor and HR see the person's", async () => {
    expect(await listOwnRounds(approved.user, rejected.id)).toEqual([]);
    expect(await listOwnRounds(rejected.user, approved.id)).toEqual([]);
    const viaBoss = await listOwnRounds(boss, rejected.id);
    expect(viaBoss.find((r) => r.periodTmt.getTime() === round.period.getTime())).toMatchObject({ decision: "REJECTED" });
    expect((await listOwnRounds(hr, approved.id)).length).toBeGreaterThan(0);
  });
});
