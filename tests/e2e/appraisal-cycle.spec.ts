import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import {
  APPRAISAL_TEXT,
  confirmStep,
  evaluationSummary,
  fillRatingForm,
  livePredikat,
  livePredikatLine,
  pick,
  RATING,
  skpIdOf,
  skpSummary,
  teamCell,
  teamRows,
  tinyPng,
  YEAR,
} from "./support/appraisal";
import { detailValue, escapeRegExp, field, pageAs } from "./support/ui";

// One SKP from nothing to an acknowledged first quarter, with the demo pair: Muhammad Rizki Ananda
// (no 2026 SKP in the demo data) and his supervisor Sri Wahyuni (agreed 2026 SKP). Each step is a
// test of its own, in order, on two signed-in browser contexts that live for the whole group.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const STAFF_NAME = "Muhammad Rizki Ananda";
const RHK1 = "Terselesaikannya analisis kebutuhan pengembangan kompetensi pegawai BKD";
const RHK2 = "Tersusunnya rekomendasi pola karier jabatan fungsional analis SDM";
const IND1 = "Dokumen analisis kebutuhan pengembangan kompetensi yang selesai";
const IND2 = "Kualitas rekomendasi pola karier";
const QUALITATIVE_TARGET = "Diterima pimpinan tanpa revisi substansial";
const RETURN_COMMENT = "Target 12 dokumen terlalu tinggi untuk beban kerja subbidang; sesuaikan menjadi 10 dokumen lalu ajukan kembali.";
const EXPECTATION = "Menyerahkan laporan kemajuan setiap akhir bulan tanpa diingatkan.";
const SELF_ASSESSMENT = "Tiga dokumen analisis kebutuhan selesai pada triwulan pertama; rekomendasi pola karier masih tahap pengumpulan data.";
const FEEDBACK = "RHK 1 tertinggal dari rencana triwulan; susun jadwal mingguan dan laporkan kemajuannya setiap Jumat.";

let staff: Page;
let sri: Page;
let skpId = 0;
/** The text of Sri Wahyuni's RHK that RHK 1 supports (the first one the editor offers). */
let sriRhk = "";

test.beforeAll(async ({ browser }) => {
  staff = await pageAs(browser, "staff");
  sri = await pageAs(browser, "supervisor");
});

test.afterAll(async () => {
  await staff?.context().close();
  await sri?.context().close();
});

