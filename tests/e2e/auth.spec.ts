import { expect, test } from "@playwright/test";
import { ACCOUNTS, PASSWORD } from "./support/accounts";
import { unknownNip } from "./support/people";
import { directoryRows, pageAs, selectByText, signIn, submitSignIn, TEXT } from "./support/ui";

// Signed out: every test here starts without a session.
test.use({ storageState: { cookies: [], origins: [] } });

test("[GUEST][AUTH] a protected page sends to sign-in and back to that page afterwards", async ({ page }) => {
  await page.goto("/employees");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Femployees$/);
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();

  await signIn(page, ACCOUNTS.admin, PASSWORD);
  await expect(page).toHaveURL(/\/employees$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pegawai" })).toBeVisible();
});

test("[GUEST][AUTH] a wrong password is refused with a message and the NIP stays typed", async ({ page }) => {
  // otherStaff: no other spec signs in with this NIP after setup, so one failure disturbs nobody.
  await submitSignIn(page, ACCOUNTS.otherStaff, "bukan-kata-sandinya");
  await expect(page.getByTestId("form-error")).toHaveText(TEXT.invalidCredentials);
  await expect(page.getByLabel("NIP")).toHaveValue(ACCOUNTS.otherStaff);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("[GUEST][AUTH] a 17-digit NIP shows the format error beside the NIP field", async ({ page }) => {
  await page.goto("/login");
  const nip = page.getByLabel("NIP");
  await nip.fill(ACCOUNTS.staff.slice(0, 17));
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();

  await expect(nip).toHaveAttribute("aria-invalid", "true");
  await expect(nip).toHaveAccessibleDescription(/NIP harus 18 digit angka\./);
  await expect(page.getByText("NIP harus 18 digit angka.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[GUEST][AUTH] five failed sign-ins lock the NIP, even for the right password", async ({ page, browser }) => {
  // A seeded employee (password Jenjang#2026) that no other spec signs in with: the first person
  // of Dinas Tanaman Pangan dan Hortikultura in the admin's directory.
  const admin = await pageAs(browser, "admin");
  await admin.goto("/employees");
  await selectByText(admin.getByLabel("Unit kerja (termasuk sub-unit)"), "Dinas Tanaman Pangan dan Hortikultura");
  await admin.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(admin).toHaveURL(/[?&]unit=\d+/);
  const nip = (await directoryRows(admin).first().getByRole("cell").nth(1).innerText()).trim();
  await admin.context().close();
  expect(nip).toMatch(/^\d{18}$/);
  expect(Object.values(ACCOUNTS)).not.toContain(nip);

  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await submitSignIn(page, nip, `salah-${attempt}`);
    await expect(page.getByTestId("form-error")).toHaveText(TEXT.invalidCredentials);
  }
  // The fifth failure is the one that locks, and says so.
  await submitSignIn(page, nip, "salah-5");
  await expect(page.getByTestId("form-error")).toHaveText(TEXT.locked);
  // The sixth attempt, now with the right password, is refused all the same.
  await submitSignIn(page, nip, PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText(TEXT.locked);
  await expect(page.getByTestId("form-error")).toContainText("coba lagi dalam 15 menit");
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("[GUEST][AUTH] an unknown NIP is refused like a wrong password", async ({ page }) => {
  await submitSignIn(page, unknownNip(), PASSWORD);
  await expect(page.getByTestId("form-error")).toHaveText(TEXT.invalidCredentials);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});

test("[CHAIR][AUTH] signing out returns to sign-in and closes the signed-in pages", async ({ page }) => {
  await signIn(page, ACCOUNTS.chair, PASSWORD);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();

  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile$/);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
});
