import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoHorizontalOverflow, findTeamMember, openEvaluation, RATING, pick } from "./support/appraisal";

// Phone width (390×844): SKP Saya and the rater's form fit the screen; wide tables scroll inside
// their own box. Read-only (the form is filled, never sent).
test.use({ storageState: storageStateFor("supervisor"), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
test.describe.configure({ timeout: 60_000 });

test("[SUPERVISOR][MOBILE] SKP Saya fits a phone; the period table scrolls inside its box", async ({ page }) => {
  await page.goto("/skp");
  await expect(page.getByRole("heading", { level: 1, name: "SKP Saya" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Buka SKP" }).first()).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.getByText(/^SKP tahun sebelumnya \(\d+\)$/).click();
  await expect(page.getByRole("table", { name: "SKP tahun-tahun sebelumnya" })).toBeVisible();
  await page.getByText("Tampilkan sebagai tabel").click();
  await expect(page.getByRole("table", { name: "Predikat kinerja per tahun" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  const periods = page.getByRole("table", { name: /^Periode \d/ }).first();
  await expect(periods).toBeVisible();
  const box = await periods.locator("xpath=..").evaluate((element) => ({ overflowX: getComputedStyle(element).overflowX, right: element.getBoundingClientRect().right }));
  expect(box.overflowX).toBe("auto");
  expect(box.right).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});

test("[SUPERVISOR][MOBILE] the rating form fits a phone and stays usable", async ({ page }) => {
  const member = await findTeamMember(page, [{ period: "Triwulan 3", status: "Penilaian diri" }]);
  await openEvaluation(page, member.skpId, "q3");
  const submit = page.getByRole("button", { name: "Simpan penilaian" });
  await expect(submit).toBeVisible();
  await expectNoHorizontalOverflow(page);
  // Every rating choice can be tapped without sideways scrolling.
  await pick(page, "Hasil kerja (keseluruhan)", RATING.below);
  await pick(page, "Perilaku kerja (keseluruhan)", RATING.above);
  await expect(page.getByRole("status").filter({ hasText: /^Predikat kinerja/ })).toHaveText("Predikat kinerja: Butuh Perbaikan");
  const radio = page.getByRole("group", { name: "Perilaku kerja (keseluruhan)", exact: true }).getByRole("radio", { name: RATING.above });
  const rect = await radio.evaluate((element) => element.closest("label")!.getBoundingClientRect().toJSON() as DOMRect);
  expect(rect.right).toBeLessThanOrEqual(390);
  await submit.scrollIntoViewIfNeeded();
  await expect(submit).toBeInViewport();
  await expectNoHorizontalOverflow(page);
  expect(await page.evaluate(() => window.scrollX)).toBe(0);
});
