import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { storageStateFor, type Persona } from "./accounts";

/** Texts from messages/id/*.json that several specs look for. */
export const TEXT = {
  notFound: "Halaman tidak ditemukan",
  invalidCredentials: "NIP atau kata sandi salah.",
  locked: /^Terlalu banyak percobaan gagal\. Akun dengan NIP ini dikunci sementara; coba lagi dalam \d+ menit\.$/,
  conflict: "Data ini baru saja diubah oleh orang lain. Muat ulang halaman untuk melihat versi terbaru, lalu ulangi perubahan Anda.",
  forbidden: "Anda tidak berwenang melakukan tindakan ini.",
} as const;

async function sendSignIn(page: Page, nip: string, password: string): Promise<void> {
  if (!page.url().includes("/login")) await page.goto("/login");
  await page.getByLabel("NIP").fill(nip);
  await page.getByLabel("Kata sandi").fill(password);
  const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Masuk" }).click();
  await answered;
}

/** A sign-in that is expected to be refused: waits until the form has settled for the next try. */
export async function submitSignIn(page: Page, nip: string, password: string): Promise<void> {
  await sendSignIn(page, nip, password);
  // The next attempt starts once the button is back from "Memeriksa…" to "Masuk".
  await expect(page.getByRole("button", { name: /^(Masuk|Memeriksa…)$/ })).toHaveText("Masuk");
}

/** Signs in and waits until the signed-in shell shows the person's name. */
export async function signIn(page: Page, nip: string, password: string): Promise<void> {
  await sendSignIn(page, nip, password);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function expectNotFound(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: TEXT.notFound })).toBeVisible();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The form control labelled exactly `label`. Labels end with a "*" (required, hidden from screen
 * readers) or "(opsional)", so an exact match must allow for those; a plain substring match would
 * also hit "TMT jabatan" when looking for "Jabatan".
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*| \\(opsional\\))?$`));
}

/** A new browser context signed in as a demo persona (its saved state from auth.setup.ts). */
export async function pageAs(browser: Browser, persona: Persona): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(persona) });
  return context.newPage();
}

/**
 * Chooses the option whose visible text is `text`. Unit lists indent sub-units with non-breaking
 * spaces, so the text is compared trimmed, as a person reads it.
 */
export async function selectByText(select: Locator, text: string): Promise<string> {
  const value = await select.evaluate((element, wanted) => {
    const options = Array.from((element as HTMLSelectElement).options);
    const found = options.find((option) => option.text.replace(/\u00a0/g, " ").trim() === wanted);
    return found ? found.value : null;
  }, text);
  if (value === null) throw new Error(`No option "${text}" in ${select}`);
  await select.selectOption(value);
  return value;
}

/** The directory's result rows (the table body). */
export function directoryRows(page: Page): Locator {
  return page.getByRole("table", { name: "Pegawai" }).locator("tbody").getByRole("row");
}

/** Searches the directory (as someone who may open it) with the search box and the Cari button. */
export async function searchDirectory(page: Page, query: string): Promise<void> {
  await page.goto("/employees");
  await page.getByRole("searchbox", { name: "Cari nama atau NIP" }).fill(query);
  await page.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

/** The employee id behind a NIP, found through the admin's directory search like a person would. */
export async function employeeIdByNip(page: Page, nip: string): Promise<number> {
  await searchDirectory(page, nip);
  const row = directoryRows(page).filter({ hasText: nip });
  await expect(row).toHaveCount(1);
  const href = await row.getByRole("link").first().getAttribute("href");
  const id = Number(href?.match(/^\/employees\/(\d+)$/)?.[1]);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`No employee link for ${nip}: ${href}`);
  return id;
}

/** Same, from a short-lived admin context (for beforeAll hooks of specs running as someone else). */
export async function adminLookupIds(browser: Browser, nips: readonly string[]): Promise<Record<string, number>> {
  const page = await pageAs(browser, "admin");
  try {
    const ids: Record<string, number> = {};
    for (const nip of nips) ids[nip] = await employeeIdByNip(page, nip);
    return ids;
  } finally {
    await page.context().close();
  }
}

/** The value shown under a label in a card's term/description list (DetailList: dt + dd). */
export function detailValue(scope: Page | Locator, label: string): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`, "i") })
    .locator("xpath=following-sibling::dd[1]");
}
