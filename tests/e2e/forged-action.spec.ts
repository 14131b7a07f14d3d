import { expect, test } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { addField, captureActionCall, replayActionCall, withField } from "./support/server-action";
import { directoryRows, employeeIdByNip, expectNotFound, pageAs, selectByText, TEXT } from "./support/ui";

// Server actions are public endpoints: whatever the pages hide, a staff member can still POST to an
// action id. These specs learn a real call from the admin's form and send it with the staff cookies.
test.use({ storageState: storageStateFor("staff") });

test("[STAFF][FORGED-ACTION] the admin-only employee update refuses a forged call and changes nothing", async ({ page, browser, baseURL }) => {
  const admin = await pageAs(browser, "admin");
  // The target: a seeded teacher outside the staff member's scope (no other spec edits this unit).
  await admin.goto("/employees");
  await selectByText(admin.getByLabel("Unit kerja (termasuk sub-unit)"), "SMA Negeri 1 Kota Jambi");
  await admin.getByRole("button", { name: "Cari", exact: true }).click();
  await expect(admin).toHaveURL(/[?&]unit=\d+/);
  const link = directoryRows(admin).first().getByRole("link");
  const originalTitle = (await link.innerText()).trim();
  const targetId = Number((await link.getAttribute("href"))?.split("/").pop());
  expect(targetId).toBeGreaterThan(0);

  // The staff member cannot even open that person's page.
  await page.goto(`/employees/${targetId}`);
  await expectNotFound(page);

  // Learn the real call: the admin submits the unchanged edit form, intercepted before the server.
  await admin.goto(`/employees/${targetId}/edit`);
  const originalName = await admin.getByLabel("Nama lengkap (tanpa gelar)").inputValue();
  const call = await captureActionCall(admin, () => admin.getByRole("button", { name: "Simpan" }).click());
  expect(call.path).toBe(`/employees/${targetId}/edit`);

  // Replay it as the staff member with a new name.
  const forgedName = `Diretas ${Date.now()}`;
  const response = await replayActionCall(page.request, baseURL!, call, withField(call.fields, "name", forgedName));
  const answer = await response.text();
  // The action ran, passed validation and was refused by authorization (not by a broken request).
  expect(answer).toContain(TEXT.forbidden);
  expect(response.headers()["x-action-redirect"]).toBeUndefined();

  // As the admin: the record is unchanged.
  await admin.goto(`/employees/${targetId}`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(originalTitle);
  await expect(admin.getByText(forgedName)).toHaveCount(0);
  await admin.goto(`/employees/${targetId}/edit`);
  await expect(admin.getByLabel("Nama lengkap (tanpa gelar)")).toHaveValue(originalName);
  // And no update was written to the audit log for that record.
  await admin.goto(`/audit?type=Employee&entity=${targetId}&action=employee.update`);
  await expect(admin.getByText("Tidak ada catatan audit yang cocok.")).toBeVisible();
  await admin.context().close();
});

test("[STAFF][FORGED-ACTION] the account update refuses a staff member granting themselves Admin BKD", async ({ page, browser, baseURL }) => {
  const admin = await pageAs(browser, "admin");
  const staffId = await employeeIdByNip(admin, ACCOUNTS.staff);

  // Learn the account form's call on the staff member's own page (intercepted: nothing is saved).
  await admin.goto(`/employees/${staffId}`);
  const accountForm = admin.getByRole("form", { name: "Akun" });
  await expect(accountForm.getByRole("checkbox", { name: "Admin BKD" })).not.toBeChecked();
  const call = await captureActionCall(admin, () => accountForm.getByRole("button", { name: "Simpan akun" }).click());

  // The staff member sends it for their own id, asking for Admin BKD (and Atasan).
  const forged = addField(addField(call.fields, "roles", "ADMIN_BKD"), "roles", "ATASAN");
  const response = await replayActionCall(page.request, baseURL!, call, forged);
  expect(await response.text()).toContain(TEXT.forbidden);

  // Still a plain Pegawai: still signed in (the session version did not move), no HR menu or pages.
  await page.goto("/");
  await expect(page.getByTestId("current-user")).toHaveText("Muhammad Rizki Ananda");
  await expect(page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Pegawai", exact: true })).toHaveCount(0);
  await page.goto("/employees");
  await expectNotFound(page);

  // As the admin: the account's roles are unchanged.
  await admin.goto(`/employees/${staffId}`);
  await expect(accountForm.getByRole("checkbox", { name: "Admin BKD" })).not.toBeChecked();
  await expect(accountForm.getByRole("checkbox", { name: "Atasan / Pejabat Penilai" })).not.toBeChecked();
  await expect(accountForm.getByRole("checkbox", { name: "Akun aktif" })).toBeChecked();
  await admin.context().close();
});
