import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { randomWord } from "./support/people";
import { field, selectByText } from "./support/ui";

test.use({ storageState: storageStateFor("admin") });

function auditRows(page: Page) {
  return page.getByRole("table", { name: "Jejak audit, terbaru lebih dahulu" }).locator("tbody").getByRole("row");
}

/** Filters the audit log through its form, as a person would. */
async function filterAudit(page: Page, filters: { type: string; entity?: string }): Promise<void> {
  await page.goto("/audit");
  const form = page.getByRole("search", { name: "Saring jejak audit" });
  await form.getByLabel("Jenis data").selectOption(filters.type);
  if (filters.entity) await form.getByLabel("ID data").fill(filters.entity);
  await form.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]type=${filters.type}`));
}

test("[ADMIN][MASTERDATA] creates a unit under BKD and a functional position with its competency standard, all audited", async ({ page }) => {
  test.slow();
  const suffix = randomWord(6).toUpperCase();
  const unitCode = `BKD.UJI-${suffix}`;
  const unitName = `Bidang Uji ${suffix}`;

  // The unit, under Badan Kepegawaian Daerah.
  await page.goto("/org-units");
  await page.getByRole("link", { name: "Tambah unit" }).click();
  await page.getByLabel("Kode unit").fill(unitCode.toLowerCase());
  await page.getByLabel("Nama unit").fill(unitName);
  await selectByText(page.getByLabel("Unit induk"), "Badan Kepegawaian Daerah");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/org-units\?saved=created$/);
  await expect(page.getByTestId("form-success")).toHaveText("Unit organisasi ditambahkan.");
  // Shown inside BKD's branch of the tree, with its code upper-cased.
  const bkd = page.getByTestId("unit-BKD");
  const unit = bkd.getByTestId(`unit-${unitCode}`);
  await expect(unit).toContainText(unitName);
  await expect(unit).toContainText(unitCode);
  await expect(unit).toContainText("0 sub-unit · 0 jabatan · 0 pegawai");
  const unitId = (await unit.getByRole("link", { name: `Ubah ${unitName}` }).getAttribute("href"))?.match(/\/org-units\/(\d+)\/edit/)?.[1];
  expect(unitId).toBeTruthy();

  // A FUNGSIONAL position without its jenjang is refused beside the field, keeping what was typed.
  const positionName = `Analis Uji ${suffix}`;
  await page.goto("/positions/new");
  await page.getByLabel("Nama jabatan").fill(positionName);
  await field(page, "Jenis jabatan").selectOption({ label: "Fungsional" });
  await page.getByLabel("Kelas jabatan").fill("8");
  await selectByText(field(page, "Unit kerja"), unitName);
  await page.getByRole("button", { name: "Simpan" }).click();
  const level = page.getByLabel("Jenjang jabatan fungsional");
  await expect(level).toHaveAttribute("aria-invalid", "true");
  await expect(level).toHaveAccessibleDescription(/Jenjang wajib diisi untuk jabatan fungsional\./);
  await expect(page.getByLabel("Nama jabatan")).toHaveValue(positionName);
  await expect(field(page, "Jenis jabatan")).toHaveValue("FUNGSIONAL");
  await expect(field(page, "Unit kerja")).toHaveValue(unitId!);

  // With the jenjang and two competency rows it is saved.
  await level.selectOption({ label: "Ahli Pertama" });
  await page.getByRole("button", { name: "Tambah kompetensi" }).click();
  await page.getByLabel("Kompetensi baris 1").selectOption({ label: "MNJ.INTEGRITAS — Integritas" });
  await page.getByLabel("Level yang dituntut baris 1").selectOption("3");
  await page.getByRole("button", { name: "Tambah kompetensi" }).click();
  await expect(page.getByLabel("Kompetensi baris 2")).toBeFocused();
  // A competency already used in row 1 cannot be chosen again.
  await expect(page.getByLabel("Kompetensi baris 2").getByRole("option", { name: "MNJ.INTEGRITAS — Integritas" })).toBeDisabled();
  await page.getByLabel("Kompetensi baris 2").selectOption({ label: "TKS.MANAJEMEN_ASN — Manajemen ASN" });
  await page.getByLabel("Level yang dituntut baris 2").selectOption("2");
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page).toHaveURL(/\/positions\/\d+\?saved=created$/);
  const positionId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("form-success")).toHaveText("Jabatan ditambahkan.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(positionName);
  const requirements = page.getByRole("region", { name: "Persyaratan" });
  await expect(requirements).toContainText("Fungsional — Ahli Pertama");
  await expect(requirements).toContainText(unitName);
  const standard = page.getByRole("region", { name: "Standar kompetensi" });
  await expect(standard.getByRole("listitem")).toHaveCount(2);
  await expect(standard.getByRole("region", { name: "Manajerial" }).getByRole("listitem")).toHaveText(/MNJ\.INTEGRITAS\s*Integritas\s*Level 3 dari 5/);
  await expect(standard.getByRole("region", { name: "Teknis" }).getByRole("listitem")).toHaveText(/TKS\.MANAJEMEN_ASN\s*Manajemen ASN\s*Level 2 dari 5/);

  // The audit log has both creations, by the admin.
  await filterAudit(page, { type: "OrgUnit", entity: unitId! });
  await expect(auditRows(page)).toHaveCount(1);
  await expect(auditRows(page).first()).toContainText("orgUnit.create");
  await expect(auditRows(page).first()).toContainText(`OrgUnit #${unitId}`);
  await expect(auditRows(page).first()).toContainText("Budi Santoso");
  await expect(auditRows(page).first()).toContainText(ACCOUNTS.admin);

  await filterAudit(page, { type: "Position", entity: positionId });
  const created = auditRows(page).filter({ hasText: "position.create" });
  await expect(created).toHaveCount(1);
  await expect(created).toContainText(`Position #${positionId}`);
  await expect(created).toContainText("Budi Santoso");
  await created.getByText("Lihat isi").click();
  await expect(created.getByText("Sesudah")).toBeVisible();
  await expect(created).toContainText(positionName);
});

test("[ADMIN][AUDIT] filtering by entity type shows only that type", async ({ page }) => {
  await page.goto("/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Jejak Audit" })).toBeVisible();
  const types = await page.getByLabel("Jenis data").getByRole("option").allInnerTexts();
  // Always there on a fresh demo database: the seed's own row and the sign-ins of auth.setup.ts.
  expect(types).toContain("Seed");
  expect(types).toContain("User");

  await filterAudit(page, { type: "User" });
  const rows = auditRows(page);
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row.getByRole("cell").nth(3)).toHaveText(/^User( #\d+)?$/);
  await expect(page.getByLabel("Jenis data")).toHaveValue("User");

  await expect(rows.filter({ hasText: "auth.login" }).first()).toBeVisible();

  await filterAudit(page, { type: "Seed" });
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row.getByRole("cell").nth(3)).toHaveText(/^Seed( #\S+)?$/);
  await expect(rows.filter({ hasText: "auth.login" })).toHaveCount(0);

  // An entity id without a type is explained beside the field rather than ignored.
  await page.goto("/audit?entity=1");
  await expect(page.getByLabel("ID data")).toHaveAccessibleDescription(/Pilih jenis data agar pencarian per ID dapat dilakukan\./);
});
