import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectFitsPhone, openFromCatalog } from "./support/development";

// Issue 4's pages on a 390 px phone: tables scroll inside their box, the page itself never grows
// sideways. Read-only.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe("[STAFF] on a phone", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("[STAFF][MOBILE] Karier Saya, the catalog, Pelatihan saya and Mentoring fit the screen", async ({ page }) => {
    await page.goto("/career");
    await expect(page.getByTestId("kp-checklist")).toBeVisible();
    await expect(page.getByTestId("career-timeline")).toBeVisible();
    await expectFitsPhone(page);

    await page.goto("/trainings");
    await expect(page.getByRole("table", { name: "Katalog Pelatihan" })).toBeVisible();
    await expectFitsPhone(page);

    await page.goto("/trainings/mine");
    await expect(page.getByRole("table", { name: "Pendaftaran pelatihan" })).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Capaian JP tahun 2026" })).toBeVisible();
    await expectFitsPhone(page);

    await page.goto("/mentoring");
    await expect(page.getByRole("table", { name: "Sebagai mentee" })).toBeVisible();
    await expectFitsPhone(page);
  });
});

test.describe("[ADMIN] on a phone", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("[ADMIN][MOBILE] a training's participant list with attendance forms scrolls inside its box", async ({ page }) => {
    // The demo's class that just ended: approved participants waiting for their attendance.
    await openFromCatalog(page, "Bimbingan Teknis Manajemen Arsip Dinamis Angkatan 2026", "past");
    const table = page.getByRole("table", { name: "Peserta" });
    await expect(table.getByRole("form").first()).toBeVisible();
    await expectFitsPhone(page);
    const box = await table.locator("xpath=..").evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
    expect(box.scrollWidth).toBeGreaterThan(box.clientWidth);

    await page.goto("/trainings/mine");
    await expect(page.getByRole("progressbar", { name: "Capaian JP tahun 2026" })).toBeVisible();
    await expectFitsPhone(page);
  });
});
