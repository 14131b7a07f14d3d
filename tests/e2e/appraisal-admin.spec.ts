import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { APPRAISAL_TEXT, appDatePlus, confirmStep, findTeamMember, personOnSkp, skpIdOf, skpSummary, YEAR } from "./support/appraisal";
import { detailValue, expectNotFound, field, pageAs } from "./support/ui";

// HR's appraisal administration. The settings change is put back at the end of its test; the
// distribution pages are read for a year that is closed (2025); the rater change uses the member of
// Sri Wahyuni's team whose 2026 SKP was already split mid-year, whom no other spec touches.
test.use({ storageState: storageStateFor("admin") });
test.describe.configure({ timeout: 60_000 });

const FEEDBACK_DAYS = "Batas waktu menjawab umpan balik 360 (hari)";

test("[ADMIN][SETTINGS] changes the 360 answer days; a value outside 3–30 is refused beside the field", async ({ page }) => {
  await page.goto("/appraisal-settings");
  await expect(page.getByRole("heading", { level: 1, name: "Pengaturan Kinerja" })).toBeVisible();
  const general = page.getByRole("region", { name: "Pengaturan umum" });
  const days = field(general, FEEDBACK_DAYS);
  const original = await days.inputValue();
  expect(Number(original)).toBeGreaterThanOrEqual(3);

  await days.fill("2");
  await general.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(general.getByTestId("form-error")).toHaveText(APPRAISAL_TEXT.validation);
  await expect(days).toHaveAccessibleDescription(/Harus antara 3 dan 30\./);
  await expect(days).toHaveValue("2");
  await page.goto("/appraisal-settings");
  await expect(days).toHaveValue(original);

  const changed = original === "21" ? "20" : "21";
  await days.fill(changed);
  await general.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page).toHaveURL(/\/appraisal-settings\?saved=settings$/);
  await expect(page.getByTestId("form-success")).toHaveText("Pengaturan umum tersimpan.");
  await page.reload();
  await expect(days).toHaveValue(changed);

  // Back to what it was, so the demo keeps its setting.
  await days.fill(original);
  await general.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Pengaturan umum tersimpan.");
  await expect(days).toHaveValue(original);
});

test("[ADMIN][PROGRESS] sees the progress per OPD and a unit's predikat distribution with its numbers", async ({ page }) => {
  await page.goto("/appraisal-progress");
  await expect(page.getByRole("heading", { level: 1, name: "Progres Kinerja" })).toBeVisible();
  await page.getByLabel("Tahun").selectOption("2025");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/\/appraisal-progress\?year=2025$/);
  const table = page.getByRole("table", { name: "Progres kinerja per perangkat daerah" });
  const row = table.getByRole("row").filter({ has: page.getByRole("cell", { name: "Dinas Kesehatan", exact: true }) });
  await expect(row).toHaveCount(1);
  const employees = Number(await row.getByRole("cell").nth(1).innerText());
  expect(employees).toBeGreaterThan(0);
  const annual = (await row.getByRole("cell").nth(4).innerText()).match(/^(\d+) dinilai · (\d+) ditetapkan$/);
  expect(annual, "annual progress as '<n> dinilai · <n> ditetapkan'").not.toBeNull();
  const rated = Number(annual![1]);
  expect(rated).toBeGreaterThan(0);
  // 2025 is closed: everything rated has been released.
  expect(Number(annual![2])).toBe(rated);

  await row.getByRole("link", { name: "Distribusi Dinas Kesehatan" }).click();
  await expect(page).toHaveURL(/\/appraisal-progress\/units\/\d+\?year=2025$/);
  await expect(page.getByRole("heading", { level: 1, name: "Distribusi predikat Dinas Kesehatan" })).toBeVisible();
  await expect(detailValue(page, "Sudah dinilai")).toHaveText(String(rated));
  await expect(detailValue(page, "Menunggu penetapan")).toHaveText("0");
  await expect(detailValue(page, "Terakhir ditetapkan")).toHaveText(/^\d{1,2} \S+ 2026/);
  const shares = page.getByRole("table", { name: "Jumlah dan persentase pegawai per predikat" }).locator("tbody").getByRole("row");
  await expect(shares).toHaveCount(5);
  let total = 0;
  let percent = 0;
  for (const share of await shares.all()) {
    total += Number(await share.getByRole("cell").nth(1).innerText());
    percent += Number((await share.getByRole("cell").nth(2).innerText()).replace("%", "").replace(",", "."));
  }
  expect(total).toBe(rated);
  expect(Math.round(percent)).toBe(100);
  await expect(page.getByRole("region", { name: "Batas yang berlaku" }).getByRole("status")).toBeVisible();
  await expect(page.getByText("Tidak ada hasil berstatus Dinilai yang menunggu penetapan.")).toBeVisible();
});

