import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { confirmStep } from "./support/appraisal";
import { caseIdOf, CHAIR_NAME, committeeCard, COMMITTEE_TEXT, downloadedBytes, expectFieldError, fillPilihan, openRound, recordDecision, recordVote, screenRound, sendToCommittee } from "./support/committee";
import { captureActionCall, replayActionCall } from "./support/server-action";
import { detailValue, field, pageAs } from "./support/ui";

// The whole KP round of the issue with the demo accounts: HR (197803152005011002) opens and screens,
// adds 199107212019031004 through a pilihan route and sends; the chair (197001012000031001) decides
// and closes; the staff member reads the outcome and downloads his SK. It promotes him, so this file
// runs in its own Playwright project after every other spec (playwright.config.ts "rounds").
//
// TMT 1 April 2027: the screening needs 2026's predikats, which no one has yet, so nobody is eligible
// and the usulan is just the person HR adds.

test.describe.configure({ mode: "serial", timeout: 90_000 });

const PERIOD = "2027-04-01";
const PERIOD_TEXT = "1 April 2027";
const STAFF_NAME = "Muhammad Rizki Ananda";
const JUSTIFICATION = "Juara I Lomba Inovasi Manajemen ASN tingkat nasional 2026 (aplikasi pemetaan talenta BKD).";
const DECISION_REASON = "Prestasi tingkat nasional terbukti dan kinerja dua tahun terakhir Baik; memenuhi kenaikan pangkat pilihan.";
const VOTE_REASON = "Inovasi berdampak nasional dan terdokumentasi dengan baik.";

let roundId = 0;
let hr: Page;

test.beforeAll(async ({ browser }) => {
  hr = await pageAs(browser, "admin");
});
test.afterAll(async () => {
  await hr.context().close();
});

test("[HR][KP] opens a round for a valid TMT; a second open of the same period and a day other than the 1st are refused beside the field", async () => {
  await hr.goto("/promotions");
  await field(hr, "TMT periode").fill("2027-04-15");
  await hr.getByRole("button", { name: "Buka periode" }).click();
  await expectFieldError(hr, "TMT periode", "TMT kenaikan pangkat selalu tanggal 1.");

  roundId = await openRound(hr, PERIOD);
  await expect(hr.getByRole("heading", { level: 1, name: `Kenaikan pangkat periode ${PERIOD_TEXT}` })).toBeVisible();
  await expect(detailValue(hr, "Status")).toHaveText("Disiapkan BKD");
  await expect(detailValue(hr, "Penyaringan terakhir")).toHaveText("Belum disaring");

  await hr.goto("/promotions");
  await field(hr, "TMT periode").fill(PERIOD);
  await hr.getByRole("button", { name: "Buka periode" }).click();
  await expectFieldError(hr, "TMT periode", "Periode ini sudah dibuka.");
  // Still one round for the period in the list.
  await expect(hr.getByRole("table", { name: "Periode Kenaikan Pangkat" }).getByRole("link", { name: PERIOD_TEXT })).toHaveCount(1);
});