test("[STAFF][SKP] creates the 2026 SKP and writes two RHK, one supporting the rater's RHK", async () => {
  await staff.goto("/skp");
  await expect(staff.getByRole("heading", { level: 1, name: "SKP Saya" })).toBeVisible();
  await expect(staff.getByText(`Belum ada SKP tahun ${YEAR}`)).toBeVisible();
  // Earlier years are there: SKPs 2023–2025, predikat 2021–2025 on the chart.
  await expect(staff.getByText("SKP tahun sebelumnya (3)")).toBeVisible();
  await expect(staff.getByText("Predikat kinerja tahunan 2021–2025.")).toBeVisible();
  await staff.getByRole("button", { name: `Buat SKP ${YEAR}` }).click();
  await expect(staff).toHaveURL(/\/skp\/\d+\/edit$/);
  skpId = skpIdOf(staff);
  await expect(staff.getByRole("heading", { level: 1, name: "Susun rencana SKP" })).toBeVisible();
  await expect(staff.getByText(/pejabat penilai Sri Wahyuni\.$/)).toBeVisible();

  const first = staff.getByRole("group", { name: "RHK 1", exact: true });
  await field(first, "Rencana hasil kerja").fill(RHK1);
  const parent = field(first, "Mendukung RHK pejabat penilai");
  const options = await parent.locator("option").allInnerTexts();
  // "Tidak dikaitkan" and Sri Wahyuni's RHK of the year.
  expect(options[0]).toBe("Tidak dikaitkan");
  expect(options.length).toBeGreaterThan(1);
  sriRhk = options[1]!;
  await parent.selectOption({ label: sriRhk });
  await field(first, "Indikator kinerja").fill(IND1);
  await expect(field(first, "Aspek target")).toHaveValue("KUANTITAS");
  await field(first, "Target").fill("12");
  await field(first, "Satuan").fill("dokumen");

  await staff.getByRole("button", { name: "Tambah RHK" }).click();
  const second = staff.getByRole("group", { name: "RHK 2", exact: true });
  await expect(field(second, "Rencana hasil kerja")).toBeFocused();
  await field(second, "Rencana hasil kerja").fill(RHK2);
  await field(second, "Indikator kinerja").fill(IND2);
  await field(second, "Aspek target").selectOption({ label: "Kualitatif" });
  // A qualitative target has a text instead of a number and a unit.
  await expect(field(second, "Target")).toHaveCount(0);
  await field(second, "Target kualitatif").fill(QUALITATIVE_TARGET);
  await staff.getByRole("button", { name: "Simpan rencana" }).click();

  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}\\?saved=plan$`));
  await expect(staff.getByTestId("form-success")).toHaveText("Rencana SKP tersimpan.");
  await expect(detailValue(skpSummary(staff), "Status")).toHaveText("Draf");
  const plan = staff.getByRole("region", { name: "Rencana hasil kerja" });
  await expect(plan.getByRole("heading", { name: `RHK 1. ${RHK1}` })).toBeVisible();
  await expect(plan.getByText(`Mendukung RHK atasan: ${sriRhk}`)).toBeVisible();
  await expect(plan.getByText("Target — Kuantitas: 12 dokumen")).toBeVisible();
  await expect(plan.getByText(`Target — Kualitatif: ${QUALITATIVE_TARGET}`)).toBeVisible();
});

test("[STAFF][SKP] submits the plan to Sri Wahyuni and can no longer edit it", async () => {
  await staff.goto(`/skp/${skpId}`);
  await confirmStep(staff, "Ajukan SKP");
  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}\\?saved=submitted$`));
  await expect(staff.getByTestId("form-success")).toHaveText("SKP telah diajukan kepada pejabat penilai.");
  await expect(detailValue(skpSummary(staff), "Status")).toHaveText("Diajukan");
  await expect(staff.getByText("Menunggu persetujuan pejabat penilai (Sri Wahyuni).")).toBeVisible();
  await expect(staff.getByRole("link", { name: "Ubah rencana" })).toHaveCount(0);
  await staff.goto(`/skp/${skpId}/edit`);
  await expect(staff.getByText("Rencana tidak dapat diubah")).toBeVisible();
  await expect(staff.getByRole("button", { name: "Simpan rencana" })).toHaveCount(0);
});

test("[SUPERVISOR][SKP] finds the submitted plan on Tim Saya and returns it with a comment", async () => {
  await sri.goto(`/team?year=${YEAR}`);
  const toAgree = sri.getByRole("region", { name: /^SKP menunggu persetujuan Anda \(\d+\)$/ });
  await expect(toAgree.getByRole("link", { name: STAFF_NAME })).toBeVisible();
  const row = teamRows(sri).filter({ hasText: ACCOUNTS.staff });
  await expect(row.getByRole("cell").nth(2)).toContainText("Diajukan");
  await toAgree.getByRole("link", { name: STAFF_NAME }).click();
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}$`));
  await expect(sri.getByRole("heading", { level: 1, name: `SKP ${YEAR} — Muhammad Rizki Ananda, S.Psi.` })).toBeVisible();
  await expect(sri.getByText("Target — Kuantitas: 12 dokumen")).toBeVisible();

  // A comment is required to send it back.
  await sri.getByRole("button", { name: "Kembalikan ke pegawai" }).click();
  await expect(field(sri, "Catatan perbaikan")).toHaveAccessibleDescription(/Catatan pengembalian harus 5–1000 karakter\./);
  await field(sri, "Catatan perbaikan").fill(RETURN_COMMENT);
  await sri.getByRole("button", { name: "Kembalikan ke pegawai" }).click();
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}\\?saved=returned$`));
  await expect(sri.getByTestId("form-success")).toHaveText("SKP dikembalikan kepada pegawai dengan catatan Anda.");
  await expect(detailValue(skpSummary(sri), "Status")).toHaveText("Draf");
  // A draft is the employee's to change: nothing for the rater to agree now.
  await expect(sri.getByRole("button", { name: "Setujui SKP" })).toHaveCount(0);
});

