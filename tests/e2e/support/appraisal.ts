import { deflateSync } from "node:zlib";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { PASSWORD } from "./accounts";
import type { CapturedAction } from "./server-action";
import { detailValue, signIn } from "./ui";

// The appraisal (SKP) specs' shared steps. Which demo people they use, so two workers never touch the
// same SKP (prisma/seed/demo-appraisals-plan.ts scripts Sri Wahyuni's team by state, in id order):
//   appraisal-cycle   Muhammad Rizki Ananda (no 2026 SKP) and Sri Wahyuni as his rater
//   appraisal-appeal  the team member whose 2026 SKP is rated and acknowledged through Q3 ("FULL"),
//                     Sri's own rater as decider, the unit that governs BKD's 2026 distribution
//   appraisal-access  read-only, or forged calls that are refused: Q3 rated / Q3 self-assessed members
//   appraisal-admin   the member whose SKP was split mid-year (Q1 outside her current SKP); the 2025
//                     distribution of Dinas Kesehatan (read only); the 360 answer days (restored)
//   appraisal-mobile  read-only: Sri's SKP Saya, her form for the Q3 self-assessed member

export const YEAR = 2026;

/** The rating labels of messages/id/appraisal.json. */
export const RATING = { above: "Di atas ekspektasi", meets: "Sesuai ekspektasi", below: "Di bawah ekspektasi" } as const;
export type RatingLabel = (typeof RATING)[keyof typeof RATING];

export const CORE_VALUE_LABELS = ["Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif"] as const;

/** Texts from messages/id/{skp,evaluations,appraisalAdmin}.json that several appraisal specs look for. */
export const APPRAISAL_TEXT = {
  feedbackRequired: "Umpan balik wajib diisi bila ada penilaian di bawah ekspektasi.",
  validation: "Periksa kembali isian yang ditandai.",
  predikatPending: "Predikat kinerja muncul setelah kedua penilaian keseluruhan dipilih.",
  readOnly: "Anda melihat penilaian ini tanpa dapat mengubahnya.",
  annualHidden: "Hasil penilaian tahunan ditampilkan setelah ditetapkan.",
  notFoundData: "Data tidak ditemukan.",
} as const;

export const livePredikat = (predikat: string) => `Predikat kinerja: ${predikat}`;

/** A new browser context signed in as any demo person (every demo account has the demo password). */
export async function signedInPage(browser: Browser, nip: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, nip, PASSWORD);
  return page;
}

/** The SKP id in the current URL (/skp/<id>…). */
export function skpIdOf(page: Page): number {
  const id = Number(new URL(page.url()).pathname.match(/^\/skp\/(\d+)/)?.[1]);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`Not an SKP page: ${page.url()}`);
  return id;
}

/** The SKP page's summary card. */
export function skpSummary(page: Page): Locator {
  return page.getByRole("region", { name: "Ringkasan" });
}

/** "Name (NIP)" as the SKP summary shows a person (employee, rater, rater's rater). */
export async function personOnSkp(page: Page, label: "Pegawai" | "Pejabat penilai" | "Atasan pejabat penilai"): Promise<{ name: string; nip: string }> {
  const text = (await detailValue(skpSummary(page), label).innerText()).trim();
  const match = text.match(/^(.*) \((\d{18})\)$/);
  if (!match) throw new Error(`No person under "${label}": ${text}`);
  return { name: match[1]!, nip: match[2]! };
}

/**
 * A step that asks first (ConfirmSubmit): opens the modal with `label` and confirms inside it. The
 * dialog's own button says `confirmLabel` (default: the same words).
 */
export async function confirmStep(scope: Page | Locator, label: string, confirmLabel = label): Promise<void> {
  await scope.getByRole("button", { name: label, exact: true }).click();
  const page = "page" in scope ? scope.page() : scope;
  const dialog = page.getByRole("dialog", { name: label });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: confirmLabel, exact: true }).click();
}

/** One rating as a radio group (its legend names what is rated). */
export function ratingGroup(scope: Page | Locator, legend: string | RegExp): Locator {
  return scope.getByRole("group", { name: legend, exact: typeof legend === "string" ? true : undefined });
}

export async function pick(scope: Page | Locator, legend: string | RegExp, rating: RatingLabel): Promise<void> {
  await ratingGroup(scope, legend).getByRole("radio", { name: rating, exact: true }).check();
}

export type RatingChoice = {
  /** Per RHK in plan order, or one rating for every RHK. */
  results: RatingLabel[] | RatingLabel;
  /** Every BerAKHLAK value alike. */
  values: RatingLabel;
  work: RatingLabel;
  behaviour: RatingLabel;
  feedback?: string;
};

/** Fills the rater's whole form (every RHK, every value, the two overall ratings, feedback). */
export async function fillRatingForm(page: Page, choice: RatingChoice): Promise<void> {
  const count = await ratingGroup(page, /^RHK \d+\. /).count();
  expect(count, "the form rates at least one RHK").toBeGreaterThan(0);
  const results = typeof choice.results === "string" ? Array<RatingLabel>(count).fill(choice.results) : choice.results;
  expect(results).toHaveLength(count);
  for (const [i, rating] of results.entries()) await pick(page, new RegExp(`^RHK ${i + 1}\\. `), rating);
  for (const value of CORE_VALUE_LABELS) await pick(page, value, choice.values);
  await pick(page, "Hasil kerja (keseluruhan)", choice.work);
  await pick(page, "Perilaku kerja (keseluruhan)", choice.behaviour);
  if (choice.feedback !== undefined) await page.getByLabel("Umpan balik untuk pegawai").fill(choice.feedback);
}

