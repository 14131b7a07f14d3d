import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import { createEmployee, DEFAULT_PLACEMENT, fillCareer, fillIdentity } from "./support/employees";
import { newPerson } from "./support/people";
import { detailValue, directoryRows, employeeIdByNip, field, searchDirectory, selectByText, signIn, TEXT } from "./support/ui";

test.use({ storageState: storageStateFor("admin") });

/** The error text shown beside a field and tied to it with aria-describedby. */
async function expectFieldError(page: Page, label: string, message: string | RegExp): Promise<void> {
  const control = field(page, label);
  await expect(control).toHaveAttribute("aria-invalid", "true");
  await expect(control).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
}

test.describe("[ADMIN][DIRECTORY]", () => {
  test("[ADMIN][DIRECTORY] name search ignores case and accents", async ({ page }) => {
    await searchDirectory(page, "SRI WAHYUNÍ");
    const row = directoryRows(page).filter({ hasText: ACCOUNTS.supervisor });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("link")).toHaveText("Sri Wahyuni, S.Psi., M.M.");
    // Every hit really is a Sri Wahyuni.
    for (const name of await directoryRows(page).getByRole("link").allInnerTexts()) expect(name.toLowerCase()).toContain("wahyuni");
    await expect(page.getByRole("searchbox", { name: "Cari nama atau NIP" })).toHaveValue("SRI WAHYUNÍ");
  });

  test("[ADMIN][DIRECTORY] NIP prefix search", async ({ page }) => {
    await searchDirectory(page, "19820510");
    await expect(directoryRows(page).filter({ hasText: ACCOUNTS.supervisor })).toHaveCount(1);
    const rows = directoryRows(page);
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    for (const row of await rows.all()) await expect(row.getByRole("cell").nth(1)).toHaveText(/^19820510\d{10}$/);
    await expect(rows.filter({ hasText: ACCOUNTS.staff })).toHaveCount(0);
  });

  test("[ADMIN][DIRECTORY] unit filter includes the unit's sub-units", async ({ page }) => {
    await page.goto("/employees");
    await selectByText(page.getByLabel("Unit kerja (termasuk sub-unit)"), "Bidang Pengembangan Kompetensi dan Karier");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(page).toHaveURL(/[?&]unit=\d+/);
    const allowed = ["Bidang Pengembangan Kompetensi dan Karier", "Subbidang Pengembangan Karier", "Subbidang Pengembangan Kompetensi"];
    const units: string[] = [];
    for (const row of await directoryRows(page).all()) units.push((await row.getByRole("cell").last().innerText()).trim());
    expect(units.length).toBeGreaterThan(3);
    for (const unit of units) expect(allowed).toContain(unit);
    // People of both sub-units are in, people elsewhere are not.
    expect(units).toContain("Subbidang Pengembangan Karier");
    expect(units).toContain("Subbidang Pengembangan Kompetensi");
    await expect(directoryRows(page).filter({ hasText: ACCOUNTS.staff })).toHaveCount(1);
    await expect(directoryRows(page).filter({ hasText: ACCOUNTS.otherStaff })).toHaveCount(0);
    await expect(directoryRows(page).filter({ hasText: ACCOUNTS.admin })).toHaveCount(0);
  });

  test("[ADMIN][DIRECTORY] next and previous pages show other rows", async ({ page }) => {
    await page.goto("/employees");
    const pager = page.getByRole("navigation", { name: /^Halaman 1 dari \d+$/ });
    await expect(pager.getByText(/^Menampilkan 1–25 dari \d+$/)).toBeVisible();
    await expect(directoryRows(page)).toHaveCount(25);
    const firstPage = await directoryRows(page).getByRole("cell").nth(1).innerText();

    await pager.getByRole("link", { name: "Berikutnya" }).click();
    await expect(page).toHaveURL(/[?&]page=2/);
    const second = page.getByRole("navigation", { name: /^Halaman 2 dari \d+$/ });
    await expect(second.getByText(/^Menampilkan 26–50 dari \d+$/)).toBeVisible();
    await expect(directoryRows(page).filter({ hasText: firstPage })).toHaveCount(0);
    const secondPage = await directoryRows(page).getByRole("cell").nth(1).innerText();

    await second.getByRole("link", { name: "Sebelumnya" }).click();
    await expect(page).toHaveURL(/\/employees$/);
    await expect(page.getByRole("navigation", { name: /^Halaman 1 dari \d+$/ })).toBeVisible();
    await expect(directoryRows(page).filter({ hasText: firstPage })).toHaveCount(1);
    await expect(directoryRows(page).filter({ hasText: secondPage })).toHaveCount(0);
  });
});

