import { expect, type Locator, type Page } from "@playwright/test";
import { isoDate, randomWord } from "./people";
import type { CapturedAction } from "./server-action";
import { field } from "./ui";

// The competency-development specs' shared steps (issue 4: catalog, registrations, JP, mentoring,
// records, career page). Who they use, so two workers never touch the same person's JP or checklist:
//   training-flow     Muhammad Rizki Ananda (his 2026 JP and timeline), Sri Wahyuni, HR; trainings
//                     HR adds itself, and the demo's STAFF_OPEN_TRAINING for the declined request
//   training-quota    two people HR creates, one training HR creates
//   career-access     read-only pages; Nurul Hidayah's pending request on a training HR creates
//                     (forged calls against it are refused); a pair not involving the staff account
//   mentoring         a mentee HR creates, Sri Wahyuni as mentor (her own JP does not move)
//   records           a person HR creates (assessment, award, sanction)
//   career-mobile     read-only

/** Texts from messages/id/{trainings,mentoring,records,career}.json that the specs look for. */
export const DEV_TEXT = {
  created: "Pelatihan ditambahkan ke katalog (belum terbit).",
  updated: "Perubahan pelatihan tersimpan.",
  published: "Pelatihan diterbitkan: pegawai dapat melihat dan mendaftar.",
  registered: "Pendaftaran terkirim. Atasan langsung Anda akan menyetujui atau menolaknya.",
  approved: "Pendaftaran disetujui.",
  declined: "Pendaftaran ditolak; kursi dikembalikan.",
  attendance: "Kehadiran peserta tersimpan.",
  full: "Kuota sudah penuh.",
  reasonRequired: "Tuliskan alasannya.",
  jpInvalid: "JP harus antara 0,5 dan 500 (paling banyak dua desimal).",
  validation: "Periksa kembali isian yang ditandai.",
  notFoundData: "Data tidak ditemukan.",
  status: {
    PENDING: "Menunggu persetujuan",
    APPROVED: "Disetujui",
    DECLINED: "Ditolak",
    COMPLETED: "Selesai",
  },
} as const;

/** The demo's upcoming training with free seats the staff account may register for (prisma/seed). */
export const STAFF_OPEN_TRAINING = "Pelatihan Penyusunan SKP berbasis PermenPANRB 6/2022 Angkatan II";

/** The e2e server's calendar day (JENJANG_TODAY, as test-run sets it) plus `days`, as a date input takes it. */
export function appIsoDate(days = 0): string {
  const pinned = process.env.JENJANG_TODAY;
  const base = pinned ? new Date(`${pinned}T00:00:00Z`) : new Date(Date.now() + 7 * 60 * 60 * 1000);
  const day = new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate() + days));
  return isoDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}

/** "23 November 2026": an ISO date as the app prints it. */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat("id-ID", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

/** JP as the app writes it: "2,5 JP". */
export function jpLabel(hours: number): string {
  return `${new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }).format(hours)} JP`;
}

export type NewTraining = {
  title: string;
  /** Labels of the form's selects. */
  kind: string;
  mode: string;
  provider: string;
  startDate: string;
  endDate: string;
  deadline: string;
  hours: number;
  quota: number;
};

/** A one-day classroom training tomorrow (the app's day), registration open until then. */
export function newTraining(overrides: Partial<NewTraining> = {}): NewTraining {
  return {
    title: `Uji Pelatihan ${randomWord()} ${randomWord(6)}`,
    kind: "Pelatihan teknis",
    mode: "Luring",
    provider: "BPSDM Provinsi Jambi",
    startDate: appIsoDate(1),
    endDate: appIsoDate(2),
    deadline: appIsoDate(1),
    hours: 24,
    quota: 10,
    ...overrides,
  };
}

/** Fills the catalog form (/trainings/new or the edit form) with `training`. */
export async function fillTrainingForm(page: Page, training: NewTraining): Promise<void> {
  await field(page, "Judul").fill(training.title);
  await field(page, "Bentuk pengembangan").selectOption({ label: training.kind });
  await field(page, "Moda").selectOption({ label: training.mode });
  await field(page, "Penyelenggara").fill(training.provider);
  await field(page, "Tanggal mulai").fill(training.startDate);
  await field(page, "Tanggal selesai").fill(training.endDate);
  await field(page, "Batas pendaftaran").fill(training.deadline);
  await field(page, "Jam pelajaran (JP)").fill(String(training.hours).replace(".", ","));
  await field(page, "Kuota peserta").fill(String(training.quota));
}

/** The training id in the current URL (/trainings/<id>…). */
export function trainingIdOf(page: Page): number {
  const id = Number(new URL(page.url()).pathname.match(/^\/trainings\/(\d+)/)?.[1]);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`Not a training page: ${page.url()}`);
  return id;
}

/** HR (signed in on `page`) adds `training` through /trainings/new and publishes it; returns its id. */
export async function createPublishedTraining(page: Page, training: NewTraining = newTraining()): Promise<number> {
  await page.goto("/trainings/new");
  await fillTrainingForm(page, training);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page).toHaveURL(/\/trainings\/\d+\?saved=created$/);
  await expect(page.getByTestId("form-success")).toHaveText(DEV_TEXT.created);
  const id = trainingIdOf(page);
  await publishTraining(page);
  return id;
}

/** On a training's page, HR publishes it (asked to confirm first). */
export async function publishTraining(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Terbitkan", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Terbitkan" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Terbitkan", exact: true }).click();
  await expect(page).toHaveURL(/\?saved=published$/);
  await expect(page.getByTestId("form-success")).toHaveText(DEV_TEXT.published);
}