test("[STAFF][SKP] sees the return comment, lowers the target and submits again", async () => {
  await staff.goto("/skp");
  const note = staff.getByRole("note").filter({ hasText: "Dikembalikan oleh pejabat penilai dengan catatan:" });
  await expect(note).toContainText(RETURN_COMMENT);
  await staff.getByRole("link", { name: "Ubah rencana" }).click();
  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}/edit$`));
  await expect(staff.getByRole("note")).toContainText(RETURN_COMMENT);
  const first = staff.getByRole("group", { name: "RHK 1", exact: true });
  await expect(field(first, "Rencana hasil kerja")).toHaveValue(RHK1);
  await expect(field(first, "Mendukung RHK pejabat penilai")).toHaveValue(/^\d+$/);
  await field(first, "Target").fill("10");
  await staff.getByRole("button", { name: "Simpan rencana" }).click();
  await expect(staff.getByTestId("form-success")).toHaveText("Rencana SKP tersimpan.");
  await expect(staff.getByText("Target — Kuantitas: 10 dokumen")).toBeVisible();

  await confirmStep(staff, "Ajukan SKP");
  await expect(staff.getByTestId("form-success")).toHaveText("SKP telah diajukan kepada pejabat penilai.");
  await expect(detailValue(skpSummary(staff), "Status")).toHaveText("Diajukan");
});

test("[SUPERVISOR][SKP] writes a behaviour expectation and agrees; her own RHK lists the supporting RHK", async () => {
  await sri.goto(`/skp/${skpId}`);
  await expect(sri.getByText("Target — Kuantitas: 10 dokumen")).toBeVisible();
  const behaviour = sri.getByRole("region", { name: "Perilaku kerja (BerAKHLAK)" });
  await field(behaviour, "Akuntabel").fill(EXPECTATION);
  await behaviour.getByRole("button", { name: "Simpan ekspektasi" }).click();
  await expect(sri.getByTestId("form-success")).toHaveText("Ekspektasi perilaku tersimpan.");
  await expect(field(behaviour, "Akuntabel")).toHaveValue(EXPECTATION);

  await confirmStep(sri, "Setujui SKP");
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}\\?saved=agreed$`));
  await expect(sri.getByTestId("form-success")).toHaveText("SKP telah disetujui.");
  await expect(detailValue(skpSummary(sri), "Status")).toHaveText("Disetujui");
  await expect(detailValue(skpSummary(sri), "Disetujui")).toBeVisible();

  // Her own SKP shows which team RHK support hers.
  await sri.goto("/skp");
  await sri.getByRole("link", { name: "Buka SKP" }).first().click();
  const supported = sri.getByRole("listitem").filter({ has: sri.getByRole("heading", { name: new RegExp(`^RHK \\d+\\. ${escapeRegExp(sriRhk)}$`) }) });
  await expect(supported.getByRole("heading", { name: /^RHK tim yang mendukung \(\d+\)$/ })).toBeVisible();
  await expect(supported.getByRole("listitem").filter({ hasText: `${STAFF_NAME}: ${RHK1}` })).toHaveCount(1);
});

