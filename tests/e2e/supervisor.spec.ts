import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { adminLookupIds, directoryRows, expectNotFound, searchDirectory } from "./support/ui";

test.use({ storageState: storageStateFor("supervisor") });

let ids: Record<string, number> = {};

test.beforeAll(async ({ browser }) => {
  ids = await adminLookupIds(browser, [ACCOUNTS.staff, ACCOUNTS.otherStaff]);
});

test("[SUPERVISOR][HOME] sees Tim saya with the direct reports", async ({ page }) => {
  await page.goto("/");
  const team = page.getByRole("region", { name: "Tim saya" });
  await expect(team).toBeVisible();
  await expect(team.getByText(/^\d+ bawahan langsung · \d+ pegawai dalam rantai Anda$/)).toBeVisible();
  const reports = team.getByTestId("team-list").getByRole("listitem");
  expect(await reports.count()).toBeGreaterThanOrEqual(5);
  await expect(team.getByRole("link", { name: "Muhammad Rizki Ananda" })).toHaveAttribute("href", `/employees/${ids[ACCOUNTS.staff]}`);
  await expect(team.getByText("Nurul Hidayah")).toHaveCount(0);
  // Sees the team, not the HR overview.
  await expect(page.getByRole("region", { name: "Ringkasan kepegawaian" })).toHaveCount(0);
});

test("[SUPERVISOR][DIRECTORY] lists only the own chain", async ({ page }) => {
  await page.goto("/employees");
  await expect(page.getByRole("heading", { level: 1, name: "Pegawai dalam tim saya" })).toBeVisible();
  // Nobody outside the chain: her reports all work in her sub-unit, and she is not her own report.
  const rows = directoryRows(page);
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  for (const row of await rows.all()) await expect(row.getByRole("cell").last()).toHaveText("Subbidang Pengembangan Karier");
  await expect(directoryRows(page).filter({ hasText: ACCOUNTS.supervisor })).toHaveCount(0);

  await searchDirectory(page, ACCOUNTS.staff);
  await expect(directoryRows(page)).toHaveCount(1);
  await expect(directoryRows(page).first()).toContainText("Muhammad Rizki Ananda");

  await searchDirectory(page, ACCOUNTS.otherStaff);
  await expect(directoryRows(page)).toHaveCount(0);
  await expect(page.getByText("Tidak ada pegawai yang cocok dengan pencarian ini.")).toBeVisible();

  await searchDirectory(page, "Nurul Hidayah");
  await expect(page.getByText("Tidak ada pegawai yang cocok dengan pencarian ini.")).toBeVisible();
});

test("[SUPERVISOR][EMPLOYEE] opens a report's page, read-only", async ({ page }) => {
  await page.goto("/employees");
  await expect(page.getByRole("link", { name: "Tambah pegawai" })).toHaveCount(0);
  await directoryRows(page).getByRole("link", { name: /^Muhammad Rizki Ananda/ }).click();
  await expect(page).toHaveURL(new RegExp(`/employees/${ids[ACCOUNTS.staff]}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Muhammad Rizki Ananda, S.Psi." })).toBeVisible();
  await expect(page.getByTestId("profile-nip")).toHaveText(ACCOUNTS.staff);
  await expect(page.getByTestId("timeline")).toBeVisible();
  for (const action of ["Ubah data", "Tambah riwayat pangkat", "Tambah riwayat jabatan", "Tambah riwayat pendidikan"]) {
    await expect(page.getByRole("link", { name: action })).toHaveCount(0);
  }
  // No account management either.
  await expect(page.getByRole("form", { name: "Akun" })).toHaveCount(0);
});

test("[SUPERVISOR][ACCESS] a page outside the chain is not found", async ({ page }) => {
  await page.goto(`/employees/${ids[ACCOUNTS.otherStaff]}`);
  await expectNotFound(page);
  await expect(page.getByText("Nurul Hidayah")).toHaveCount(0);
});

test("[SUPERVISOR][ACCESS] a report's edit page is not found", async ({ page }) => {
  await page.goto(`/employees/${ids[ACCOUNTS.staff]}/edit`);
  await expectNotFound(page);
  await expect(page.getByLabel("NIP / NI PPPK")).toHaveCount(0);
  for (const path of ["history/rank", "history/position", "history/education"]) {
    await page.goto(`/employees/${ids[ACCOUNTS.staff]}/${path}`);
    await expectNotFound(page);
  }
});
