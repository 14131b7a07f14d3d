import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { confirmStep } from "./support/appraisal";
import { CHAIR_NAME, expectFieldError, recordDecision } from "./support/committee";
import { choosePosition } from "./support/employees";
import { randomWord } from "./support/people";
import { detailValue, employeeIdByNip, field, pageAs, selectByText } from "./support/ui";

// A placement selection from opening to the new jabatan. HR makes the vacant post first (a new
// Ahli Utama post that asks for an S3 ijazah), so the pool is the demo's few S3 holders and no other
// spec's people: the chair can decide every candidate on one page.

test.describe.configure({ mode: "serial", timeout: 90_000 });

const UNIT = "Biro Organisasi";
const POSITION = `Analis Kebijakan Ahli Utama Uji ${randomWord(5)}`;
const WEIGHTS_REASON = "Jabatan kunci: potensi (9-box) lebih menentukan daripada kesesuaian kompetensi teknis saat ini.";
const COMPONENTS = ["Pangkat", "Pendidikan", "Kesesuaian kompetensi", "Predikat kinerja", "Kotak 9-box", "Pelatihan (JP)"];

let hr: Page;
let selectionPath = "";
let approved = { name: "", nip: "" };

/** The ranked candidates (direct list items: the panels inside have lists of their own). */
const candidates = (page: Page): Locator => page.getByRole("list", { name: "Kandidat menurut peringkat" }).locator(":scope > li");

async function scores(page: Page): Promise<number[]> {
  const texts = await candidates(page).locator("p.text-2xl").allInnerTexts();
  return texts.map((text) => Number(text.replace(/\./g, "").replace(",", ".")));
}

test.beforeAll(async ({ browser }) => {
  hr = await pageAs(browser, "admin");
});
test.afterAll(async () => {
  await hr.context().close();
});

test("[HR][PLACEMENT] opens a selection for a vacant post and sees the ranked candidates with every score component", async () => {
  await hr.goto("/positions/new");
  await hr.getByLabel("Nama jabatan").fill(POSITION);
  await field(hr, "Jenis jabatan").selectOption({ label: "Fungsional" });
  await hr.getByLabel("Jenjang jabatan fungsional").selectOption({ label: "Ahli Utama" });
  await hr.getByLabel("Kelas jabatan").fill("14");
  await selectByText(field(hr, "Unit kerja"), UNIT);
  await field(hr, "Pendidikan minimal").selectOption({ label: "S3" });
  await hr.getByRole("button", { name: "Simpan" }).click();
  await expect(hr.getByTestId("form-success")).toHaveText("Jabatan ditambahkan.");

  await hr.goto("/placements/new");
  await choosePosition(hr, UNIT, `${POSITION} (Ahli Utama)`);
  await field(hr, "TMT").fill("2027-01-01");
  await hr.getByRole("button", { name: "Buka dan hitung peringkat" }).click();
  await expect(hr.getByText("Seleksi dibuka dan peringkat kandidat sudah dihitung.")).toBeVisible();
  selectionPath = new URL(hr.url()).pathname;
  expect(selectionPath).toMatch(/^\/placements\/\d+$/);
  await expect(detailValue(hr, "Formasi")).toHaveText("Formasi 1, terisi 0, lowong 1");

  const list = candidates(hr);
  expect(await list.count()).toBeGreaterThanOrEqual(2);
  await expect(list.first()).toContainText("#1");
  const first = list.first();
  await first.locator("summary").click();
  const breakdown = first.getByRole("table", { name: "Rincian skor merit" });
  for (const name of COMPONENTS) await expect(breakdown.getByRole("row").filter({ hasText: name }).first()).toBeVisible();
  await expect(breakdown.getByRole("row").filter({ hasText: "Pendidikan" }).first()).toContainText("Pendidikan S3 memenuhi syarat minimal S3.");
  const sorted = await scores(hr);
  expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
});

