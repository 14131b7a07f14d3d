import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { createEmployee } from "./support/employees";
import { randomWord } from "./support/people";
import { signIn, submitSignIn, TEXT } from "./support/ui";

test.use({ storageState: storageStateFor("admin") });

/** A browser of the employee's own: a fresh context without the admin's cookies. */
async function ownBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

test("[ADMIN][ACCOUNT] deactivating ends the session at once; reactivating with Atasan lets them back in with that role", async ({ page, browser }) => {
  test.slow();
  const employee = await createEmployee(page);
  const own = await ownBrowser(browser);
  await signIn(own, employee.nip, employee.password);
  await expect(own.getByText("Pegawai", { exact: true })).toBeVisible();
  await expect(own.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Pegawai", exact: true })).toHaveCount(0);

  // Deactivate.
  const account = page.getByRole("form", { name: "Akun" });
  await expect(account.getByRole("checkbox", { name: "Akun aktif" })).toBeChecked();
  await account.getByRole("checkbox", { name: "Akun aktif" }).uncheck();
  await account.getByRole("button", { name: "Simpan akun" }).click();
  await expect(page).toHaveURL(new RegExp(`/employees/${employee.id}\\?saved=account$`));
  await expect(page.getByTestId("form-success")).toHaveText("Akun pegawai diperbarui.");
  await expect(account.getByRole("checkbox", { name: "Akun aktif" })).not.toBeChecked();

  // The open session is over on the next navigation, and signing in again is refused.
  await own.goto("/profile");
  await expect(own).toHaveURL(/\/login(\?|$)/);
  await expect(own.getByRole("heading", { name: "Masuk" })).toBeVisible();
  await expect(own.getByTestId("current-user")).toHaveCount(0);
  await submitSignIn(own, employee.nip, employee.password);
  await expect(own.getByTestId("form-error")).toHaveText("Akun Anda dinonaktifkan. Hubungi admin BKD.");

  // Reactivate and make them an Atasan.
  await account.getByRole("checkbox", { name: "Akun aktif" }).check();
  await account.getByRole("checkbox", { name: "Atasan / Pejabat Penilai" }).check();
  await account.getByRole("button", { name: "Simpan akun" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Akun pegawai diperbarui.");
  await expect(account.getByRole("checkbox", { name: "Atasan / Pejabat Penilai" })).toBeChecked();
  await expect(account.getByRole("checkbox", { name: "Akun aktif" })).toBeChecked();

  await signIn(own, employee.nip, employee.password);
  await expect(own.getByText("Pegawai · Atasan / Pejabat Penilai", { exact: true })).toBeVisible();
  // The role brings the team pages with it.
  await expect(own.getByRole("region", { name: "Tim saya" })).toBeVisible();
  await expect(own.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Pegawai", exact: true })).toBeVisible();
  await own.context().close();
});

test("[ADMIN][ACCOUNT] resetting the password retires the old one and ends the session", async ({ page, browser }) => {
  test.slow();
  const employee = await createEmployee(page);
  const own = await ownBrowser(browser);
  await signIn(own, employee.nip, employee.password);

  await page.goto(`/employees/${employee.id}`);
  const reset = page.getByRole("form", { name: "Atur ulang kata sandi" });
  // Too short: refused beside the field, after confirming.
  await reset.getByLabel("Kata sandi baru").fill("pendek");
  await reset.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await page.getByRole("dialog", { name: "Atur ulang kata sandi" }).getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(reset.getByLabel("Kata sandi baru")).toHaveAccessibleDescription("Kata sandi minimal 8 karakter.");

  // Cancelling the confirmation sends nothing.
  const newPassword = `Baru#${randomWord(6)}42`;
  await reset.getByLabel("Kata sandi baru").fill(newPassword);
  await reset.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  const dialog = page.getByRole("dialog", { name: "Atur ulang kata sandi" });
  await expect(dialog).toContainText("Kata sandi lama tidak berlaku lagi dan pegawai harus masuk ulang. Lanjutkan?");
  await dialog.getByRole("button", { name: "Batal" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("form-success")).toHaveCount(0);

  await reset.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await dialog.getByRole("button", { name: "Atur ulang kata sandi" }).click();
  await expect(page).toHaveURL(new RegExp(`/employees/${employee.id}\\?saved=password$`));
  await expect(page.getByTestId("form-success")).toHaveText("Kata sandi diatur ulang. Sampaikan kata sandi baru kepada pegawai secara langsung.");

  // Their open session ended; the old password no longer works, the new one does.
  await own.goto("/profile");
  await expect(own).toHaveURL(/\/login(\?|$)/);
  await submitSignIn(own, employee.nip, employee.password);
  await expect(own.getByTestId("form-error")).toHaveText(TEXT.invalidCredentials);
  await signIn(own, employee.nip, newPassword);
  await expect(own.getByTestId("current-user")).toHaveText(employee.name);
  await own.context().close();
});