test("[HR][KP] screens every PNS with a progress line, then reads the counts and filters the list", async () => {
  await hr.goto(`/promotions/${roundId}`);
  // Hold the action call back a moment, so the progress the button shows while screening can be read.
  await hr.route("**/*", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.fallback();
  });
  const screening = screenRound(hr);
  await expect(hr.getByRole("button", { name: /^Menyaring [\d.]+ pegawai…$/ })).toBeDisabled();
  const counts = await screening;
  await hr.unroute("**/*");
  expect(counts.screened).toBeGreaterThan(100);
  await expect(detailValue(hr, "PNS disaring")).toHaveText(counts.screened.toLocaleString("id-ID"));
  await expect(detailValue(hr, "Memenuhi syarat reguler/fungsional")).toHaveText(counts.eligible.toLocaleString("id-ID"));
  await expect(detailValue(hr, "Penyaringan terakhir")).not.toHaveText("Belum disaring");

  // Filters live in the URL: not eligible + his NIP → his one row, with the reasons in words.
  const filters = hr.getByRole("search");
  await field(filters, "Tampilkan").selectOption({ label: "Tidak memenuhi syarat" });
  await field(filters, "Nama atau NIP").fill(ACCOUNTS.staff);
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(hr).toHaveURL(/view=notEligible/);
  const rows = hr.getByRole("table", { name: "Kandidat kenaikan pangkat" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(STAFF_NAME);
  await expect(rows.first()).toContainText("III/b → III/c");
  await expect(rows.first().locator('[data-condition="PERFORMANCE"]')).toContainText("Belum terpenuhi");
  // The same NIP among the eligible: nobody.
  await field(filters, "Tampilkan").selectOption({ label: "Memenuhi syarat" });
  await filters.getByRole("button", { name: "Terapkan" }).click();
  await expect(hr.getByText("Tidak ada kandidat dengan saringan ini.")).toBeVisible();
});

test("[HR][KP] adds 199107212019031004 through the achievement route (a short justification is refused first) and sends the frozen list to the chair", async () => {
  await hr.goto(`/promotions/${roundId}`);
  await fillPilihan(hr, ACCOUNTS.staff, "Prestasi luar biasa", "Juara lomba");
  await hr.getByRole("button", { name: "Tambah usulan" }).click();
  const form = hr.getByRole("group", { name: "Tambah usulan jalur pilihan" });
  await expectFieldError(form, "Justifikasi", "Minimal 20 karakter.");
  await expect(detailValue(hr, "Ditambahkan jalur pilihan")).toHaveText("0");

  await field(form, "Justifikasi").fill(JUSTIFICATION);
  await hr.getByRole("button", { name: "Tambah usulan" }).click();
  await expect(hr.getByText("Usulan jalur pilihan ditambahkan.")).toBeVisible();
  await expect(detailValue(hr, "Diusulkan ke Tim Penilai")).toHaveText("1");
  const row = hr.getByTestId(`candidate-${ACCOUNTS.staff}`);
  await expect(row).toContainText("Prestasi luar biasa");
  await expect(row).toContainText(`Justifikasi: ${JUSTIFICATION}`);

  // An add for someone else, captured before it reaches the server, to replay once the list is frozen.
  await fillPilihan(hr, ACCOUNTS.otherStaff, "Prestasi luar biasa", JUSTIFICATION);
  const call = await captureActionCall(hr, () => hr.getByRole("button", { name: "Tambah usulan" }).click());

  await hr.goto(`/promotions/${roundId}`);
  await sendToCommittee(hr, ACCOUNTS.chair);
  await expect(detailValue(hr, "Status")).toHaveText("Dalam sidang Tim Penilai");
  await expect(detailValue(hr, "Ketua Tim Penilai")).toHaveText(CHAIR_NAME);
  await expect(hr.getByRole("group", { name: "Tambah usulan jalur pilihan" })).toHaveCount(0);
  await expect(hr.getByRole("button", { name: /^Saring/ })).toHaveCount(0);

  const replay = await replayActionCall(hr.request, new URL(hr.url()).origin, call, call.fields);
  expect(await replay.text()).toContain(COMMITTEE_TEXT.frozen);
  await hr.reload();
  await expect(detailValue(hr, "Diusulkan ke Tim Penilai")).toHaveText("1");
  await expect(hr.getByTestId(`candidate-${ACCOUNTS.otherStaff}`)).toHaveCount(0);
});

test("[CHAIR][KP] recommends and approves 199107212019031004 with a reason, then closes the round", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  try {
    await chair.goto("/committee");
    await chair.getByRole("link", { name: `Kenaikan pangkat periode ${PERIOD_TEXT}` }).click();
    await expect(chair).toHaveURL(new RegExp(`/committee/promotions/${roundId}$`));
    const card = committeeCard(chair, ACCOUNTS.staff);
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(`Justifikasi: ${JUSTIFICATION}`);

    await recordVote(card, "Merekomendasikan", VOTE_REASON);
    await expect(card.getByText("1 merekomendasikan · 0 tidak · 0 konflik kepentingan")).toBeVisible();
    await recordDecision(card, "Disetujui", DECISION_REASON);
    await expect(card.getByText(DECISION_REASON)).toBeVisible();

    await confirmStep(chair.getByRole("region", { name: "Tutup sidang" }), "Tutup sidang");
    // The page answers with the closed case (the close form gives way to it) and says so.
    await expect(chair.getByRole("status").filter({ hasText: "Sidang ditutup. Keputusan telah berlaku." })).toBeVisible();
    await expect(detailValue(chair, "Status")).toHaveText("Ditutup");
    await expect(chair.getByRole("region", { name: "Tutup sidang" })).toHaveCount(0);
    await expect(chair.getByRole("group", { name: "Keputusan ketua" })).toHaveCount(0);
  } finally {
    await chair.context().close();
  }
});

