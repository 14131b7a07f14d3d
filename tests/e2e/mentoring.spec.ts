import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { confirmStep } from "./support/appraisal";
import { addJp, appIsoDate, jpBar, jpLabel, myJp } from "./support/development";
import { createEmployee, DEFAULT_PLACEMENT } from "./support/employees";
import { newPerson } from "./support/people";
import { field, pageAs, signIn } from "./support/ui";

// A mentoring pair from opening to closing. The mentee is a person HR creates here (nobody else
// reads their JP); the mentor is Sri Wahyuni (III/d, predikat Baik in 2025), whose own JP a
// mentoring session does not touch. Muhammad Rizki Ananda (III/b) is only typed as a mentor who is
// not senior enough: nothing is saved for him.

const YEAR = 2026;
const SRI = "Sri Wahyuni";
const goals = "Menguasai penyusunan bahan kebijakan pengembangan karier dan presentasi di depan pimpinan.";
const outcome = "Mentee sudah menyusun dua bahan kebijakan sendiri; tindak lanjut: presentasi di rapat bidang.";

test.describe.configure({ timeout: 90_000 });

/** The pair's "Catat sesi" card: logs one session and checks the saved message. */
async function logSession(page: Page, minutes: number, topic: string): Promise<void> {
  const card = page.getByRole("region", { name: "Catat sesi" });
  await expect(field(card, "Tanggal sesi")).toHaveValue(appIsoDate(0));
  await field(card, "Durasi (menit)").fill(String(minutes));
  await field(card, "Topik").fill(topic);
  await field(card, "Catatan").fill("Dibahas contoh dari pekerjaan minggu ini.");
  await card.getByRole("button", { name: "Catat sesi" }).click();
  await expect(page).toHaveURL(/\?saved=session#sessions$/);
  await expect(page.getByTestId("form-success")).toHaveText("Sesi mentoring tercatat; JP mentee bertambah.");
}

test("[ADMIN][SUPERVISOR][STAFF][MENTORING] a pair is opened with a senior mentor, both log sessions that count as the mentee's JP, and it is closed", async ({ browser }) => {
  const hr = await pageAs(browser, "admin");
  const person = newPerson("FEMALE");
  const mentee = await createEmployee(hr, person, { ...DEFAULT_PLACEMENT, rankLabel: "III/c — Penata" });
  const menteeName = mentee.name;

  // 1. HR opens the pair: a III/b mentor for a III/c mentee is refused beside the mentor's NIP.
  await hr.goto("/mentoring/new");
  await expect(hr.getByRole("heading", { level: 1, name: "Buka pasangan mentoring" })).toBeVisible();
  await field(hr, "NIP mentee").fill(mentee.nip);
  await field(hr, "NIP mentor").fill(ACCOUNTS.staff);
  await field(hr, "Tujuan mentoring").fill(goals);
  await expect(field(hr, "Tanggal mulai")).toHaveValue(appIsoDate(0));
  await field(hr, "Tanggal selesai").fill(appIsoDate(120));
  await hr.getByRole("button", { name: "Buka pasangan" }).click();
  await expect(hr.getByTestId("form-error")).toHaveText("Periksa kembali isian yang ditandai.");
  await expect(field(hr, "NIP mentor")).toHaveAccessibleDescription(
    /Mentor harus lebih senior dari mentee: pangkat lebih tinggi bila keduanya PNS, selain itu kelas jabatan lebih tinggi\./,
  );
  await expect(hr).toHaveURL(/\/mentoring\/new$/);
  // What was typed is kept; only the mentor changes.
  await expect(field(hr, "NIP mentee")).toHaveValue(mentee.nip);
  await expect(field(hr, "Tujuan mentoring")).toHaveValue(goals);
  await field(hr, "NIP mentor").fill(ACCOUNTS.supervisor);
  await hr.getByRole("button", { name: "Buka pasangan" }).click();
  await expect(hr).toHaveURL(/\/mentoring\/\d+\?saved=opened$/);
  await expect(hr.getByTestId("form-success")).toHaveText("Pasangan mentoring dibuka.");
  const pairPath = new URL(hr.url()).pathname;
  await expect(hr.getByRole("heading", { level: 1, name: `Mentoring ${menteeName}` })).toBeVisible();
  const details = hr.getByRole("region", { name: "Pasangan", exact: true });
  await expect(details).toContainText(goals);
  await expect(details).toContainText("Aktif");
  await expect(hr.getByText("Belum ada sesi yang dicatat.")).toBeVisible();
  // The refused mentor got no pair: HR's list holds one pair for this mentee, with Sri.
  await hr.goto("/mentoring");
  const pairs = hr.getByRole("table", { name: "Semua pasangan mentoring" }).getByRole("row").filter({ hasText: mentee.nip });
  await expect(pairs).toHaveCount(1);
  await expect(pairs).toContainText(SRI);

  // 2. The mentee: no JP yet this year, then logs a 90-minute session (2 JP).
  const own = await (await browser.newContext()).newPage();
  await signIn(own, mentee.nip, mentee.password);
  expect(await myJp(own, YEAR)).toBe(0);
  await expect(own.getByText("Belum ada JP yang tercatat pada tahun ini.")).toBeVisible();
  await own.goto("/mentoring");
  const asMentee = own.getByRole("table", { name: "Sebagai mentee" });
  await expect(asMentee.getByRole("row").filter({ hasText: SRI })).toContainText("Aktif");
  await asMentee.getByRole("link", { name: `Detail mentoring ${SRI} untuk ${menteeName}` }).click();
  await expect(own).toHaveURL(new RegExp(`${pairPath}$`));
  await logSession(own, 90, "Menyusun kerangka bahan kebijakan");
  expect(await myJp(own, YEAR)).toBe(2);

  // 3. The mentor finds the pair under "Sebagai mentor" and logs a 45-minute session (1 JP).
  const sri = await pageAs(browser, "supervisor");
  const sriJp = await myJp(sri, YEAR);
  await sri.goto("/mentoring");
  await sri.getByRole("table", { name: "Sebagai mentor" }).getByRole("link", { name: `Detail mentoring ${SRI} untuk ${menteeName}` }).click();
  await logSession(sri, 45, "Reviu draf bahan kebijakan");
  const sessions = sri.getByRole("table", { name: "Sesi mentoring, terbaru lebih dahulu" }).locator("tbody").getByRole("row");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "Reviu draf bahan kebijakan" })).toContainText(SRI);
  await expect(sessions.filter({ hasText: "Menyusun kerangka bahan kebijakan" })).toContainText(menteeName);
  const totals = sri.getByRole("region", { name: "Rekap" });
  await expect(totals).toContainText("2 jam 15 menit");
  await expect(totals).toContainText("3 JP");

  // The hours are the mentee's, as non-klasikal JP; the mentor's own JP did not move.
  expect(await myJp(own, YEAR)).toBe(addJp(2, 1));
  await expect(own.getByTestId("jp-progress")).toContainText(`Klasikal 0 JP · non-klasikal ${jpLabel(3)}`);
  await expect(own.getByTestId("jp-progress")).toContainText("Kurang 17 JP lagi untuk memenuhi 20 JP.");
  const ledger = own.getByTestId("jp-progress").getByRole("listitem");
  await expect(ledger.filter({ hasText: "Mentoring: Reviu draf bahan kebijakan" })).toContainText("Non-klasikal · Mentoring");
  await expect(ledger.filter({ hasText: "Mentoring: Menyusun kerangka bahan kebijakan" })).toContainText(jpLabel(2));
  expect(await myJp(sri, YEAR)).toBe(sriJp);
  await expect(jpBar(sri, YEAR)).toBeVisible();

  // 4. The mentor closes the pair with its outcome, after confirming.
  await sri.goto(pairPath);
  await expect(sri.getByRole("region", { name: "Catat sesi" })).toBeVisible();
  const close = sri.getByRole("region", { name: "Tutup pasangan" });
  await field(close, "Hasil mentoring").fill(outcome);
  await confirmStep(close, "Tutup pasangan");
  await expect(sri).toHaveURL(/\?saved=closed$/);
  await expect(sri.getByTestId("form-success")).toHaveText("Pasangan mentoring ditutup.");

  // 5. Both see it closed: the outcome, no more session form, "Ditutup" in their lists.
  for (const [page, table, other] of [
    [sri, "Sebagai mentor", mentee.nip],
    [own, "Sebagai mentee", SRI],
  ] as const) {
    await page.goto(pairPath);
    await expect(page.getByRole("region", { name: "Pasangan", exact: true })).toContainText("Ditutup");
    await expect(page.getByRole("region", { name: "Pasangan", exact: true })).toContainText(outcome);
    await expect(page.getByText("Pasangan ini sudah ditutup; sesi tidak dapat dicatat lagi.")).toBeVisible();
    await expect(page.getByRole("region", { name: "Catat sesi" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Tutup pasangan" })).toHaveCount(0);
    await page.goto("/mentoring");
    await expect(page.getByRole("table", { name: table }).getByRole("row").filter({ hasText: other })).toContainText("Ditutup");
  }
  // The JP stays with the mentee after the pair is closed.
  expect(await myJp(own, YEAR)).toBe(3);
  await Promise.all([hr.context().close(), sri.context().close(), own.context().close()]);
});
