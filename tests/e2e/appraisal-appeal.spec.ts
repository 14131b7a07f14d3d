import { expect, test, type Page } from "@playwright/test";
import {
  APPRAISAL_TEXT,
  confirmStep,
  evaluationSummary,
  fillRatingForm,
  findTeamMember,
  livePredikat,
  livePredikatLine,
  openEvaluation,
  personOnSkp,
  pick,
  RATING,
  signedInPage,
  wibDatePlus,
  YEAR,
  type TeamMember,
} from "./support/appraisal";
import { detailValue, expectNotFound, field, pageAs } from "./support/ui";

// The annual result and its appeal, decided by the atasan pejabat penilai (Sri Wahyuni's own rater).
// The ratee is the member of Sri's team whose 2026 SKP is agreed with Q1–Q3 acknowledged (the seed's
// "FULL" state): another person than the cycle spec's, so both run side by side. The unit that
// governs his distribution (the OPD, BKD) is finalised here and nowhere else.
test.describe.configure({ mode: "serial", timeout: 90_000 });

const FINALIZE_REASON = "Satu-satunya hasil tahunan unit yang sudah dinilai; penetapan tidak dapat menunggu seluruh unit (uji e2e).";
const APPEAL_REASON = "Saya keberatan: seluruh RHK tercapai di atas target dan inovasi layanan konsultasi karier sudah diterapkan unit sejak Juli.";
const DECISION_REASON = "Bukti realisasi menunjukkan capaian di atas target pada seluruh RHK dan perilaku kerja menonjol; penilaian diubah.";

let sri: Page;
let hr: Page;
let ratee: Page;
let decider: Page;
let member: TeamMember;
let deciderPerson: { name: string; nip: string };
let unit: { id: number; name: string };
let appealId = 0;

test.beforeAll(async ({ browser }) => {
  sri = await pageAs(browser, "supervisor");
  hr = await pageAs(browser, "admin");
  member = await findTeamMember(sri, [
    { period: "Triwulan 1", status: "Diterima" },
    { period: "Triwulan 3", status: "Diterima" },
  ]);
  await sri.goto(`/skp/${member.skpId}`);
  // The SKP page names him with NIP (and titles), the evaluation page by name alone.
  const { nip } = await personOnSkp(sri, "Atasan pejabat penilai");
  await openEvaluation(sri, member.skpId, "annual");
  deciderPerson = { nip, name: (await detailValue(evaluationSummary(sri), "Atasan pejabat penilai").innerText()).trim() };
  ratee = await signedInPage(browser, member.nip);
  decider = await signedInPage(browser, deciderPerson.nip);
});

test.afterAll(async () => {
  for (const page of [sri, hr, ratee, decider]) await page?.context().close();
});

test("[ADMIN][APPRAISAL] sets the governing unit's 2026 organisational result to Baik", async () => {
  // The rater's annual form names the unit that governs the distribution.
  await openEvaluation(sri, member.skpId, "annual");
  const link = sri.getByRole("link", { name: /^Lihat distribusi unit / });
  const name = (await link.innerText()).replace(/^Lihat distribusi unit /, "").trim();
  const id = Number((await link.getAttribute("href"))?.match(/^\/appraisal-progress\/units\/(\d+)\?year=2026$/)?.[1]);
  expect(id).toBeGreaterThan(0);
  unit = { id, name };

  await hr.goto(`/appraisal-settings/units?year=${YEAR}`);
  await hr.getByLabel(`Hasil ${unit.name}`, { exact: true }).selectOption({ label: "Baik" });
  await hr.getByRole("button", { name: `Simpan Hasil ${unit.name}`, exact: true }).click();
  await expect(hr).toHaveURL(new RegExp(`/appraisal-settings/units\\?year=${YEAR}&saved=${unit.id}#unit-${unit.id}$`));
  await expect(hr.getByTestId("form-success")).toHaveText("Hasil kinerja organisasi tersimpan.");
  await expect(hr.getByLabel(`Hasil ${unit.name}`, { exact: true })).toHaveValue("BAIK");
});

test("[SUPERVISOR][EVALUATION] rates the 2026 annual evaluation, warned that Baik breaks the unit's curve", async () => {
  await openEvaluation(sri, member.skpId, "annual");
  await expect(sri.getByText(`Unit penentu: ${unit.name} (hasil organisasi Baik)`)).toBeVisible();
  await fillRatingForm(sri, { results: RATING.meets, values: RATING.meets, work: RATING.meets, behaviour: RATING.meets });
  await expect(livePredikatLine(sri)).toHaveText(livePredikat("Baik"));
  // Only a warning while rating: Baik would be 100% of the rated, above the 70% limit.
  await expect(sri.getByText("Peringatan: predikat ini akan melampaui batas distribusi unit.")).toBeVisible();
  await sri.getByRole("button", { name: "Simpan penilaian" }).click();
  await expect(sri).toHaveURL(new RegExp(`/skp/${member.skpId}/evaluations/annual\\?saved=rated$`));
  await expect(sri.getByTestId("form-success")).toHaveText("Penilaian tersimpan.");
  await expect(detailValue(evaluationSummary(sri), "Status penilaian")).toHaveText("Dinilai");

  // Until HR releases it, the employee does not learn that a result exists.
  await openEvaluation(ratee, member.skpId, "annual");
  await expect(ratee.getByText(APPRAISAL_TEXT.annualHidden)).toBeVisible();
  await expect(detailValue(evaluationSummary(ratee), "Predikat kinerja")).toHaveText("Belum ditetapkan");
  await expect(ratee.getByRole("button", { name: "Ajukan keberatan" })).toHaveCount(0);
});