/** The predikat line under the overall ratings (role=status, updated as the choice changes). */
export function livePredikatLine(page: Page): Locator {
  return page.getByRole("status").filter({ hasText: /^Predikat kinerja/ });
}

/** Tim Saya's table rows (/team). */
export function teamRows(page: Page): Locator {
  return page.getByRole("table", { name: "Tim Saya" }).locator("tbody").getByRole("row");
}

/** A period cell's link in a Tim Saya row ("Triwulan 1: Diterima", possibly ", Terlambat"). */
export function teamCell(row: Locator, period: string, status?: string): Locator {
  return row.getByRole("link", { name: new RegExp(`^${period}: ${status ?? ""}`) });
}

export type TeamMember = { name: string; nip: string; skpId: number };

/** Reads name, NIP and SKP id of a Tim Saya row. */
export async function teamMember(row: Locator): Promise<TeamMember> {
  const link = row.getByRole("cell").first().getByRole("link");
  const href = (await link.getAttribute("href")) ?? "";
  const skpId = Number(href.match(/^\/skp\/(\d+)$/)?.[1]);
  const nip = (await row.getByText(/^\d{18}$/).innerText()).trim();
  if (!skpId) throw new Error(`No SKP link in the row: ${href}`);
  return { name: (await link.innerText()).trim(), nip, skpId };
}

/**
 * The one row of the signed-in rater's 2026 Tim Saya that has every `has` cell and no link for the
 * `lacks` periods (Sri Wahyuni's team members are scripted by state in the seed).
 */
export async function findTeamMember(page: Page, has: { period: string; status: string }[], lacks: string[] = []): Promise<TeamMember> {
  await page.goto(`/team?year=${YEAR}`);
  await expect(teamRows(page).first()).toBeVisible();
  const matches: Locator[] = [];
  for (const row of await teamRows(page).all()) {
    let ok = true;
    for (const cell of has) if ((await teamCell(row, cell.period, cell.status).count()) === 0) ok = false;
    for (const period of lacks) if ((await teamCell(row, period).count()) > 0) ok = false;
    if (ok) matches.push(row);
  }
  expect(matches, `one Tim Saya row with ${JSON.stringify(has)}, without ${lacks.join(", ")}`).toHaveLength(1);
  return teamMember(matches[0]!);
}

/** The evaluation page of an SKP's period (`q1`…`q4`, `annual`). */
export async function openEvaluation(page: Page, skpId: number, period: string): Promise<void> {
  await page.goto(`/skp/${skpId}/evaluations/${period}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Penilaian (Triwulan \d|Tahunan) \d{4}$/);
}

/** The evaluation page's summary card (named like the SKP page's). */
export const evaluationSummary = skpSummary;

/**
 * Points a captured evaluation call (bound to `appraisalId, period`) at another SKP or period: the
 * bound arguments travel as plain JSON in the argument fields.
 */
export function rebind(call: CapturedAction, from: [number, string], to: [number, string]): [string, string][] {
  const before = JSON.stringify(from).slice(0, -1);
  const after = JSON.stringify(to).slice(0, -1);
  let found = false;
  const fields = call.fields.map(([key, value]): [string, string] => {
    if (!value.startsWith(before)) return [key, value];
    found = true;
    return [key, after + value.slice(before.length)];
  });
  if (!found) throw new Error(`The captured call is not bound to ${before}: ${JSON.stringify(call.fields)}`);
  return fields;
}

// A tiny valid PNG (2×2, RGB), built here so the upload is a real image by its bytes.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function tinyPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0); // width
  header.writeUInt32BE(2, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  // Two rows, each a filter byte then two pixels.
  const pixels = Buffer.from([0, 0x1d, 0x4e, 0xd8, 0xff, 0xff, 0xff, 0, 0xff, 0xff, 0xff, 0x1d, 0x4e, 0xd8]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
}

/** The page is no wider than the viewport (nothing pushes the layout sideways on a phone). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.document, `page width ${widths.document} > viewport ${widths.viewport}`).toBeLessThanOrEqual(widths.viewport);
}

const formatDay = (day: Date) => new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(day);

/** The real calendar date in WIB plus `days` ("7 Desember 2026"): for dates counted from a real moment (a release). */
export function wibDatePlus(days: number): string {
  const wib = new Date(Date.now() + 7 * 60 * 60 * 1000);
  return formatDay(new Date(Date.UTC(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate() + days)));
}

/** The app's calendar date plus `days`: the pinned JENJANG_TODAY the e2e server runs with, else the real one. */
export function appDatePlus(days: number): string {
  const pinned = process.env.JENJANG_TODAY;
  if (!pinned) return wibDatePlus(days);
  const [y, m, d] = pinned.split("-").map(Number) as [number, number, number];
  return formatDay(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The signed-in employee's SKP ids from SKP Saya: this year's (first card) or a past year's. */
export async function ownSkpId(page: Page, year: number = YEAR): Promise<number> {
  await page.goto("/skp");
  if (year !== YEAR) await page.getByText(/^SKP tahun sebelumnya \(\d+\)$/).click();
  const link = year === YEAR ? page.getByRole("link", { name: "Buka SKP" }).first() : page.getByRole("link", { name: `SKP ${year}`, exact: true });
  const id = Number((await link.getAttribute("href"))?.match(/^\/skp\/(\d+)$/)?.[1]);
  if (!id) throw new Error(`No SKP ${year} on SKP Saya`);
  return id;
}
