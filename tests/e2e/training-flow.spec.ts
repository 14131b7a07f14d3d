import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import {
  addJp,
  appIsoDate,
  approvalCard,
  createPublishedTraining,
  DEV_TEXT,
  fillTrainingForm,
  jpBar,
  jpLabel,
  longDate,
  myJp,
  myRegistration,
  myRegistrationRow,
  newTraining,
  openFromCatalog,
  register,
  registerCard,
  STAFF_OPEN_TRAINING,
  timelineEntries,
} from "./support/development";
import { escapeRegExp, field, pageAs } from "./support/ui";

// Issue 4's end-to-end path: the staff member registers for a training, his supervisor approves, HR
// records completion with a certificate, and his JP for the year and his career page change with it.
// Serial: each step builds on the one before. Who: Muhammad Rizki Ananda (only this spec moves his
// JP), Sri Wahyuni (his supervisor) and HR.
//
// The e2e server lives on one fixed day (JENJANG_TODAY, 2026-11-23), and the rules split the steps
// across days: a request is approved before the training starts, attendance is recorded from its
// first day. So HR adds a training that starts tomorrow, and after the approval moves it to today
// (a rescheduled class), which is what lets the same day hold both steps.

const YEAR = 2026;
const STAFF = "Muhammad Rizki Ananda";
const training = newTraining({ hours: 24, quota: 5 });
const certificate = `800/BKD/UJI/${training.title.split(" ").pop()}/001`;
const motivation = "Untuk menutup kesenjangan kompetensi Manajemen ASN pada jabatan saya.";
const declineReason = "Kuota unit untuk Desember sudah terpakai; ikut angkatan berikutnya.";

let trainingId = 0;
let jpBefore = 0;

test.describe.configure({ mode: "serial", timeout: 60_000 });

async function as(browser: Browser, persona: "admin" | "supervisor" | "staff"): Promise<Page> {
  return pageAs(browser, persona);
}

test("[ADMIN][TRAINING] adds a training to the catalog: a bad JP is refused beside its field, then it is saved and published", async ({ browser }) => {
  const hr = await as(browser, "admin");
  await hr.goto("/trainings/new");
  await fillTrainingForm(hr, { ...training, hours: 0 });
  await hr.getByRole("button", { name: "Simpan", exact: true }).click();
  // Refused beside the field, everything typed is still there, nothing saved.
  await expect(hr.getByTestId("form-error")).toHaveText(DEV_TEXT.validation);
  await expect(field(hr, "Jam pelajaran (JP)")).toHaveAccessibleDescription(new RegExp(escapeRegExp(DEV_TEXT.jpInvalid)));
  await expect(field(hr, "Jam pelajaran (JP)")).toHaveAttribute("aria-invalid", "true");
  await expect(field(hr, "Judul")).toHaveValue(training.title);
  await expect(hr).toHaveURL(/\/trainings\/new$/);
  await hr.goto(`/trainings?q=${encodeURIComponent(training.title)}`);
  await expect(hr.getByText("Tidak ada pelatihan yang cocok.")).toBeVisible();

  trainingId = await createPublishedTraining(hr, training);
  const about = hr.getByRole("region", { name: "Tentang pelatihan" });
  await expect(about).toContainText(jpLabel(training.hours));
  await expect(about).toContainText(`Sisa ${training.quota} dari ${training.quota} kursi`);
  await hr.context().close();
});

test("[STAFF][TRAINING] registers from the catalog with a motivation and sees it waiting for approval", async ({ browser }) => {
  const staff = await as(browser, "staff");
  // What he has before: his JP for the year and no trace of this training on his career page.
  jpBefore = await myJp(staff, YEAR);
  await staff.goto("/career");
  await expect(timelineEntries(staff).first()).toBeVisible();
  await expect(timelineEntries(staff).filter({ hasText: training.title })).toHaveCount(0);
  // The demo training he will ask for (and be declined) is among those suggested for his target.
  await expect(staff.getByTestId("target-trainings").getByRole("link", { name: STAFF_OPEN_TRAINING })).toBeVisible();

  expect(await openFromCatalog(staff, training.title)).toBe(trainingId);
  await expect(registerCard(staff)).toContainText("Anda memenuhi syarat untuk mendaftar.");
  await register(staff, motivation);
  await expect(myRegistration(staff)).toContainText(DEV_TEXT.status.PENDING);
  await expect(myRegistration(staff)).toContainText(motivation);
  // One seat is held for him while he waits.
  await expect(staff.getByRole("region", { name: "Tentang pelatihan" })).toContainText(`Sisa ${training.quota - 1} dari ${training.quota} kursi`);

  // The catalog counts the seats left.
  await staff.goto(`/trainings?q=${encodeURIComponent(training.title)}`);
  await expect(staff.getByRole("table", { name: "Katalog Pelatihan" }).getByRole("row").filter({ hasText: training.title })).toContainText(
    `Sisa ${training.quota - 1} dari ${training.quota}`,
  );
  // From the training's own page, the training menu leads back to his list.
  await staff.getByRole("table", { name: "Katalog Pelatihan" }).getByRole("link", { name: training.title }).click();
  await staff.getByRole("navigation", { name: "Menu pelatihan" }).getByRole("link", { name: "Pelatihan saya" }).click();
  await expect(staff.getByRole("heading", { level: 1, name: "Pelatihan Saya" })).toBeVisible();
  await expect(myRegistrationRow(staff, training.title)).toContainText(DEV_TEXT.status.PENDING);
  // Nothing credited yet.
  await expect(jpBar(staff, YEAR)).toHaveAttribute("aria-valuetext", `${jpLabel(jpBefore)} dari 20 JP`);
  await staff.context().close();
});