test("[HR][PLACEMENT] changes the weights: a sum other than 100 and a missing reason are refused, then saved and re-ranked", async () => {
  await hr.goto(selectionPath);
  await hr.getByRole("link", { name: "Ubah bobot" }).click();
  const weights = hr.getByRole("group", { name: "Bobot dalam persen (jumlah harus 100)" });
  await field(weights, "Kotak 9-box").fill("40");
  await expect(weights.getByText("Jumlah: 130 — harus tepat 100.")).toBeVisible();
  await field(hr, "Alasan perubahan").fill(WEIGHTS_REASON);
  await hr.getByRole("button", { name: "Simpan bobot dan hitung ulang" }).click();
  await expect(weights).toHaveAccessibleDescription(/Jumlah bobot harus tepat 100 \(sekarang 130\)\./);

  await field(weights, "Kesesuaian kompetensi").fill("0");
  await expect(weights.getByText("Jumlah: 100 — sudah tepat.")).toBeVisible();
  await field(hr, "Alasan perubahan").fill("");
  await hr.getByRole("button", { name: "Simpan bobot dan hitung ulang" }).click();
  await expectFieldError(hr, "Alasan perubahan", "Tulis alasan minimal 20 karakter.");
  // Nothing was saved: the selection still has its default weights.
  await hr.goto(selectionPath);
  await expect(hr.getByText("Bobot bawaan; belum pernah diubah.")).toBeVisible();

  await hr.getByRole("link", { name: "Ubah bobot" }).click();
  await field(hr, "Kotak 9-box").fill("40");
  await field(hr, "Kesesuaian kompetensi").fill("0");
  await field(hr, "Alasan perubahan").fill(WEIGHTS_REASON);
  await hr.getByRole("button", { name: "Simpan bobot dan hitung ulang" }).click();
  await expect(hr.getByText("Bobot disimpan dan peringkat dihitung ulang.")).toBeVisible();
  await expect(hr.getByText(`Alasan perubahan bobot: ${WEIGHTS_REASON}`)).toBeVisible();
  await expect(hr.getByText(/^Kotak 9-box: 40%$/)).toBeVisible();
  const first = candidates(hr).first();
  await first.locator("summary").click();
  await expect(first.getByRole("table", { name: "Rincian skor merit" }).getByRole("row").filter({ hasText: "Kotak 9-box" }).first()).toContainText("40%");
  const sorted = await scores(hr);
  expect(sorted).toEqual([...sorted].sort((a, b) => b - a));
});

test("[HR][PLACEMENT] sends the shortlist to the chair; the ranking is frozen", async () => {
  await hr.goto(selectionPath);
  await hr.getByRole("link", { name: "Kirim ke Tim Penilai" }).click();
  const chair = field(hr, "Ketua sidang");
  await chair.selectOption({ label: (await chair.locator("option", { hasText: ACCOUNTS.chair }).innerText()).trim() });
  await confirmStep(hr, "Kirim ke Tim Penilai");
  await expect(hr.getByText("Seleksi dikirim ke Tim Penilai; peringkat dibekukan.")).toBeVisible();
  await expect(hr.getByRole("link", { name: "Ubah bobot" })).toHaveCount(0);
  await expect(hr.getByText("Seleksi ini sudah dikirim ke Tim Penilai; peringkat dibekukan.")).toBeVisible();
});

test("[CHAIR][PLACEMENT] approves the first candidate, turns down the rest with reasons and closes", async ({ browser }) => {
  const page = await pageAs(browser, "chair");
  try {
    await page.goto("/committee");
    await page.getByRole("link", { name: `Seleksi jabatan ${POSITION}` }).click();
    await expect(detailValue(page, "Ketua Tim Penilai")).toContainText(CHAIR_NAME);
    const list = candidates(page);
    const count = await list.count();
    const identity = (await list.first().getByText(/^NIP \d{18} · /).innerText()).match(/^NIP (\d{18})/)!;
    approved = { nip: identity[1]!, name: (await list.first().getByRole("heading", { level: 3 }).innerText()).replace(/^#1\s*/, "") };
    await recordDecision(list.first(), "Disetujui", "Skor merit tertinggi dan potensi tinggi; memenuhi syarat S3.");
    for (let i = 1; i < count; i += 1) await recordDecision(list.nth(i), "Ditolak", "Skor merit di bawah kandidat peringkat pertama.");
    await confirmStep(page.getByRole("region", { name: "Tutup sidang" }), "Tutup sidang");
    await expect(page.getByRole("status").filter({ hasText: "Sidang ditutup. Keputusan telah berlaku." })).toBeVisible();
    await expect(page.getByRole("region", { name: "Tutup sidang" })).toHaveCount(0);
    await expect(list.first()).toContainText("Disetujui");
  } finally {
    await page.context().close();
  }
});

test("[HR][PLACEMENT] the approved person's profile shows the new jabatan with the placement's SK", async () => {
  expect(approved.nip).toMatch(/^\d{18}$/);
  const id = await employeeIdByNip(hr, approved.nip);
  await hr.goto(`/employees/${id}`);
  await expect(detailValue(hr.getByRole("region", { name: "Kepegawaian" }), "Jabatan")).toContainText(POSITION);
  await expect(hr.getByTestId("timeline").getByRole("listitem").filter({ hasText: POSITION })).toContainText(/800\.1\.3\.3\/\d+\/BKD\/2026/);
});
