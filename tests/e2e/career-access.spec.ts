import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import {
  approvalCard,
  boundId,
  createPublishedTraining,
  DEV_TEXT,
  KP_CONDITIONS,
  kpCondition,
  myRegistration,
  newTraining,
  register,
  rebindId,
} from "./support/development";
import { captureActionCall, replayActionCall } from "./support/server-action";
import { adminLookupIds, detailValue, escapeRegExp, expectNotFound, field, pageAs, TEXT } from "./support/ui";

// Who sees whose career path, records, trainings and mentoring. Nothing here changes data the other
// specs read: pages are only opened, forged calls must be refused (each test checks nothing moved),
// and the one request made (Nurul Hidayah's) is for a training HR adds here.

const STAFF = "Muhammad Rizki Ananda";
const NURUL = "Nurul Hidayah";
/** The demo's unpublished training (prisma/seed/demo-development-catalog.ts). */
const DRAFT_TRAINING = "Pelatihan Teknis Pengelolaan Barang Milik Daerah";

test.describe.configure({ timeout: 60_000 });

let ids: Record<string, number> = {};
test.beforeAll(async ({ browser }) => {
  ids = await adminLookupIds(browser, [ACCOUNTS.staff, ACCOUNTS.otherStaff, ACCOUNTS.supervisor]);
});

/** Per-person pages of issue 4 under /employees/<id>. */
const personPages = (id: number) => [`/employees/${id}/career`, `/employees/${id}/competencies`, `/employees/${id}/records`, `/employees/${id}/records/sanctions/new`];

/** HR's list of every pair: the path of one whose mentor and mentee are both not `nip`. */
async function pairWithout(browser: Browser, nip: string): Promise<{ path: string; mentee: string }> {
  const hr = await pageAs(browser, "admin");
  try {
    await hr.goto("/mentoring");
    const rows = hr.getByRole("table", { name: "Semua pasangan mentoring" }).locator("tbody").getByRole("row").filter({ hasNotText: nip });
    await expect(rows.first()).toBeVisible();
    const link = rows.first().getByRole("link", { name: /^Detail mentoring / });
    const name = (await link.getAttribute("aria-label")) ?? "";
    return { path: (await link.getAttribute("href"))!, mentee: name.replace(/^Detail mentoring .+ untuk /, "") };
  } finally {
    await hr.context().close();
  }
}