test("[SUPERVISOR][TRAINING] approves her report's request on the approvals page", async ({ browser }) => {
  const sri = await as(browser, "supervisor");
  await sri.goto("/trainings/approvals");
  await expect(sri.getByRole("heading", { level: 1, name: "Persetujuan Pelatihan" })).toBeVisible();
  const card = approvalCard(sri, STAFF, training.title);
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(ACCOUNTS.staff);
  await expect(card).toContainText(motivation);
  await card.getByRole("button", { name: `Setujui ${STAFF}` }).click();
  await expect(sri).toHaveURL(/\/trainings\/approvals\?saved=approved$/);
  await expect(sri.getByTestId("form-success")).toHaveText(DEV_TEXT.approved);
  await expect(approvalCard(sri, STAFF, training.title)).toHaveCount(0);
  await sri.context().close();

  const staff = await as(browser, "staff");
  await staff.goto(`/trainings/${trainingId}`);
  await expect(myRegistration(staff)).toContainText(DEV_TEXT.status.APPROVED);
  await expect(myRegistration(staff)).toContainText("Sri Wahyuni");
  await staff.context().close();
});

test("[SUPERVISOR][TRAINING] declines another request only with a reason, which the staff member then reads", async ({ browser }) => {
  const staff = await as(browser, "staff");
  const openId = await openFromCatalog(staff, STAFF_OPEN_TRAINING);
  const seats = staff.getByRole("region", { name: "Tentang pelatihan" });
  const seatsBefore = (await seats.innerText()).match(/Sisa (\d+) dari (\d+) kursi/);
  expect(seatsBefore).not.toBeNull();
  await register(staff, "Persiapan menyusun SKP tim tahun depan.");
  await expect(seats).toContainText(`Sisa ${Number(seatsBefore![1]) - 1} dari ${seatsBefore![2]} kursi`);

  const sri = await as(browser, "supervisor");
  await sri.goto("/trainings/approvals");
  const card = approvalCard(sri, STAFF, STAFF_OPEN_TRAINING);
  await expect(card).toHaveCount(1);
  // Without a reason: not asked to confirm (there is nothing to decide yet), refused beside the
  // reason field; nothing decided.
  await card.getByRole("button", { name: `Tolak — ${STAFF}`, exact: false }).click();
  const reason = card.getByLabel("Alasan penolakan (wajib bila menolak)");
  await expect(reason).toHaveAccessibleDescription(DEV_TEXT.reasonRequired);
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(sri.getByRole("dialog")).toHaveCount(0);
  await expect(sri).toHaveURL(/\/trainings\/approvals$/);
  await staff.reload();
  await expect(myRegistration(staff)).toContainText(DEV_TEXT.status.PENDING);

  // With a reason: declined, the seat goes back.
  await reason.fill(declineReason);
  await card.getByRole("button", { name: `Tolak — ${STAFF}`, exact: false }).click();
  const dialog = sri.getByRole("dialog", { name: new RegExp(`^Tolak — ${STAFF}`) });
  await expect(dialog).toContainText(STAFF_OPEN_TRAINING);
  await dialog.getByRole("button", { name: "Tolak", exact: true }).click();
  await expect(sri).toHaveURL(/\/trainings\/approvals\?saved=declined$/);
  await expect(sri.getByTestId("form-success")).toHaveText(DEV_TEXT.declined);
  await expect(approvalCard(sri, STAFF, STAFF_OPEN_TRAINING)).toHaveCount(0);
  await sri.context().close();

  await staff.goto(`/trainings/${openId}`);
  await expect(myRegistration(staff)).toContainText(DEV_TEXT.status.DECLINED);
  await expect(myRegistration(staff)).toContainText(declineReason);
  await expect(seats).toContainText(`Sisa ${seatsBefore![1]} dari ${seatsBefore![2]} kursi`);
  // A decision stands: no way to register again.
  await expect(staff.getByRole("button", { name: "Daftar", exact: true })).toHaveCount(0);
  await staff.goto("/trainings/mine");
  await expect(myRegistrationRow(staff, STAFF_OPEN_TRAINING)).toContainText(DEV_TEXT.status.DECLINED);
  await expect(myRegistrationRow(staff, STAFF_OPEN_TRAINING)).toContainText(`Alasan: ${declineReason}`);
  // Declined, it is no longer suggested on his career page: he could not ask for it again.
  await staff.goto("/career");
  await expect(staff.getByTestId("target-trainings").getByRole("link").first()).toBeVisible();
  await expect(staff.getByTestId("target-trainings").getByRole("link", { name: STAFF_OPEN_TRAINING })).toHaveCount(0);
  await staff.context().close();
});

