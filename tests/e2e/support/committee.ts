import { readFileSync } from "node:fs";
import { expect, type Download, type Locator, type Page } from "@playwright/test";
import { confirmStep } from "./appraisal";
import { escapeRegExp, field } from "./ui";

// Promotion rounds, the committee and the talent pages (issue 5): the demo's committee members and
// the steps several specs take, located as a person finds them.

/** Tim Penilai members beside the chair (prisma/seed/demo-talent.ts DEMO_COMMITTEE_MEMBERS). */
export const MEMBERS = {
  /** Kepala Badan Kepegawaian Daerah. */
  bkdHead: { nip: "197008282001072249", name: "Vivian Tanoto" },
  /** Inspektur. */
  inspektur: { nip: "197901102010021030", name: "Bayu Prasetyo" },
} as const;

export const CHAIR_NAME = "Syamsul Bahri";

/** The demo's closed round (prisma/seed/demo-talent-round.ts). */
export const DEMO_ROUND_TITLE = "Kenaikan pangkat periode 1 Oktober 2026";

export const COMMITTEE_TEXT = {
  frozen: "Usulan sudah dikirim ke Tim Penilai: daftar dibekukan.",
  notChair: "Hanya ketua Tim Penilai untuk usulan ini yang dapat memutuskan, menutup sidang, atau mencatat koreksi.",
} as const;

/** The control labelled `label` is marked invalid and described by `message` (the error beside it). */
export async function expectFieldError(scope: Page | Locator, label: string, message: string): Promise<void> {
  const control = field(scope, label);
  await expect(control).toHaveAttribute("aria-invalid", "true");
  await expect(control).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)));
}

/** The id in /promotions/<id> or /committee/promotions/<id>. */
export function caseIdOf(page: Page): number {
  const id = Number(new URL(page.url()).pathname.match(/\/(?:promotions|placements)\/(\d+)/)?.[1]);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`Not a case page: ${page.url()}`);
  return id;
}

/** HR opens a KP round for an ISO date and lands on its page. */
export async function openRound(page: Page, iso: string): Promise<number> {
  await page.goto("/promotions");
  await field(page, "TMT periode").fill(iso);
  await page.getByRole("button", { name: "Buka periode" }).click();
  await expect(page.getByText("Periode dibuka. Lanjutkan dengan penyaringan.")).toBeVisible();
  return caseIdOf(page);
}

/** Screens every PNS; returns the counts the answer reports (and the summary repeats). */
export async function screenRound(page: Page): Promise<{ screened: number; eligible: number }> {
  await page.getByRole("button", { name: /^(Saring semua PNS|Saring ulang)$/ }).click();
  const done = page.getByText(/^Penyaringan selesai: [\d.]+ PNS disaring, [\d.]+ memenuhi syarat\.$/);
  await expect(done).toBeVisible({ timeout: 20_000 });
  const [, screened, eligible] = (await done.innerText()).match(/([\d.]+) PNS disaring, ([\d.]+) memenuhi/)!;
  return { screened: Number(screened!.replace(/\./g, "")), eligible: Number(eligible!.replace(/\./g, "")) };
}

/** HR adds a pilihan candidate; `route` is the label in the list ("Prestasi luar biasa"). */
export async function fillPilihan(page: Page, nip: string, route: string, justification: string): Promise<void> {
  const form = page.getByRole("group", { name: "Tambah usulan jalur pilihan" });
  await field(form, "NIP pegawai").fill(nip);
  await field(form, "Jalur").selectOption({ label: route });
  await field(form, "Justifikasi").fill(justification);
}

/** HR sends the round to a chair (by the option's "Name (NIP)"), confirming in the dialog. */
export async function sendToCommittee(page: Page, chairNip: string): Promise<void> {
  const form = page.getByRole("group", { name: "Kirim ke Tim Penilai" });
  const select = field(form, "Ketua Tim Penilai");
  const label = await select.locator("option", { hasText: chairNip }).innerText();
  await select.selectOption({ label });
  await confirmStep(form, "Kirim ke Tim Penilai");
  await expect(page.getByText("Usulan dikirim ke Tim Penilai.")).toBeVisible();
}

/** One candidate's card on a committee case page (the list item holding their NIP). */
export function committeeCard(page: Page, nip: string): Locator {
  return page.getByRole("listitem").filter({ hasText: nip }).filter({ has: page.getByTestId(/^committee-panel-/) });
}

/** A member's word on a candidate: recommend or not, with a reason. */
export async function recordVote(card: Locator, word: "Merekomendasikan" | "Tidak merekomendasikan", reason: string): Promise<void> {
  const form = card.getByRole("group", { name: "Pendapat Anda" });
  await form.getByRole("radio", { name: word, exact: true }).check();
  await field(form, "Alasan").fill(reason);
  await form.getByRole("button", { name: "Simpan pendapat" }).click();
  // One word per member: the form gives way to the word on record, and the answer stays on screen.
  await expect(card.getByRole("status").filter({ hasText: "Pendapat Anda tersimpan." })).toBeVisible();
  await expect(card.getByText(`Pendapat Anda: ${word}`)).toBeVisible();
  await expect(card.getByRole("group", { name: "Pendapat Anda" })).toHaveCount(0);
}

/** The chair's decision on a candidate, confirmed in the dialog. */
export async function recordDecision(card: Locator, decision: "Disetujui" | "Ditolak", reason: string): Promise<void> {
  const form = card.getByRole("group", { name: "Keputusan ketua" });
  await form.getByRole("radio", { name: decision, exact: true }).check();
  await field(form, "Alasan keputusan").fill(reason);
  await confirmStep(form, "Simpan keputusan");
  await expect(card.getByText("Keputusan tersimpan.")).toBeVisible();
}

/** A downloaded file's bytes. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  if (!path) throw new Error(`download failed: ${await download.failure()}`);
  return readFileSync(path);
}