test("[ADMIN][SKP] changes the rater: the SKP is closed and a new draft with the new rater is opened", async ({ page, browser }) => {
  // Sri Wahyuni's report whose current SKP began on 1 July (Q1 lies outside it).
  const sri = await pageAs(browser, "supervisor");
  const member = await findTeamMember(sri, [{ period: "Triwulan 3", status: "Diterima" }], ["Triwulan 1"]);

  await page.goto(`/skp/${member.skpId}`);
  await expect(detailValue(skpSummary(page), "Status")).toHaveText("Disetujui");
  await expect(detailValue(skpSummary(page), "Pejabat penilai")).toContainText(ACCOUNTS.supervisor);
  const newRater = await personOnSkp(page, "Atasan pejabat penilai");
  await page.getByRole("link", { name: "Ganti pejabat penilai" }).click();
  await expect(page).toHaveURL(new RegExp(`/skp/${member.skpId}/rater$`));
  await expect(page.getByRole("heading", { level: 1, name: "Ganti pejabat penilai" })).toBeVisible();
  const form = page.getByRole("region", { name: "Pejabat penilai baru" });

  // A plain staff member cannot rate: refused beside the NIP, nothing closed.
  await field(form, "NIP pejabat penilai baru").fill(ACCOUNTS.staff);
  await field(form, "Alasan").fill("Pejabat penilai lama dimutasi ke bidang lain (uji e2e).");
  await confirmStep(form, "Ganti pejabat penilai");
  await expect(field(form, "NIP pejabat penilai baru")).toHaveAccessibleDescription(/Pegawai ini tidak memiliki akun aktif dengan peran Atasan\/Pejabat Penilai/);
  await expect(page).toHaveURL(new RegExp(`/skp/${member.skpId}/rater$`));

  await field(form, "NIP pejabat penilai baru").fill(newRater.nip);
  await confirmStep(form, "Ganti pejabat penilai");
  await expect(page).toHaveURL(/\/skp\/\d+\?saved=rater$/);
  const newId = skpIdOf(page);
  expect(newId).not.toBe(member.skpId);
  await expect(page.getByTestId("form-success")).toHaveText("Pejabat penilai telah diganti. Ini SKP yang berlaku sekarang.");
  await expect(detailValue(skpSummary(page), "Status")).toHaveText("Draf");
  await expect(detailValue(skpSummary(page), "Pejabat penilai")).toContainText(newRater.nip);
  await expect(detailValue(skpSummary(page), "Periode")).toHaveText(`${appDatePlus(0)} – 31 Desember ${YEAR}`);
  // The new draft starts from a copy of the RHK.
  await expect(page.getByRole("region", { name: "Rencana hasil kerja" }).getByRole("heading", { name: /^RHK 1\. / })).toBeVisible();

  await page.goto(`/skp/${member.skpId}`);
  await expect(detailValue(skpSummary(page), "Status")).toHaveText("Ditutup");
  await expect(detailValue(skpSummary(page), "Ditutup")).toContainText("Pejabat penilai lama dimutasi ke bidang lain (uji e2e).");
  await expect(detailValue(skpSummary(page), "Ditutup").getByRole("link", { name: "Lihat SKP lanjutan" })).toHaveAttribute("href", `/skp/${newId}`);
  await expect(page.getByRole("link", { name: "Ganti pejabat penilai" })).toHaveCount(0);

  // Sri Wahyuni still reads the closed SKP she rated; the new one is not hers.
  await sri.goto(`/skp/${member.skpId}`);
  await expect(detailValue(skpSummary(sri), "Status")).toHaveText("Ditutup");
  await sri.goto(`/skp/${newId}`);
  await expectNotFound(sri);
  await sri.context().close();
});