test("[STAFF][SKP] records a realisation with a PNG evidence file and can download it", async () => {
  await staff.goto(`/skp/${skpId}`);
  await expect(detailValue(skpSummary(staff), "Status")).toHaveText("Disetujui");
  // The rater's expectation is shown to the employee.
  await expect(staff.getByRole("region", { name: "Perilaku kerja (BerAKHLAK)" }).getByText(`Ekspektasi khusus: ${EXPECTATION}`)).toBeVisible();
  await staff.getByRole("link", { name: `Tambah realisasi ${IND1}` }).click();
  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}/realizations/new\\?indicator=\\d+$`));
  await expect(field(staff, "Indikator")).toHaveValue(/^\d+$/);
  await expect(field(staff, "Indikator").locator("option:checked")).toHaveText(`1.1 ${IND1} — ${RHK1}`);
  await field(staff, "Tanggal").fill(`${YEAR}-03-16`);
  await field(staff, "Nilai realisasi (dokumen)").fill("3");
  await field(staff, "Uraian realisasi").fill("Tiga dokumen analisis kebutuhan selesai untuk Bidang Mutasi, Bidang Pengembangan dan Sekretariat.");
  const png = tinyPng();
  await field(staff, "Berkas bukti").setInputFiles({ name: "bukti-triwulan-1.png", mimeType: "image/png", buffer: png });
  await staff.getByRole("button", { name: "Simpan realisasi" }).click();

  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}\\?saved=realization#indicator-\\d+$`));
  await expect(staff.getByTestId("form-success")).toHaveText("Realisasi tersimpan.");
  const entries = staff.getByRole("list", { name: `Realisasi untuk ${IND1}` });
  await expect(entries.getByText("16 Maret 2026 · 3 dokumen")).toBeVisible();
  const download = entries.getByRole("link", { name: `Unduh bukti-triwulan-1.png (${png.length} B)` });
  await expect(download).toBeVisible();
  const response = await staff.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["content-disposition"]).toContain('filename="bukti-triwulan-1.png"');
  expect(Buffer.from(await response.body()).equals(png)).toBe(true);
});

test("[STAFF][EVALUATION] writes the Q1 self-assessment, once", async () => {
  await staff.goto(`/skp/${skpId}`);
  await staff.getByRole("region", { name: "Periode penilaian" }).getByRole("link", { name: "Triwulan 1" }).click();
  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1$`));
  await expect(staff.getByRole("heading", { level: 1, name: `Penilaian Triwulan 1 ${YEAR}` })).toBeVisible();
  // The realisation dated in Q1 is listed with its evidence.
  await expect(staff.getByRole("region", { name: "Hasil kerja dan realisasi periode ini" }).getByRole("link", { name: "Berkas bukti" })).toBeVisible();
  await staff.getByLabel("Penilaian diri Anda").fill(SELF_ASSESSMENT);
  await staff.getByRole("button", { name: "Kirim penilaian diri" }).click();
  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1\\?saved=selfAssessed$`));
  await expect(staff.getByTestId("form-success")).toHaveText("Penilaian diri terkirim.");
  await expect(detailValue(evaluationSummary(staff), "Status penilaian")).toHaveText("Penilaian diri");
  await expect(staff.getByRole("region", { name: "Penilaian diri" }).getByText(SELF_ASSESSMENT)).toBeVisible();
  await expect(staff.getByRole("button", { name: "Kirim penilaian diri" })).toHaveCount(0);
  // The employee never gets a rating form.
  await expect(staff.getByRole("button", { name: "Simpan penilaian" })).toHaveCount(0);
  await expect(staff.getByText("Periode ini belum dinilai.")).toBeVisible();
});