test("[ADMIN][TRAINING] moves the training to today and records the staff member's completion with a certificate", async ({ browser }) => {
  const hr = await as(browser, "admin");
  await hr.goto(`/trainings/${trainingId}`);
  // Before it starts, attendance cannot be recorded yet.
  await expect(hr.getByText(`Kehadiran dapat dicatat mulai ${longDate(training.startDate)}.`)).toBeVisible();
  await expect(hr.getByRole("form", { name: new RegExp(`^Kehadiran ${STAFF}`) })).toHaveCount(0);

  await hr.getByRole("link", { name: "Ubah", exact: true }).click();
  await expect(hr.getByRole("heading", { level: 1, name: "Ubah pelatihan" })).toBeVisible();
  await field(hr, "Tanggal mulai").fill(appIsoDate(0));
  await field(hr, "Tanggal selesai").fill(appIsoDate(0));
  await field(hr, "Batas pendaftaran").fill(appIsoDate(0));
  await hr.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(hr).toHaveURL(new RegExp(`/trainings/${trainingId}\\?saved=updated$`));
  await expect(hr.getByTestId("form-success")).toHaveText(DEV_TEXT.updated);

  const participants = hr.getByRole("region", { name: "Peserta", exact: true });
  await expect(participants.getByRole("link", { name: "Disetujui (1)" })).toBeVisible();
  const attendance = hr.getByRole("form", { name: new RegExp(`^Kehadiran ${STAFF}`) });
  await expect(attendance.getByRole("radio", { name: "Selesai", exact: true })).toBeChecked();
  // A completion needs its certificate number.
  await attendance.getByLabel("Nomor sertifikat").fill("");
  await attendance.getByRole("button", { name: "Simpan kehadiran" }).click();
  await expect(hr.getByRole("form", { name: new RegExp(`^Kehadiran ${STAFF}`) }).getByLabel("Nomor sertifikat")).toHaveAccessibleDescription(
    "Nomor sertifikat wajib diisi untuk peserta yang selesai.",
  );
  await hr.getByRole("form", { name: new RegExp(`^Kehadiran ${STAFF}`) }).getByLabel("Nomor sertifikat").fill(certificate);
  await hr.getByRole("form", { name: new RegExp(`^Kehadiran ${STAFF}`) }).getByRole("button", { name: "Simpan kehadiran" }).click();
  await expect(hr).toHaveURL(/\?saved=attendance#participants$/);
  await expect(hr.getByTestId("form-success")).toHaveText(DEV_TEXT.attendance);
  const row = hr.getByRole("table", { name: "Peserta" }).getByRole("row").filter({ hasText: ACCOUNTS.staff });
  await expect(row).toContainText(DEV_TEXT.status.COMPLETED);
  await expect(row).toContainText(`Sertifikat ${certificate} · ${longDate(appIsoDate(0))}`);
  await hr.context().close();
});

test("[STAFF][TRAINING] his JP for the year rises by exactly the training's JP, and his career page shows the training", async ({ browser }) => {
  const staff = await as(browser, "staff");
  const after = await myJp(staff, YEAR);
  expect(after).toBe(addJp(jpBefore, training.hours));
  await expect(jpBar(staff, YEAR)).toHaveAttribute("aria-valuetext", `${jpLabel(after)} dari 20 JP`);
  // 24 JP is the whole yearly duty on its own: the card now says it is met.
  await expect(staff.getByTestId("jp-progress")).toContainText("Kewajiban 20 JP tahun ini sudah terpenuhi.");
  const entry = staff.getByTestId("jp-progress").getByRole("listitem").filter({ hasText: training.title });
  await expect(entry).toContainText(jpLabel(training.hours));
  await expect(entry).toContainText("Klasikal · Pelatihan katalog");
  await expect(myRegistrationRow(staff, training.title)).toContainText(DEV_TEXT.status.COMPLETED);
  await expect(myRegistrationRow(staff, training.title)).toContainText(certificate);

  await staff.goto("/career");
  const item = timelineEntries(staff).filter({ hasText: training.title });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Pelatihan");
  await expect(item).toContainText(`${jpLabel(training.hours)} · pelatihan katalog`);
  await expect(item.locator("time")).toHaveAttribute("datetime", appIsoDate(0));
  // Newest first: it heads the timeline.
  await expect(timelineEntries(staff).first()).toContainText(training.title);
  await staff.context().close();
});
