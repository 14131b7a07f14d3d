import { expect, test } from "@playwright/test";
import { expectNoHorizontalOverflow } from "./support/appraisal";
import { DEMO_ROUND_TITLE } from "./support/committee";
import { pageAs } from "./support/ui";

// The committee's case page, the 9-box and a person's round on a phone (390×844): nothing pushes the
// page sideways; wide tables scroll inside their own box. Read-only, on the demo's closed round.

test.use({ viewport: { width: 390, height: 844 } });

test("[CHAIR][KP][MOBILE] the closed round's committee page fits a phone", async ({ browser }) => {
  const page = await pageAs(browser, "chair");
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/committee");
    await expectNoHorizontalOverflow(page);
    await page.getByRole("link", { name: DEMO_ROUND_TITLE }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_ROUND_TITLE })).toBeVisible();
    // The chair of a closed round is offered a correction on each decided candidate.
    await expect(page.getByRole("group", { name: "Koreksi keputusan" }).first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  } finally {
    await page.context().close();
  }
});

test("[HR][TALENT][MOBILE] the 9-box and the talent pool fit a phone", async ({ browser }) => {
  const page = await pageAs(browser, "admin");
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/talent?year=2025");
    await expect(page.getByRole("table", { name: "Grid 9 kotak menurut predikat sampai tahun 2025: baris kinerja, kolom potensial" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.goto("/talent/pool?year=2025");
    await expect(page.getByRole("table", { name: "Talent pool menurut predikat sampai tahun 2025" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  } finally {
    await page.context().close();
  }
});

test("[STAFF][KP][MOBILE] Nurul Hidayah reads her round's outcome on a phone", async ({ browser }) => {
  const page = await pageAs(browser, "otherStaff");
  try {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/career");
    const round = page.getByRole("region", { name: "Periode kenaikan pangkat yang Anda ikuti" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Periode 1 Oktober 2026" }) });
    await expect(round.getByTestId("round-decision")).toContainText("Ditolak");
    await expect(round.getByTestId("round-decision")).toContainText("tingkat nasional");
    await expect(round.getByText("0 merekomendasikan · 2 tidak · 0 konflik kepentingan")).toBeVisible();
    await expectNoHorizontalOverflow(page);
  } finally {
    await page.context().close();
  }
});
