import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { adminLookupIds, detailValue, expectNotFound } from "./support/ui";

test.use({ storageState: storageStateFor("staff") });

test("[STAFF][HOME] sees own pangkat and jabatan on the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selamat datang, Muhammad Rizki Ananda, S.Psi.");
  const career = page.getByRole("region", { name: "Karier saya" });
  await expect(detailValue(career, "Pangkat/golongan")).toHaveText("Penata Muda Tingkat I (III/b)");
  await expect(detailValue(career, "Jabatan")).toHaveText("Analis SDM Aparatur Ahli Pertama");
  await expect(detailValue(career, "Unit kerja")).toHaveText("Subbidang Pengembangan Karier");
  // A staff member has no team and no HR overview.
  await expect(page.getByRole("region", { name: "Tim saya" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Ringkasan kepegawaian" })).toHaveCount(0);
});

test("[STAFF][PROFILE] sees own identity, supervisor, service length, BUP and career timeline", async ({ page }) => {
  await page.goto("/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Profil Saya" })).toBeVisible();
  await expect(page.getByText("Muhammad Rizki Ananda, S.Psi.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("profile-nip")).toHaveText(ACCOUNTS.staff);

  const employment = page.getByRole("region", { name: "Kepegawaian" });
  await expect(detailValue(employment, "Atasan langsung")).toContainText("Sri Wahyuni");
  await expect(detailValue(employment, "Atasan langsung")).toContainText("Kepala Subbidang Pengembangan Karier");
  await expect(detailValue(employment, "Masa kerja")).toHaveText(/^\d+ tahun \d+ bulan$/);
  // Born 21 July 1991, Ahli Pertama → BUP 58, retiring on the first of the month after the birthday.
  await expect(detailValue(employment, "Batas usia pensiun")).toHaveText("58 tahun — pensiun TMT 1 Agustus 2049");

  const timeline = page.getByTestId("timeline");
  const entries = timeline.getByRole("listitem");
  await expect(entries.filter({ hasText: "Pangkat" }).filter({ hasText: "Penata Muda Tingkat I (III/b)" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Pangkat" }).filter({ hasText: "Penata Muda (III/a) — Pengangkatan CPNS/PNS" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Jabatan" }).filter({ hasText: "Analis SDM Aparatur Ahli Pertama — Subbidang Pengembangan Karier" })).toHaveCount(1);
  await expect(entries.filter({ hasText: "Pendidikan" }).filter({ hasText: "S1 Psikologi" })).toHaveCount(1);
  // Newest first: the current pangkat (TMT 2023) comes before the appointment as CPNS (2019).
  const titles = await entries.allInnerTexts();
  const current = titles.findIndex((text) => text.includes("Penata Muda Tingkat I (III/b)"));
  const appointment = titles.findIndex((text) => text.includes("Pengangkatan CPNS/PNS"));
  expect(current).toBeGreaterThanOrEqual(0);
  expect(current).toBeLessThan(appointment);
});

test("[STAFF][NAV] the menu offers only Beranda, Profil Saya and his own appraisal pages", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Menu" });
  for (const shown of ["Beranda", "Profil Saya", "SKP Saya", "Umpan Balik 360"]) await expect(nav.getByRole("link", { name: shown, exact: true })).toBeVisible();
  for (const hidden of ["Pegawai", "Unit Organisasi", "Jabatan", "Kompetensi", "Jejak Audit", "Tim Saya", "Keberatan", "Progres Kinerja", "Pengaturan Kinerja"]) {
    await expect(nav.getByRole("link", { name: hidden, exact: true })).toHaveCount(0);
  }
});

test.describe("[STAFF][ACCESS] pages outside the staff member's reach", () => {
  let ids: Record<string, number> = {};

  test.beforeAll(async ({ browser }) => {
    ids = await adminLookupIds(browser, [ACCOUNTS.otherStaff, ACCOUNTS.staff]);
  });

  test("[STAFF][ACCESS] another employee's page is not found", async ({ page }) => {
    await page.goto(`/employees/${ids[ACCOUNTS.otherStaff]}`);
    await expectNotFound(page);
    await expect(page.getByText("Nurul Hidayah")).toHaveCount(0);
    await expect(page.getByText(ACCOUNTS.otherStaff)).toHaveCount(0);
  });

  test("[STAFF][ACCESS] own employee page is reachable but its edit page is not", async ({ page }) => {
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}`);
    await expect(page.getByTestId("profile-nip")).toHaveText(ACCOUNTS.staff);
    await expect(page.getByRole("link", { name: "Ubah data" })).toHaveCount(0);
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/edit`);
    await expectNotFound(page);
  });

  for (const path of ["/employees", "/employees/new", "/org-units", "/positions", "/competencies", "/audit"]) {
    test(`[STAFF][ACCESS] ${path} is not found`, async ({ page }) => {
      await page.goto(path);
      await expectNotFound(page);
      await expect(page.getByRole("table")).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    });
  }
});