test.describe("[STAFF] career, training and mentoring pages", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("[STAFF][CAREER] Karier Saya shows his own KP checklist with every condition in words, the KGB and the BUP", async ({ page }) => {
    await page.goto("/career");
    await expect(page.getByRole("heading", { level: 1, name: "Karier Saya" })).toBeVisible();
    await expect(page.getByText(`${STAFF}, S.Psi. · Jejak karier`)).toBeVisible();
    await expect(page.getByText("Dihitung per 23 November 2026.")).toBeVisible();

    const kp = page.getByRole("region", { name: "Kenaikan pangkat berikutnya" });
    await expect(detailValue(kp, "Jalur")).toHaveText("Pilihan – jabatan fungsional");
    await expect(detailValue(kp, "Pangkat berikutnya")).toHaveText("Penata (III/c)");
    // Every condition of his route, in order, each with its state in words and what was found.
    const items = page.getByTestId("kp-checklist").getByRole("listitem");
    await expect(items).toHaveCount(5);
    expect(await items.evaluateAll((list) => list.map((li) => li.getAttribute("data-condition")))).toEqual(["YEARS_IN_RANK", "PERFORMANCE", "JENJANG_RANGE", "CREDIT", "NO_SANCTION"]);
    const expected: [keyof typeof KP_CONDITIONS, "met" | "unmet", RegExp][] = [
      ["YEARS_IN_RANK", "met", /^Masa kerja dalam pangkat 3 tahun 7 bulan; syarat 2 tahun terpenuhi sejak 1 April 2025\.$/],
      ["PERFORMANCE", "met", /^Predikat \d{4} (Sangat )?Baik dan \d{4} (Sangat )?Baik: keduanya paling rendah Baik\.$/],
      ["JENJANG_RANGE", "unmet", /^Pangkat berikutnya \(III\/c\) di luar rentang jenjang Ahli Pertama \(III\/a–III\/b\): naik jenjang jabatan lebih dulu\.$/],
      ["CREDIT", "unmet", /^Angka kredit sejak TMT pangkat baru [\d,]+; syarat 50, kurang [\d,]+\.$/],
      ["NO_SANCTION", "met", /^Tidak ada hukuman disiplin yang menghalangi kenaikan pangkat\.$/],
    ];
    for (const [code, state, text] of expected) {
      const item = kpCondition(page, code);
      await expect(item).toHaveAttribute("data-state", state);
      const [label, detail] = [item.getByRole("paragraph").first(), item.getByRole("paragraph").last()];
      await expect(label).toContainText(KP_CONDITIONS[code]);
      await expect(label).toContainText(state === "met" ? "Terpenuhi" : "Belum terpenuhi");
      await expect(detail).toHaveText(text);
    }
    // The verdict repeats what is missing.
    const verdict = page.getByTestId("kp-verdict");
    await expect(verdict).toContainText("Belum ada periode dalam dua tahun ke depan yang memenuhi semua syarat. Yang masih kurang:");
    await expect(verdict.getByRole("listitem")).toHaveCount(2);

    const dates = page.getByRole("region", { name: "Gaji berkala dan pensiun" });
    await expect(dates.getByTestId("kgb-date")).toHaveText("1 Maret 2027");
    await expect(detailValue(dates, "Batas usia pensiun (BUP)")).toHaveText("58 tahun — pensiun TMT 1 Agustus 2049");
    // Only on his own page: the target chooser.
    await expect(page.getByRole("region", { name: "Jabatan target", exact: true })).toContainText("Analis SDM Aparatur Ahli Muda");
    await expect(page.getByRole("button", { name: "Jadikan target" })).toBeVisible();
    // Trainings for the target's gaps: a one-day seminar reads as one date.
    const seminar = page.getByTestId("target-trainings").getByRole("listitem").filter({ hasText: "Seminar Nasional Sistem Merit dan Manajemen Talenta Daerah" });
    await expect(seminar).toContainText("10 Desember 2026 · Untuk: Manajemen ASN");
    await expect(seminar).not.toContainText("10 Desember 2026 – 10 Desember 2026");
    // Only trainings he may register for: not the leadership classes for administrators and pengawas.
    const suggested = page.getByTestId("target-trainings");
    await expect(suggested.getByRole("link", { name: /Kepemimpinan Administrator|Kepemimpinan Pengawas/ })).toHaveCount(0);
    await expect(suggested.getByRole("link", { name: "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar Angkatan I Tahun 2027" })).toBeVisible();
  });

  test("[STAFF][CAREER] another person's career, competency and records pages are not found; his own records are read-only", async ({ page }) => {
    for (const id of [ids[ACCOUNTS.otherStaff]!, ids[ACCOUNTS.supervisor]!]) {
      for (const path of personPages(id)) {
        await page.goto(path);
        await expectNotFound(page);
        await expect(page.getByText(NURUL)).toHaveCount(0);
      }
    }
    // His own: readable, without HR's forms.
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/records`);
    await expect(page.getByRole("heading", { level: 1, name: "Penghargaan & Hukuman Disiplin" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tambah hukuman disiplin" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Tambah penghargaan" })).toHaveCount(0);
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/competencies`);
    await expect(page.getByRole("heading", { level: 1, name: "Kompetensi" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Catat hasil penilaian kompetensi" })).toHaveCount(0);
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/records/sanctions/new`);
    await expectNotFound(page);
  });

  test("[STAFF][MENTORING] his own pair opens; another person's pair is not found and he cannot open pairs", async ({ page, browser }) => {
    const other = await pairWithout(browser, ACCOUNTS.staff);
    await page.goto("/mentoring");
    await expect(page.getByRole("link", { name: "Buka pasangan mentoring" })).toHaveCount(0);
    await expect(page.getByRole("table", { name: "Semua pasangan mentoring" })).toHaveCount(0);
    await page.getByRole("table", { name: "Sebagai mentee" }).getByRole("link", { name: /^Detail mentoring Budi Santoso untuk / }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Mentoring ${STAFF}` })).toBeVisible();

    for (const path of [other.path, "/mentoring/new"]) {
      await page.goto(path);
      await expectNotFound(page);
    }
    await expect(page.getByText(other.mentee)).toHaveCount(0);
  });

  test("[STAFF][ACCESS] team and HR development pages are not found, and the menu and tabs do not offer them", async ({ page, browser }) => {
    const hr = await pageAs(browser, "admin");
    await hr.goto(`/trainings?q=${encodeURIComponent(DRAFT_TRAINING)}`);
    const draft = hr.getByRole("table", { name: "Katalog Pelatihan" }).getByRole("row").filter({ hasText: "Belum terbit" });
    const draftPath = (await draft.getByRole("link", { name: DRAFT_TRAINING }).getAttribute("href"))!;
    await hr.context().close();

    for (const path of ["/development", "/trainings/approvals", "/trainings/new", "/trainings/external", draftPath, `${draftPath}/edit`, `${draftPath}/delete`]) {
      await page.goto(path);
      await expectNotFound(page);
    }
    await page.goto("/trainings");
    await expect(page.getByRole("link", { name: DRAFT_TRAINING })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Tambah pelatihan" })).toHaveCount(0);
    const tabs = page.getByRole("navigation", { name: "Menu pelatihan" }).getByRole("link");
    await expect(tabs).toHaveText(["Katalog", "Pelatihan saya"]);
    const nav = page.getByRole("navigation", { name: "Menu" });
    for (const shown of ["Karier Saya", "Pelatihan", "Mentoring"]) await expect(nav.getByRole("link", { name: shown, exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Pengembangan Tim", exact: true })).toHaveCount(0);
  });
});

test.describe("[SUPERVISOR] her team's career and training decisions only", () => {
  test.use({ storageState: storageStateFor("supervisor") });

  test("[SUPERVISOR][CAREER] opens her report's career page read-only, not Nurul Hidayah's", async ({ page }) => {
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/career`);
    await expect(page.getByRole("heading", { level: 1, name: `Karier ${STAFF}, S.Psi.` })).toBeVisible();
    await expect(kpCondition(page, "NO_SANCTION")).toHaveAttribute("data-state", "met");
    await expect(page.getByTestId("kgb-date")).toHaveText("1 Maret 2027");
    // His target is shown, but only he chooses it.
    await expect(page.getByRole("region", { name: "Jabatan target", exact: true })).toContainText("Analis SDM Aparatur Ahli Muda");
    await expect(page.getByRole("button", { name: "Jadikan target" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Hapus target" })).toHaveCount(0);
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/records`);
    await expect(page.getByRole("heading", { level: 1, name: "Penghargaan & Hukuman Disiplin" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tambah hukuman disiplin" })).toHaveCount(0);

    for (const path of personPages(ids[ACCOUNTS.otherStaff]!)) {
      await page.goto(path);
      await expectNotFound(page);
    }
    await expect(page.getByText(NURUL)).toHaveCount(0);
    // Her team's JP standing holds her reports only.
    await page.goto("/development");
    await expect(page.getByRole("heading", { level: 1, name: "Pengembangan Kompetensi Tim" })).toBeVisible();
    const people = page.getByRole("table", { name: /^JP per pegawai tahun 2026$/ });
    await expect(people.getByRole("row").filter({ hasText: ACCOUNTS.staff })).toHaveCount(1);
    await expect(people.getByRole("row").filter({ hasText: ACCOUNTS.otherStaff })).toHaveCount(0);
  });

  test("[SUPERVISOR][TRAINING] approving a request of someone outside her team with a replayed call is refused and changes nothing", async ({ page, browser, baseURL }) => {
    // Nurul Hidayah (another unit, another supervisor) asks for a training HR adds here.
    const hr = await pageAs(browser, "admin");
    const training = newTraining({ quota: 3 });
    const trainingId = await createPublishedTraining(hr, training);
    await hr.context().close();
    const nurul = await pageAs(browser, "otherStaff");
    await nurul.goto(`/trainings/${trainingId}`);
    await register(nurul, "Untuk tugas pelaporan surveilans.");
    // Her registration id, learnt from her own cancel form (the call is stopped before the server).
    const cancel = await captureActionCall(nurul, async () => {
      await nurul.getByRole("button", { name: "Batalkan pendaftaran" }).click();
      await nurul.getByRole("dialog", { name: "Batalkan pendaftaran" }).getByRole("button", { name: "Batalkan pendaftaran" }).click();
    });
    const nurulRegistration = boundId(cancel);

    // Not on Sri's approvals page.
    await page.goto("/trainings/approvals");
    await expect(page.getByTestId("approvals").getByRole("link", { name: training.title })).toHaveCount(0);
    // Her real approve call for one of her own reports, stopped before the server.
    // (Not the staff member's: training-flow.spec.ts has his requests decided meanwhile.)
    const card = page.getByTestId("approvals").getByRole("listitem").filter({ hasNotText: ACCOUNTS.staff }).first();
    const teamTitle = (await card.getByRole("link").first().innerText()).trim();
    const teamPerson = (await card.locator("p").first().innerText()).trim();
    const call = await captureActionCall(page, () => card.getByRole("button", { name: /^Setujui / }).click());
    const teamRegistration = boundId(call);
    expect(teamRegistration).not.toBe(nurulRegistration);

    // Re-aimed at Nurul's request: not found for her.
    const refused = await replayActionCall(page.request, baseURL!, call, rebindId(call, teamRegistration, nurulRegistration));
    expect(await refused.text()).toContain(DEV_TEXT.notFoundData);
    expect(refused.headers()["x-action-redirect"]).toBeUndefined();
    // And the call as it is, sent by the staff member, who approves nobody's requests.
    const staff = await pageAs(browser, "staff");
    const forbidden = await replayActionCall(staff.request, baseURL!, call, call.fields);
    expect(await forbidden.text()).toContain(TEXT.forbidden);
    await staff.context().close();

    // Nothing moved: Nurul still waits, the report's request still waits for Sri.
    await nurul.reload();
    await expect(myRegistration(nurul)).toContainText(DEV_TEXT.status.PENDING);
    await expect(myRegistration(nurul)).not.toContainText("Sri Wahyuni");
    await page.goto("/trainings/approvals");
    await expect(approvalCard(page, teamPerson, teamTitle)).toHaveCount(1);
    await nurul.context().close();
  });

  test("[SUPERVISOR][MENTORING] cannot open a pair for someone outside her team", async ({ page }) => {
    await page.goto("/mentoring/new");
    await field(page, "NIP mentee").fill(ACCOUNTS.otherStaff);
    await field(page, "NIP mentor").fill(ACCOUNTS.admin);
    await field(page, "Tujuan mentoring").fill("Pendampingan penyusunan laporan surveilans tahunan.");
    await field(page, "Tanggal selesai").fill("2027-03-31");
    await page.getByRole("button", { name: "Buka pasangan" }).click();
    await expect(field(page, "NIP mentee")).toHaveAccessibleDescription(/Tidak ada pegawai dengan NIP ini di tim Anda\./);
    await expect(page).toHaveURL(/\/mentoring\/new$/);
    await page.goto("/mentoring");
    await expect(page.getByRole("table", { name: "Pasangan mentoring di tim Anda" }).getByRole("row").filter({ hasText: ACCOUNTS.otherStaff })).toHaveCount(0);
  });
});

test.describe("[ADMIN] every person's development records", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("[ADMIN][CAREER] opens anyone's career, competency and records pages with its forms, every pair and the province's JP", async ({ page }) => {
    const nurul = ids[ACCOUNTS.otherStaff]!;
    await page.goto(`/employees/${nurul}/career`);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^Karier ${escapeRegExp(NURUL)}`) })).toBeVisible();
    await expect(page.getByTestId("kp-checklist")).toBeVisible();
    await page.goto(`/employees/${nurul}/competencies`);
    await expect(page.getByRole("region", { name: "Catat hasil penilaian kompetensi" })).toBeVisible();
    await page.goto(`/employees/${nurul}/records`);
    await expect(page.getByRole("region", { name: "Tambah penghargaan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Tambah hukuman disiplin" })).toBeVisible();

    await page.goto("/mentoring");
    const pairs = page.getByRole("table", { name: "Semua pasangan mentoring" });
    await expect(pairs.getByRole("row").filter({ hasText: ACCOUNTS.staff })).toContainText("Budi Santoso");
    await page.goto("/development");
    await expect(page.getByRole("heading", { level: 2, name: "Per unit kerja" })).toBeVisible();
    await expect(page.getByTestId("behind-count")).toHaveText(/^\d+ dari \d+ pegawai di bawah 20 JP pada 2026\.$/);
  });
});