test("[ADMIN][APPRAISAL] finalises the unit: blocked by the distribution until an override reason is given", async () => {
  await hr.goto(`/appraisal-progress/units/${unit.id}?year=${YEAR}`);
  await expect(hr.getByRole("heading", { level: 1, name: `Distribusi predikat ${unit.name}` })).toBeVisible();
  await expect(detailValue(hr, "Hasil organisasi")).toHaveText("Baik");
  const pending = Number(await detailValue(hr, "Menunggu penetapan").innerText());
  expect(pending).toBeGreaterThanOrEqual(1);
  const rules = hr.getByRole("region", { name: "Batas yang berlaku" });
  await expect(rules.getByRole("status")).toContainText("Distribusi melanggar batas");

  const finalize = hr.getByRole("region", { name: "Tetapkan hasil tahunan unit" });
  await confirmStep(finalize, "Tetapkan hasil tahunan", "Ya, tetapkan");
  await expect(field(finalize, "Alasan menetapkan di luar batas")).toHaveAccessibleDescription(/Distribusi melanggar batas\. Tuliskan alasan untuk tetap menetapkan\./);
  await expect(detailValue(hr, "Terakhir ditetapkan")).toHaveText("Belum pernah");

  await field(finalize, "Alasan menetapkan di luar batas").fill(FINALIZE_REASON);
  await confirmStep(finalize, "Tetapkan hasil tahunan", "Ya, tetapkan");
  await expect(hr).toHaveURL(new RegExp(`/appraisal-progress/units/${unit.id}\\?year=${YEAR}&released=${pending}$`));
  await expect(hr.getByTestId("form-success")).toHaveText(`${pending} hasil tahunan ditetapkan.`);
  await expect(detailValue(hr, "Alasan penetapan di luar batas")).toHaveText(FINALIZE_REASON);
  await expect(detailValue(hr, "Menunggu penetapan")).toHaveText("0");
  const released = hr.getByRole("table", { name: "Hasil tahunan yang ditetapkan pada penetapan terakhir" });
  await expect(released.getByRole("row").filter({ hasText: member.nip })).toContainText("Ditetapkan");
});

test("[STAFF][APPEAL] sees the released result with the appeal deadline and files an appeal", async () => {
  const appealDays = await readAppealDays(hr);
  await openEvaluation(ratee, member.skpId, "annual");
  await expect(detailValue(evaluationSummary(ratee), "Status penilaian")).toHaveText("Ditetapkan");
  await expect(detailValue(evaluationSummary(ratee), "Predikat kinerja")).toHaveText("Baik");
  const deadline = wibDatePlus(appealDays);
  await expect(ratee.getByText(`Batas akhir pengajuan keberatan: ${deadline}`)).toBeVisible();
  await expect(ratee.getByText(`Bila tidak sependapat dengan hasil tahunan, Anda dapat mengajukan keberatan kepada ${deciderPerson.name} sampai ${deadline}.`)).toBeVisible();

  // Too short a reason is refused beside the field.
  await field(ratee, "Alasan keberatan").fill("Tidak setuju.");
  await confirmStep(ratee, "Ajukan keberatan");
  await expect(field(ratee, "Alasan keberatan")).toHaveAccessibleDescription(/Minimal 20 karakter\./);
  await expect(detailValue(evaluationSummary(ratee), "Status penilaian")).toHaveText("Ditetapkan");

  await field(ratee, "Alasan keberatan").fill(APPEAL_REASON);
  await confirmStep(ratee, "Ajukan keberatan");
  await expect(ratee).toHaveURL(new RegExp(`/skp/${member.skpId}/evaluations/annual\\?saved=appealed$`));
  await expect(ratee.getByTestId("form-success")).toHaveText("Keberatan terkirim ke atasan pejabat penilai.");
  await expect(detailValue(evaluationSummary(ratee), "Status penilaian")).toHaveText("Keberatan");
  const appeal = ratee.getByRole("region", { name: "Keberatan" });
  await expect(appeal.getByText(APPEAL_REASON)).toBeVisible();
  await expect(appeal.getByText(`Menunggu keputusan ${deciderPerson.name}.`)).toBeVisible();
  await expect(ratee.getByRole("button", { name: "Ajukan keberatan" })).toHaveCount(0);
  await expect(ratee.getByRole("button", { name: "Terima hasil penilaian" })).toHaveCount(0);
});

