import { expect, test, type Page } from "@playwright/test";
import { appIsoDate, KP_CONDITIONS, kpCondition, longDate, timelineEntries } from "./support/development";
import { createEmployee } from "./support/employees";
import { randomWord } from "./support/people";
import { field, pageAs, signIn } from "./support/ui";

// HR's records of one person: a competency assessment, an award and a disciplinary sanction that
// holds back kenaikan pangkat, and what the person then reads on their own career page. The person
// is created here, so no other spec's KP checklist moves.

test.describe.configure({ timeout: 90_000 });

async function sanctionLine(page: Page) {
  await page.goto("/career");
  await expect(page.getByRole("heading", { level: 1, name: "Karier Saya" })).toBeVisible();
  const line = kpCondition(page, "NO_SANCTION");
  // Its first line: the label, then its state in words.
  await expect(line.getByRole("paragraph").first()).toHaveText(new RegExp(`^${KP_CONDITIONS.NO_SANCTION}\\s*(Terpenuhi|Belum terpenuhi)`));
  return line;
}

test("[ADMIN][STAFF][RECORDS] HR records an assessment, an award and a blocking sanction; the person's KP checklist shows the sanction until HR removes it", async ({ browser }) => {
  const hr = await pageAs(browser, "admin");
  const person = await createEmployee(hr);
  const own = await (await browser.newContext()).newPage();
  await signIn(own, person.nip, person.password);

  // Before: nothing holds back a KP.
  let line = await sanctionLine(own);
  await expect(line).toHaveAttribute("data-state", "met");
  await expect(line).toContainText("Terpenuhi");
  await expect(line).toContainText("Tidak ada hukuman disiplin yang menghalangi kenaikan pangkat.");

  // 1. A competency assessment.
  await hr.goto(`/employees/${person.id}/competencies`);
  await expect(hr.getByRole("heading", { level: 1, name: "Kompetensi" })).toBeVisible();
  const assessment = hr.getByRole("region", { name: "Catat hasil penilaian kompetensi" });
  await assessment.getByLabel(/^Kompetensi/).selectOption({ label: "Manajemen ASN (TKS.MANAJEMEN_ASN)" });
  await field(assessment, "Level").fill("2");
  await field(assessment, "Tanggal penilaian").fill(appIsoDate(-30));
  await field(assessment, "Sumber penilaian").selectOption("Uji Kompetensi");
  await assessment.getByRole("button", { name: "Simpan hasil penilaian" }).click();
  await expect(hr).toHaveURL(/\?saved=assessment$/);
  await expect(hr.getByTestId("form-success")).toHaveText("Hasil penilaian kompetensi tersimpan.");
  const assessed = hr.getByRole("row").filter({ hasText: "Manajemen ASN" }).filter({ hasText: "Level 2" });
  await expect(assessed.first()).toBeVisible();
  await expect(assessed.first()).toContainText(longDate(appIsoDate(-30)));

  // 2. An award.
  const award = `Satyalancana Karya Satya X Tahun ${randomWord(5)}`;
  const awardSk = `Keppres Nomor 77/TK/Tahun 2026/${randomWord(4)}`;
  await hr.getByRole("navigation", { name: "Data kepegawaian lain" }).getByRole("link", { name: "Penghargaan & hukuman disiplin" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Penghargaan & Hukuman Disiplin" })).toBeVisible();
  await expect(hr.getByText("Belum ada penghargaan yang tercatat.")).toBeVisible();
  const awardForm = hr.getByRole("region", { name: "Tambah penghargaan" });
  await field(awardForm, "Nama penghargaan").fill(award);
  await field(awardForm, "Pemberi penghargaan").fill("Presiden Republik Indonesia");
  await field(awardForm, "Nomor SK").fill(awardSk);
  await field(awardForm, "Tanggal SK").fill(appIsoDate(-90));
  await awardForm.getByRole("button", { name: "Simpan penghargaan" }).click();
  await expect(hr).toHaveURL(/\?saved=award#awards$/);
  await expect(hr.getByTestId("form-success")).toHaveText("Penghargaan tersimpan.");
  await expect(hr.getByRole("table", { name: "Penghargaan, SK terbaru lebih dahulu" }).getByRole("row").filter({ hasText: award })).toContainText(awardSk);

  // 3. A SEDANG sanction running until next October: it holds back a KP by default.
  const kind = `Pemotongan tunjangan kinerja 25% selama 12 bulan (${randomWord(4)})`;
  const end = appIsoDate(342);
  await expect(hr.getByText("Tidak ada hukuman disiplin yang tercatat.")).toBeVisible();
  await hr.getByRole("link", { name: "Tambah hukuman disiplin" }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Tambah hukuman disiplin" })).toBeVisible();
  await field(hr, "Tingkat hukuman").selectOption({ label: "Sedang" });
  await expect(hr.getByRole("radio", { name: /^Ikuti ketentuan tingkat Sedang \(menunda kenaikan pangkat\)$/ })).toBeChecked();
  await field(hr, "Jenis hukuman").fill(kind);
  await field(hr, "Alasan (pelanggaran)").fill("Tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja.");
  await field(hr, "Mulai berlaku").fill(appIsoDate(-22));
  await field(hr, "Berakhir").fill(end);
  await field(hr, "Nomor SK").fill(`862.3/UJI/${randomWord(4)}/2026`);
  await field(hr, "Tanggal SK").fill(appIsoDate(-30));
  await hr.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(hr).toHaveURL(/\?saved=sanction#sanctions$/);
  await expect(hr.getByTestId("form-success")).toHaveText("Hukuman disiplin tersimpan.");
  const sanctionRow = hr.getByRole("table", { name: "Hukuman disiplin, terbaru lebih dahulu" }).getByRole("row").filter({ hasText: kind });
  await expect(sanctionRow).toContainText("Sedang dijalani");
  await expect(sanctionRow).toContainText("Menunda kenaikan pangkat");

  // The person's checklist: the sanction condition is unmet, in plain words, with the day it clears.
  line = await sanctionLine(own);
  await expect(line).toHaveAttribute("data-state", "unmet");
  await expect(line).toContainText("Belum terpenuhi");
  await expect(line).toContainText(`Hukuman disiplin sedang berlaku sampai ${longDate(end)}.`);
  await expect(line).toContainText(`Terpenuhi pada ${longDate(appIsoDate(343))}`);
  await expect(own.getByTestId("kp-verdict")).not.toContainText("Memenuhi semua syarat untuk periode");
  // The timeline holds the award and the sanction.
  await expect(timelineEntries(own).filter({ hasText: award })).toContainText("Penghargaan");
  const timelineSanction = timelineEntries(own).filter({ hasText: kind });
  await expect(timelineSanction).toContainText("Hukuman disiplin");
  await expect(timelineSanction).toContainText("menahan kenaikan pangkat");

  // 4. HR removes the sanction, on its confirmation page.
  await hr.goto(`/employees/${person.id}/records`);
  await hr.getByRole("link", { name: `Hapus hukuman disiplin ${kind}` }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Hapus hukuman disiplin" })).toBeVisible();
  await expect(hr.getByText(`Hapus hukuman disiplin "${kind}" (tingkat Sedang,`)).toBeVisible();
  await expect(hr.getByText("Hukuman ini menunda kenaikan pangkat; setelah dihapus, daftar periksa kenaikan pangkat tidak lagi memperhitungkannya.")).toBeVisible();
  await hr.getByRole("button", { name: "Ya, hapus hukuman" }).click();
  await expect(hr).toHaveURL(/\?saved=sanctionDeleted#sanctions$/);
  await expect(hr.getByTestId("form-success")).toHaveText("Hukuman disiplin dihapus.");
  await expect(hr.getByText("Tidak ada hukuman disiplin yang tercatat.")).toBeVisible();

  // The condition is met again; the award stays.
  line = await sanctionLine(own);
  await expect(line).toHaveAttribute("data-state", "met");
  await expect(line).toContainText("Tidak ada hukuman disiplin yang menghalangi kenaikan pangkat.");
  await expect(timelineEntries(own).filter({ hasText: kind })).toHaveCount(0);
  await expect(timelineEntries(own).filter({ hasText: award })).toHaveCount(1);
  await Promise.all([hr.context().close(), own.context().close()]);
});