test("[SUPERVISOR][EVALUATION] rates Q1: the live predikat follows her choice, a below-expectation RHK needs feedback", async () => {
  await sri.goto(`/team?year=${YEAR}`);
  const row = teamRows(sri).filter({ hasText: ACCOUNTS.staff });
  await expect(row.getByRole("cell").nth(2)).toContainText("Disetujui");
  await teamCell(row, "Triwulan 1", "Penilaian diri").click();
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1$`));
  await expect(sri.getByRole("region", { name: "Penilaian diri" }).getByText(SELF_ASSESSMENT)).toBeVisible();
  // The expectation she wrote is shown beside the value it belongs to.
  await expect(sri.getByRole("group", { name: "Akuntabel", exact: true })).toHaveAccessibleDescription(new RegExp(`Ekspektasi khusus: ${escapeRegExp(EXPECTATION)}`));

  await expect(livePredikatLine(sri)).toHaveText(APPRAISAL_TEXT.predikatPending);
  await fillRatingForm(sri, { results: [RATING.below, RATING.meets], values: RATING.meets, work: RATING.below, behaviour: RATING.meets });
  await expect(livePredikatLine(sri)).toHaveText(livePredikat("Butuh Perbaikan"));
  await pick(sri, "Hasil kerja (keseluruhan)", RATING.meets);
  await expect(livePredikatLine(sri)).toHaveText(livePredikat("Baik"));

  // RHK 1 below expectation and no feedback: refused beside the feedback field, nothing saved.
  await sri.getByRole("button", { name: "Simpan penilaian" }).click();
  await expect(sri.getByTestId("form-error")).toHaveText(APPRAISAL_TEXT.validation);
  await expect(sri.getByLabel("Umpan balik untuk pegawai")).toHaveAccessibleDescription(new RegExp(escapeRegExp(APPRAISAL_TEXT.feedbackRequired)));
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1$`));
  // What she chose is still chosen.
  await expect(sri.getByRole("group", { name: /^RHK 1\. / }).getByRole("radio", { name: RATING.below })).toBeChecked();
  await expect(livePredikatLine(sri)).toHaveText(livePredikat("Baik"));
  await staff.goto(`/skp/${skpId}/evaluations/q1`);
  await expect(detailValue(evaluationSummary(staff), "Status penilaian")).toHaveText("Penilaian diri");
  await expect(staff.getByText("Periode ini belum dinilai.")).toBeVisible();

  await sri.getByLabel("Umpan balik untuk pegawai").fill(FEEDBACK);
  await sri.getByRole("button", { name: "Simpan penilaian" }).click();
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1\\?saved=rated$`));
  await expect(sri.getByTestId("form-success")).toHaveText("Penilaian tersimpan.");
  await expect(detailValue(evaluationSummary(sri), "Status penilaian")).toHaveText("Dinilai");
  await expect(detailValue(evaluationSummary(sri), "Predikat kinerja")).toHaveText("Baik");
});

test("[STAFF][EVALUATION] reads the Q1 rating and acknowledges it, once", async () => {
  await staff.goto(`/skp/${skpId}/evaluations/q1`);
  await expect(detailValue(evaluationSummary(staff), "Predikat kinerja")).toHaveText("Baik");
  const ratings = staff.getByRole("region", { name: "Penilaian pejabat penilai" });
  await expect(ratings.getByText(FEEDBACK)).toBeVisible();
  await expect(ratings.getByRole("row").filter({ hasText: `1. ${RHK1}` })).toContainText(RATING.below);
  await expect(ratings.getByRole("row").filter({ hasText: `2. ${RHK2}` })).toContainText(RATING.meets);

  await staff.getByRole("button", { name: "Terima hasil penilaian" }).click();
  const dialog = staff.getByRole("dialog", { name: "Terima hasil penilaian" });
  await expect(dialog).toContainText("Dengan menerima, Anda menyatakan telah membaca hasil penilaian ini. Langkah ini tidak dapat dibatalkan.");
  await dialog.getByRole("button", { name: "Terima hasil penilaian" }).click();
  await expect(staff).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1\\?saved=acknowledged$`));
  await expect(staff.getByTestId("form-success")).toHaveText("Hasil penilaian telah Anda terima.");
  await expect(detailValue(evaluationSummary(staff), "Status penilaian")).toHaveText("Diterima");
  await expect(staff.getByText(/^Diterima pegawai \d/)).toBeVisible();
  // No second acknowledgement, even after a reload.
  await staff.reload();
  await expect(staff.getByRole("button", { name: "Terima hasil penilaian" })).toHaveCount(0);
});

test("[SUPERVISOR][TEAM] Tim Saya shows the acknowledged Q1 with its predikat; the rating is closed", async () => {
  await sri.goto(`/team?year=${YEAR}`);
  const row = teamRows(sri).filter({ hasText: ACCOUNTS.staff });
  const q1 = teamCell(row, "Triwulan 1", "Diterima");
  await expect(q1).toBeVisible();
  await expect(q1).toContainText("Baik");
  await q1.click();
  await expect(sri).toHaveURL(new RegExp(`/skp/${skpId}/evaluations/q1$`));
  // Acknowledged: no more re-rating.
  await expect(sri.getByRole("button", { name: "Simpan penilaian" })).toHaveCount(0);
  await expect(sri.getByRole("region", { name: "Penilaian pejabat penilai" }).getByText(FEEDBACK)).toBeVisible();
});