test("[SUPERVISOR][APPEAL] the rater herself cannot open or decide the appeal", async () => {
  await decider.goto("/appeals");
  const pending = decider.getByRole("region", { name: /^Menunggu keputusan \(\d+\)$/ });
  const open = pending.getByRole("link", { name: `Tinjau — ${member.name}` });
  await expect(open).toBeVisible();
  appealId = Number((await open.getAttribute("href"))?.match(/^\/appeals\/(\d+)$/)?.[1]);
  expect(appealId).toBeGreaterThan(0);

  await sri.goto("/appeals");
  await expect(sri.getByRole("heading", { level: 1, name: "Keberatan" })).toBeVisible();
  await expect(sri.getByText(member.name)).toHaveCount(0);
  await sri.goto(`/appeals/${appealId}`);
  await expectNotFound(sri);
  await expect(sri.getByText(APPEAL_REASON)).toHaveCount(0);
});

test("[SUPERVISOR][APPEAL] Sri Wahyuni's own rater, as atasan pejabat penilai, changes the ratings with a reason; the decision is final", async () => {
  await decider.goto("/appeals");
  await decider.getByRole("link", { name: `Tinjau — ${member.name}` }).click();
  await expect(decider).toHaveURL(new RegExp(`/appeals/${appealId}$`));
  await expect(decider.getByRole("heading", { level: 1, name: `Keberatan ${member.name} (${YEAR})` })).toBeVisible();
  await expect(decider.getByText(APPEAL_REASON)).toBeVisible();

  const decision = decider.getByRole("region", { name: "Keputusan atas keberatan" });
  await decision.getByRole("radio", { name: "Ubah penilaian" }).check();
  await expect(livePredikatLine(decider)).toHaveText(livePredikat("Baik"));
  await pick(decision, "Hasil kerja (baru)", RATING.above);
  await pick(decision, "Perilaku kerja (baru)", RATING.above);
  await expect(livePredikatLine(decider)).toHaveText(livePredikat("Sangat Baik"));
  await field(decision, "Alasan keputusan").fill(DECISION_REASON);
  await confirmStep(decision, "Simpan keputusan");

  await expect(decider).toHaveURL(new RegExp(`/appeals/${appealId}\\?saved=decided$`));
  await expect(decider.getByTestId("form-success")).toHaveText("Keputusan keberatan tersimpan dan bersifat final.");
  await expect(decider.getByText("Keberatan ini sudah diputuskan; keputusannya final.")).toBeVisible();
  await expect(decider.getByRole("button", { name: "Simpan keputusan" })).toHaveCount(0);
  await decider.goto("/appeals");
  const decided = decider.getByRole("region", { name: "Sudah diputuskan" });
  await expect(decided.getByRole("row").filter({ hasText: member.nip })).toContainText("Penilaian diubah (Sangat Baik)");
});

test("[STAFF][APPEAL] sees the decision and the final predikat; no second appeal", async () => {
  await openEvaluation(ratee, member.skpId, "annual");
  await expect(detailValue(evaluationSummary(ratee), "Status penilaian")).toHaveText("Final");
  await expect(detailValue(evaluationSummary(ratee), "Predikat kinerja")).toHaveText("Sangat Baik");
  const appeal = ratee.getByRole("region", { name: "Keberatan" });
  await expect(detailValue(appeal, "Keputusan")).toHaveText("Penilaian diubah");
  await expect(detailValue(appeal, "Predikat semula")).toHaveText("Baik");
  await expect(detailValue(appeal, "Predikat setelah keputusan")).toHaveText("Sangat Baik");
  await expect(detailValue(appeal, "Diputuskan oleh")).toContainText(deciderPerson.name);
  await expect(appeal.getByText(DECISION_REASON)).toBeVisible();
  await expect(ratee.getByRole("button", { name: "Ajukan keberatan" })).toHaveCount(0);
  await expect(ratee.getByLabel("Alasan keberatan")).toHaveCount(0);
  await expect(ratee.getByRole("button", { name: "Terima hasil penilaian" })).toHaveCount(0);

  // The year's predikat on SKP Saya is the decided one.
  await ratee.goto("/skp");
  await ratee.getByText("Tampilkan sebagai tabel").click();
  const table = ratee.getByRole("table", { name: "Predikat kinerja per tahun" });
  await expect(table.getByRole("row").filter({ hasText: String(YEAR) })).toContainText("Sangat Baik");
});

/** The agency's appeal window in days, as HR's settings form shows it. */
async function readAppealDays(page: Page): Promise<number> {
  await page.goto("/appraisal-settings");
  const days = Number(await field(page, "Batas waktu keberatan (hari)").inputValue());
  expect(days).toBeGreaterThanOrEqual(7);
  return days;
}
