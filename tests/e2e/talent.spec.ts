import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { expectFieldError } from "./support/committee";
import { expectNotFound, field, pageAs, selectByText } from "./support/ui";

// The 9-box, the talent pool and succession on the demo data (prisma/seed/demo-talent*.ts: every
// cell of 2025 holds people; five key positions). HR writes one potential score (someone without
// one) and one successor (to the key post the demo lists one successor for); nobody else reads them.

const KEY_POST = "Kepala Bidang Pengembangan Kompetensi dan Karier";

/** The nine box links of the grid with the counts their labels carry. */
async function boxCounts(page: Page): Promise<Map<number, number>> {
  const grid = page.getByRole("table", { name: "Grid 9 kotak menurut predikat sampai tahun 2025: baris kinerja, kolom potensial" });
  await expect(grid).toBeVisible();
  const labels = await grid.getByRole("link", { name: /^Lihat pegawai di kotak \d \([\d.]+ orang\)$/ }).evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? ""));
  return new Map(labels.map((label) => {
    const [, box, n] = label.match(/kotak (\d) \(([\d.]+) orang\)/)!;
    return [Number(box), Number(n!.replace(/\./g, ""))] as [number, number];
  }));
}

const bodyRows = (table: Locator) => table.locator("tbody tr");