test("[STAFF][KP] sees the round on Karier Saya with each condition, the decision, its reason and the counts, downloads his SK and has the new pangkat", async ({ browser }) => {
  const staff = await pageAs(browser, "staff");
  try {
    await staff.goto("/career");
    const rounds = staff.getByRole("region", { name: "Periode kenaikan pangkat yang Anda ikuti" });
    const round = rounds.getByRole("listitem").filter({ has: staff.getByRole("heading", { name: `Periode ${PERIOD_TEXT}` }) });
    await expect(round).toHaveCount(1);
    await expect(round).toContainText("Diusulkan ke Tim Penilai");
    await expect(round).toContainText("Prestasi luar biasa · Pangkat III/b → III/c");
    const conditions = round.locator("[data-condition]");
    expect(await conditions.evaluateAll((items) => items.map((li) => li.getAttribute("data-condition")))).toEqual(["YEARS_IN_RANK", "PERFORMANCE", "JENJANG_RANGE", "CREDIT", "NO_SANCTION"]);
    await expect(round.locator('[data-condition="PERFORMANCE"]')).toContainText("Belum terpenuhi");
    await expect(round.locator('[data-condition="NO_SANCTION"]')).toContainText("Terpenuhi");
    const decision = round.getByTestId("round-decision");
    await expect(decision).toContainText("Disetujui");
    await expect(decision).toContainText(`Alasan: ${DECISION_REASON}`);
    await expect(round.getByText("1 merekomendasikan · 0 tidak · 0 konflik kepentingan")).toBeVisible();
    await expect(round).toContainText(VOTE_REASON);
    // The committee's words without who said them.
    await expect(round).not.toContainText(CHAIR_NAME);

    const link = round.getByRole("link", { name: /^Unduh SK \(PDF\) · 800\.1\.11\.1\/\d+\/BKD\/2026$/ });
    const [download] = await Promise.all([staff.waitForEvent("download"), link.click()]);
    const pdf = await downloadedBytes(download);
    expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(1024);

    await staff.goto("/profile");
    await expect(detailValue(staff.getByRole("region", { name: "Kepegawaian" }), "Pangkat/golongan")).toContainText("Penata (III/c)");
    await expect(staff.getByTestId("timeline").getByRole("listitem").filter({ hasText: "Penata (III/c) — Prestasi luar biasa" })).toHaveCount(1);
  } finally {
    await staff.context().close();
  }
});

test("[HR][KP] downloads the closed round's results as XLSX", async () => {
  await hr.goto(`/promotions/${roundId}`);
  expect(caseIdOf(hr)).toBe(roundId);
  const [download] = await Promise.all([hr.waitForEvent("download"), hr.getByRole("link", { name: "Unduh XLSX" }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await downloadedBytes(download);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  await expect(hr.getByTestId(`candidate-${ACCOUNTS.staff}`)).toContainText(/SK 800\.1\.11\.1\/\d+\/BKD\/2026/);
});