/** The staff side of a training page: the "Pendaftaran" card before registering. */
export function registerCard(page: Page): Locator {
  return page.getByRole("region", { name: "Pendaftaran", exact: true });
}

/** The staff side after registering: "Pendaftaran Anda". */
export function myRegistration(page: Page): Locator {
  return page.getByTestId("my-registration");
}

/** Registers the signed-in person for the training open on `page`, with a motivation. */
export async function register(page: Page, motivation: string): Promise<void> {
  await field(page, "Motivasi").fill(motivation);
  await page.getByRole("button", { name: "Daftar", exact: true }).click();
  await expect(page).toHaveURL(/\?saved=registered$/);
  await expect(page.getByTestId("form-success")).toHaveText(DEV_TEXT.registered);
}

/** Opens a training from the catalog by searching its title, as a person would. */
export async function openFromCatalog(page: Page, title: string, when: "upcoming" | "past" = "upcoming"): Promise<number> {
  await page.goto("/trainings");
  const search = page.getByRole("search");
  await search.getByLabel("Cari judul atau penyelenggara").fill(title);
  await search.getByLabel("Waktu").selectOption(when);
  await search.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole("table", { name: "Katalog Pelatihan" }).getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return trainingIdOf(page);
}

/** "Pelatihan saya": the row of one training in the registrations table. */
export function myRegistrationRow(page: Page, title: string): Locator {
  return page.getByRole("table", { name: "Pendaftaran pelatihan" }).getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

/** The JP progress bar of a year on "Pelatihan saya" (its value text reads "15,67 JP dari 20 JP"). */
export function jpBar(page: Page, year: number): Locator {
  return page.getByRole("progressbar", { name: `Capaian JP tahun ${year}` });
}

/** The year's JP total as the progress bar announces it. */
export async function jpTotal(page: Page, year: number): Promise<number> {
  const text = (await jpBar(page, year).getAttribute("aria-valuetext")) ?? "";
  const match = text.match(/^([\d.]+(?:,\d+)?) JP dari 20 JP$/);
  if (!match) throw new Error(`Unexpected JP text: "${text}"`);
  return Number(match[1]!.replace(/\./g, "").replace(",", "."));
}

/** The signed-in person's JP of `year` from /trainings/mine. */
export async function myJp(page: Page, year: number): Promise<number> {
  await page.goto(`/trainings/mine?year=${year}`);
  await expect(jpBar(page, year)).toBeVisible();
  return jpTotal(page, year);
}

/** Adds two JP figures the way the ledger does (two decimals). */
export const addJp = (a: number, b: number) => Math.round((a + b) * 100) / 100;

/** A pending request's card on the approvals page (/trainings/approvals). */
export function approvalCard(page: Page, person: string, title: string): Locator {
  return page.getByTestId("approvals").getByRole("listitem").filter({ hasText: person }).filter({ has: page.getByRole("link", { name: title, exact: true }) });
}

/** The KP checklist's conditions, by code (components/career/checklist.tsx marks each item with it). */
export const KP_CONDITIONS = {
  YEARS_IN_RANK: "Masa kerja dalam pangkat",
  PERFORMANCE: "Predikat kinerja dua tahun terakhir",
  EDUCATION_CAP: "Batas pangkat menurut pendidikan",
  JENJANG_RANGE: "Rentang pangkat jenjang jabatan",
  CREDIT: "Angka kredit",
  NO_SANCTION: "Hukuman disiplin",
} as const;

/** The KP checklist item of one condition on a career page; it starts with the condition's label. */
export function kpCondition(page: Page, code: keyof typeof KP_CONDITIONS): Locator {
  return page.getByTestId("kp-checklist").locator(`li[data-condition="${code}"]`);
}

/** The career timeline's entries (newest first). */
export function timelineEntries(page: Page): Locator {
  return page.getByTestId("career-timeline").getByRole("listitem");
}

/** The page fits a 390 px phone: neither the layout viewport nor the document grows sideways. */
export async function expectFitsPhone(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  // With isMobile, Chromium widens the layout viewport to fit content that overflows: check both.
  expect(widths.viewport, `layout viewport ${widths.viewport} on a 390 px phone`).toBe(390);
  expect(widths.document, `page width ${widths.document} > 390`).toBeLessThanOrEqual(390);
}

/**
 * The first bound argument (the record id) of a captured call to an action bound with `.bind(null, id,
 * …)`: React sends the argument list as JSON in the field "0" (`[id, …, state, "$K1"]`).
 */
export function boundId(call: CapturedAction): number {
  const args = call.fields.find(([key]) => key === "0")?.[1];
  const id = args ? (JSON.parse(args) as unknown[])[0] : undefined;
  if (typeof id !== "number") throw new Error(`No bound id in the captured call: ${JSON.stringify(call.fields)}`);
  return id;
}

/** The captured call's fields with its bound id `from` replaced by `to` (every place it travels). */
export function rebindId(call: CapturedAction, from: number, to: number): [string, string][] {
  let found = false;
  const fields = call.fields.map(([key, value]): [string, string] => {
    if (!value.startsWith(`[${from},`) && value !== `[${from}]`) return [key, value];
    found = true;
    return [key, `[${to}${value.slice(String(from).length + 1)}`];
  });
  if (!found) throw new Error(`The captured call is not bound to ${from}: ${JSON.stringify(call.fields)}`);
  return fields;
}