test.describe("[HR][TALENT]", () => {
  // One after another: the counts read by the first test must not move under it by the second's write.
  test.describe.configure({ mode: "serial" });
  test.use({ storageState: storageStateFor("admin") });

  test("[HR][TALENT] sees the 9-box of 2025 with people in every box and opens box 9", async ({ page }) => {
    await page.goto("/talent?year=2025");
    const counts = await boxCounts(page);
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const [box, n] of counts) expect(n, `box ${box}`).toBeGreaterThan(0);
    await expect(page.getByText(/^[\d.]+ dari [\d.]+ pegawai terpetakan menurut predikat sampai tahun 2025\.$/)).toBeVisible();

    // One agency (with its sub-units): never more in a box than in the whole province, fewer in all.
    await selectByText(field(page, "Unit kerja"), "Dinas Kesehatan");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/[?&]unit=\d+/);
    const unit = await boxCounts(page);
    for (const [box, n] of unit) expect(n, `box ${box}`).toBeLessThanOrEqual(counts.get(box)!);
    expect([...unit.values()].reduce((a, b) => a + b, 0)).toBeLessThan([...counts.values()].reduce((a, b) => a + b, 0));
    await page.goto("/talent?year=2025");

    await page.getByRole("link", { name: /^Lihat pegawai di kotak 9 / }).click();
    await expect(page).toHaveURL(/\/talent\/box\/9/);
    await expect(page.getByRole("heading", { level: 1, name: "Kotak 9" })).toBeVisible();
    await expect(page.getByText(/Tindak lanjut: promosi, pertahankan, masuk daftar suksesi\./)).toBeVisible();
    const people = bodyRows(page.getByRole("table", { name: "Pegawai di kotak 9" }));
    await expect(people).toHaveCount(counts.get(9)!);
    await expect(people.first()).toContainText("Sangat Baik (2025)");
  });

  test("[HR][TALENT] records a potential score for someone without one; a malformed score is refused beside the field", async ({ page }) => {
    await page.goto("/talent/people?missing=potential");
    const row = bodyRows(page.getByRole("table", { name: "Pegawai dan skor potensi terakhir" })).filter({ hasText: "Belum ada" }).first();
    const name = await row.getByRole("link").innerText();
    await row.getByRole("link").click();
    await expect(page.getByText("Belum ada skor potensi", { exact: true })).toBeVisible();

    const form = page.getByRole("region", { name: "Catat skor potensi" });
    await field(form, "Skor (0–100)").fill("tinggi");
    await field(form, "Tanggal penilaian").fill("2026-11-02");
    await form.getByRole("button", { name: "Simpan skor" }).click();
    await expectFieldError(form, "Skor (0–100)", "Skor berupa angka 0–100 dengan paling banyak dua desimal.");
    await expect(page.getByRole("table", { name: "Riwayat skor potensi, terbaru dahulu" })).toHaveCount(0);

    await field(form, "Skor (0–100)").fill("82,5");
    await form.getByRole("button", { name: "Simpan skor" }).click();
    await expect(page.getByText("Skor potensi tersimpan.")).toBeVisible();
    const history = bodyRows(page.getByRole("table", { name: "Riwayat skor potensi, terbaru dahulu" }));
    await expect(history).toHaveCount(1);
    await expect(history.first()).toContainText("82,5");
    await expect(history.first()).toContainText("2 November 2026");
    // The person leaves the "no score yet" list.
    await page.goto("/talent/people?missing=potential");
    await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  });

  test("[HR][TALENT] adds a successor from the talent pool to a key position; someone outside the pool is refused", async ({ page }) => {
    await page.goto("/talent/succession");
    await page.getByRole("link", { name: KEY_POST, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Suksesi: ${KEY_POST}` })).toBeVisible();
    const listed = await page.getByRole("table", { name: `Suksesor ${KEY_POST}` }).locator("tbody tr").allInnerTexts();

    // HR's own account: Baik in 2025 with a menengah potential score is box 5, not the pool.
    const form = page.getByRole("region", { name: "Tambah suksesor" });
    await field(form, "NIP pegawai").fill(ACCOUNTS.admin);
    await form.getByRole("button", { name: "Tambahkan" }).click();
    await expectFieldError(form, "NIP pegawai", "Pegawai ini berada di kotak 5 (predikat tahun 2025); hanya pegawai di talent pool (kotak 7–9) yang dapat menjadi suksesor.");

    // The pool opens on the newest year with predikats: 2026 once another spec has released a 2026
    // result, and everyone without one keeps their 2025 predikat (the 9-box's "latest up to" rule).
    await page.goto("/talent/pool");
    const candidates = bodyRows(page.getByRole("table", { name: /^Talent pool menurut predikat sampai tahun 202[56]$/ })).filter({ hasNotText: KEY_POST });
    let nip = "";
    for (const text of await candidates.allInnerTexts()) {
      const found = text.match(/\d{18}/)?.[0];
      if (found && !listed.some((line) => line.includes(found))) {
        nip = found;
        break;
      }
    }
    expect(nip).toMatch(/^\d{18}$/);

    await page.goBack();
    await field(form, "NIP pegawai").fill(nip);
    await field(form, "Kesiapan").selectOption({ label: "Siap dalam 1–2 tahun" });
    await field(form, "Catatan").fill("Disiapkan melalui Pelatihan Kepemimpinan Administrator 2027.");
    await form.getByRole("button", { name: "Tambahkan" }).click();
    await expect(page.getByText("Suksesor ditambahkan.")).toBeVisible();
    const row = page.getByRole("table", { name: `Suksesor ${KEY_POST}` }).locator("tbody tr").filter({ hasText: nip });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Siap dalam 1–2 tahun");
  });
});

test("[TIM_PENILAI][TALENT] a committee member sees the grid and the lists read-only", async ({ browser }) => {
  const page = await pageAs(browser, "chair");
  try {
    await page.goto("/talent?year=2025");
    const counts = await boxCounts(page);
    expect(counts.get(8)).toBeGreaterThan(0);
    await page.goto("/talent/succession");
    await page.getByRole("link", { name: KEY_POST, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Suksesi: ${KEY_POST}` })).toBeVisible();
    await expect(page.getByRole("region", { name: "Tambah suksesor" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Keluarkan/ })).toHaveCount(0);
    await page.goto("/talent/people");
    await page.getByRole("table", { name: "Pegawai dan skor potensi terakhir" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Skor potensi" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Catat skor potensi" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Hapus skor/ })).toHaveCount(0);
    // Nor can the member reach HR's placement or round pages.
    for (const path of ["/promotions", "/placements"]) {
      await page.goto(path);
      await expectNotFound(page);
    }
  } finally {
    await page.context().close();
  }
});

test("[ATASAN][TALENT] Sri Wahyuni, a supervisor, gets not found on every talent page", async ({ browser }) => {
  const page = await pageAs(browser, "supervisor");
  try {
    for (const path of ["/talent", "/talent/box/9", "/talent/pool", "/talent/succession", "/talent/people"]) {
      await page.goto(path);
      await expectNotFound(page);
    }
  } finally {
    await page.context().close();
  }
});