test("[ADMIN][EMPLOYEE] creates an employee after fixing the refused fields, who can then sign in", async ({ page, browser }) => {
  test.slow();
  const person = newPerson("MALE");
  await page.goto("/employees/new");

  // 1. The NIP says male (15th digit 1) but Perempuan is chosen, and the pangkat TMT precedes the TMT CPNS.
  await fillIdentity(page, { ...person, gender: "FEMALE" });
  await fillCareer(page, person, DEFAULT_PLACEMENT);
  await page.getByLabel("TMT pangkat").fill("2000-01-01");
  await page.getByRole("button", { name: "Simpan pegawai" }).click();

  await expect(page.getByTestId("form-error")).toHaveText("Periksa kembali isian yang ditandai.");
  await expectFieldError(page, "Jenis kelamin", "Jenis kelamin tidak sesuai dengan digit ke-15 NIP.");
  await expectFieldError(page, "TMT pangkat", "Tanggal tidak boleh sebelum TMT CPNS.");
  await expect(page).toHaveURL(/\/employees\/new$/);
  // What was typed is still there (the password is never sent back).
  await expect(page.getByLabel("NIP / NI PPPK")).toHaveValue(person.nip);
  await expect(page.getByLabel("Nama lengkap (tanpa gelar)")).toHaveValue(person.name);
  await expect(page.getByLabel("Tanggal lahir")).toHaveValue(person.birthDate);
  await expect(page.getByLabel("TMT CPNS / TMT kontrak pertama")).toHaveValue(person.serviceStart);
  await expect(page.getByLabel("Nama sekolah / perguruan tinggi")).toHaveValue(DEFAULT_PLACEMENT.institution);
  await expect(page.getByLabel("Nomor SK jabatan")).toHaveValue(new RegExp(`^821\\.2/${person.nip.slice(-3)}/`));
  await expect(page.getByLabel("TMT pangkat")).toHaveValue("2000-01-01");
  await expect(page.getByLabel("Jenis kelamin")).toHaveValue("FEMALE");
  await expect(field(page, "Jenjang")).toHaveValue("S1");
  await expect(field(page, "Pangkat/golongan")).toHaveValue("9");
  await expect(field(page, "Unit kerja")).toHaveValue(/^\d+$/);
  await expect(field(page, "Jabatan")).toHaveValue(/^\d+$/);
  await expect(page.getByLabel("Kata sandi awal")).toHaveValue("");

  // 2. Someone else's NIP (Sri Wahyuni, with her birth date and TMT CPNS): refused as a duplicate.
  await page.getByLabel("NIP / NI PPPK").fill(ACCOUNTS.supervisor);
  await page.getByLabel("Tanggal lahir").fill("1982-05-10");
  await page.getByLabel("TMT CPNS / TMT kontrak pertama").fill("2008-01-01");
  await page.getByLabel("TMT pangkat").fill("2008-01-01");
  await page.getByLabel("TMT jabatan").fill("2008-01-01");
  await page.getByLabel("Kata sandi awal").fill(person.password);
  await page.getByRole("button", { name: "Simpan pegawai" }).click();
  await expectFieldError(page, "NIP / NI PPPK", "NIP ini sudah terdaftar.");
  await expect(page.getByLabel("Jenis kelamin")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("TMT pangkat")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Nama lengkap (tanpa gelar)")).toHaveValue(person.name);
  await expect(page.getByLabel("NIP / NI PPPK")).toHaveValue(ACCOUNTS.supervisor);

  // 3. Corrected: saved, and the new profile opens.
  await fillIdentity(page, person);
  await page.getByLabel("TMT pangkat").fill(person.serviceStart);
  await page.getByLabel("TMT jabatan").fill(person.serviceStart);
  await page.getByLabel("Kata sandi awal").fill(person.password);
  await page.getByRole("button", { name: "Simpan pegawai" }).click();
  await expect(page).toHaveURL(/\/employees\/\d+\?saved=created$/);
  await expect(page.getByTestId("form-success")).toHaveText("Pegawai baru tersimpan beserta akunnya.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  await expect(page.getByTestId("profile-nip")).toHaveText(person.nip);
  const entries = page.getByTestId("timeline").getByRole("listitem");
  await expect(entries).toHaveCount(3);
  await expect(entries.filter({ hasText: "Pangkat" })).toContainText("Penata Muda (III/a) — Pengangkatan CPNS/PNS");
  await expect(entries.filter({ hasText: "Jabatan" })).toContainText(`${DEFAULT_PLACEMENT.position} — ${DEFAULT_PLACEMENT.unit}`);
  await expect(entries.filter({ hasText: "Pendidikan" })).toContainText(`S1 ${DEFAULT_PLACEMENT.major} — ${DEFAULT_PLACEMENT.institution}`);
  await expect(detailValue(page.getByRole("region", { name: "Kepegawaian" }), "Pangkat/golongan")).toContainText("Penata Muda (III/a)");

  // 4. The new employee signs in with the initial password, in a browser of their own.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const own = await context.newPage();
  await signIn(own, person.nip, person.password);
  await expect(own.getByTestId("current-user")).toHaveText(person.name);
  await own.goto("/profile");
  await expect(own.getByTestId("profile-nip")).toHaveText(person.nip);
  await context.close();
});

test("[ADMIN][HISTORY] a refused history form keeps the chosen options", async ({ page }) => {
  const employee = await createEmployee(page);
  await page.goto(`/employees/${employee.id}/history/rank`);
  await field(page, "Pangkat/golongan").selectOption({ label: "IV/a — Pembina" });
  await page.getByLabel("Jenis kenaikan pangkat").selectOption({ label: "Kenaikan pangkat reguler" });
  await field(page, "TMT").fill(employee.serviceStart);
  await field(page, "Nomor SK").fill("823.4/UJI/BKD/9");
  await field(page, "Tanggal SK").fill(employee.serviceStart);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(field(page, "Pangkat/golongan")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "Nomor SK")).toHaveValue("823.4/UJI/BKD/9");
  await expect(field(page, "Pangkat/golongan")).toHaveValue("13", { timeout: 2_000 });
  await expect(page.getByLabel("Jenis kenaikan pangkat")).toHaveValue("REGULER", { timeout: 2_000 });
});

test("[ADMIN][EMPLOYEE] edits an employee's phone number", async ({ page }) => {
  const employee = await createEmployee(page);
  const phone = `0812${String(Date.now()).slice(-8)}`;
  await page.getByRole("link", { name: "Ubah data" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ubah data pegawai" })).toBeVisible();
  await page.getByLabel("Telepon").fill("bukan nomor");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expectFieldError(page, "Telepon", "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung dan + di depan.");

  await page.getByLabel("Telepon").fill(phone);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(new RegExp(`/employees/${employee.id}\\?saved=updated$`));
  await expect(page.getByTestId("form-success")).toHaveText("Data pegawai tersimpan.");
  await expect(detailValue(page.getByRole("region", { name: "Identitas" }), "Telepon")).toHaveText(phone);
  await page.reload();
  await expect(detailValue(page.getByRole("region", { name: "Identitas" }), "Telepon")).toHaveText(phone);
});

test("[ADMIN][HISTORY] a regular promotion within the education cap becomes the current pangkat; above the cap is refused", async ({ page }) => {
  const employee = await createEmployee(page);
  const employment = page.getByRole("region", { name: "Kepegawaian" });
  await expect(detailValue(employment, "Pangkat/golongan")).toContainText("Penata Muda (III/a)");
  const [year, month] = employee.serviceStart.split("-").map(Number) as [number, number];
  const tmt = `${Math.min(year + 4, 2025)}-${String(month).padStart(2, "0")}-01`;

  // Above the cap: an S1 graduate reaches at most III/d by regular promotion.
  await page.getByRole("link", { name: "Tambah riwayat pangkat" }).click();
  await field(page, "Pangkat/golongan").selectOption({ label: "IV/a — Pembina" });
  await page.getByLabel("Jenis kenaikan pangkat").selectOption({ label: "Kenaikan pangkat reguler" });
  await field(page, "TMT").fill(tmt);
  await field(page, "Nomor SK").fill("823.4/UJI/BKD/1");
  await field(page, "Tanggal SK").fill(tmt);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expectFieldError(page, "Pangkat/golongan", /Pangkat melebihi batas kenaikan pangkat reguler untuk pendidikan ini \(Penata Tingkat I \(III\/d\)\)/);
  await expect(page).toHaveURL(new RegExp(`/employees/${employee.id}/history/rank$`));

  // Within the cap: III/b, regular.
  await field(page, "Pangkat/golongan").selectOption({ label: "III/b — Penata Muda Tingkat I" });
  await page.getByLabel("Jenis kenaikan pangkat").selectOption({ label: "Kenaikan pangkat reguler" });
  await field(page, "TMT").fill(tmt);
  await field(page, "Nomor SK").fill("823.4/UJI/BKD/2");
  await field(page, "Tanggal SK").fill(tmt);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(new RegExp(`/employees/${employee.id}\\?saved=rank$`));
  await expect(page.getByTestId("form-success")).toHaveText("Riwayat pangkat ditambahkan.");
  await expect(detailValue(employment, "Pangkat/golongan")).toContainText("Penata Muda Tingkat I (III/b)");
  await expect(page.getByTestId("timeline").getByRole("listitem").filter({ hasText: "Penata Muda Tingkat I (III/b) — Kenaikan pangkat reguler" })).toHaveCount(1);
  // The refused IV/a left no trace.
  await expect(page.getByTestId("timeline").getByText(/Pembina/)).toHaveCount(0);
});

test("[ADMIN][EMPLOYEE] a supervisor cannot be placed under one of their own reports", async ({ page }) => {
  const supervisorId = await employeeIdByNip(page, ACCOUNTS.supervisor);
  await page.goto(`/employees/${supervisorId}/edit`);
  const field = page.getByLabel("NIP atasan langsung");
  const before = await field.inputValue();
  await field.fill(ACCOUNTS.staff);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expectFieldError(page, "NIP atasan langsung", "Pegawai ini berada di atas calon atasan dalam rantai atasan; penunjukan ini membuat lingkaran.");
  await expect(field).toHaveValue(ACCOUNTS.staff);

  // Her own NIP is refused too, with its own message.
  await field.fill(ACCOUNTS.supervisor);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expectFieldError(page, "NIP atasan langsung", "Pegawai tidak dapat menjadi atasan dirinya sendiri.");

  // Nothing changed.
  await page.goto(`/employees/${supervisorId}/edit`);
  await expect(page.getByLabel("NIP atasan langsung")).toHaveValue(before);
});

test("[ADMIN][EMPLOYEE] a stale edit form is refused instead of overwriting a newer change", async ({ page, context }) => {
  const employee = await createEmployee(page);
  const first = page;
  const second = await context.newPage();
  await first.goto(`/employees/${employee.id}/edit`);
  await second.goto(`/employees/${employee.id}/edit`);

  const firstPhone = `0813${String(Date.now()).slice(-8)}`;
  await first.getByLabel("Telepon").fill(firstPhone);
  await first.getByRole("button", { name: "Simpan" }).click();
  await expect(first.getByTestId("form-success")).toHaveText("Data pegawai tersimpan.");

  await second.getByLabel("Telepon").fill("0899 0000 1111");
  await second.getByRole("button", { name: "Simpan" }).click();
  await expect(second.getByTestId("form-error")).toHaveText(TEXT.conflict);
  await expect(second).toHaveURL(new RegExp(`/employees/${employee.id}/edit$`));

  await second.goto(`/employees/${employee.id}`);
  await expect(detailValue(second.getByRole("region", { name: "Identitas" }), "Telepon")).toHaveText(firstPhone);
});
