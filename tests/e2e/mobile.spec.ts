import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

test.use({ storageState: storageStateFor("admin"), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("[ADMIN][MOBILE] the menu opens from the Menu disclosure", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Menu" });
  const disclosure = nav.getByText("Menu", { exact: true });
  await expect(disclosure).toBeVisible();
  // Closed at first: the links are not shown.
  await expect(nav.getByRole("link", { name: "Pegawai", exact: true })).toBeHidden();

  await disclosure.click();
  for (const name of ["Beranda", "Profil Saya", "Pegawai", "Unit Organisasi", "Jabatan", "Jejak Audit"]) {
    await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await nav.getByRole("link", { name: "Pegawai", exact: true }).click();
  await expect(page).toHaveURL(/\/employees$/);
  await expect(page.getByRole("heading", { level: 1, name: "Pegawai" })).toBeVisible();
});

test("[ADMIN][MOBILE] the directory table scrolls sideways inside the page instead of widening it", async ({ page }) => {
  await page.goto("/employees");
  const table = page.getByRole("table", { name: "Pegawai" });
  await expect(table).toBeVisible();

  // The page itself is no wider than the phone.
  const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
  expect(widths.viewport).toBe(390);
  expect(widths.document).toBeLessThanOrEqual(widths.viewport);

  // The table is wider than its box, and the box scrolls.
  const scroller = table.locator("xpath=..");
  const box = await scroller.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, overflowX: getComputedStyle(element).overflowX }));
  expect(box.overflowX).toBe("auto");
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);
  const scrolled = await scroller.evaluate((element) => {
    element.scrollLeft = 200;
    return element.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(0);
  // The last column can be brought into view.
  const lastHeader = table.getByRole("columnheader", { name: "Unit kerja" });
  await lastHeader.scrollIntoViewIfNeeded();
  await expect(lastHeader).toBeInViewport();
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});
