import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, storageStateFor } from "./support/accounts";
import {
  APPRAISAL_TEXT,
  evaluationSummary,
  fillRatingForm,
  findTeamMember,
  openEvaluation,
  ownSkpId,
  RATING,
  rebind,
  signedInPage,
  skpSummary,
  teamRows,
  YEAR,
} from "./support/appraisal";
import { captureActionCall, replayActionCall, type CapturedAction } from "./support/server-action";
import { detailValue, expectNotFound, pageAs, TEXT } from "./support/ui";

// The forbidden paths of the appraisal feature. Nothing here changes data: pages are only read, and
// the forged calls must be refused (each test checks that nothing moved). The team members used are
// Sri Wahyuni's Q3-rated and Q3-self-assessed reports, which no other spec writes to.

const RATE_BUTTON = "Simpan penilaian";

test.describe.configure({ timeout: 60_000 });

/** Nurul Hidayah's (Dinas Kesehatan, another supervisor) 2026 SKP, as she finds it on SKP Saya. */
async function outsiderSkpId(browser: Browser): Promise<number> {
  const nurul = await pageAs(browser, "otherStaff");
  try {
    return await ownSkpId(nurul);
  } finally {
    await nurul.context().close();
  }
}

/**
 * Sri Wahyuni fills her rating form for a report's Q3 completely; the call is captured before it
 * reaches the server, so the evaluation stays as it was.
 */
async function captureRating(sri: Page, skpId: number): Promise<CapturedAction> {
  await openEvaluation(sri, skpId, "q3");
  await fillRatingForm(sri, { results: RATING.above, values: RATING.above, work: RATING.above, behaviour: RATING.above, feedback: "Dipalsukan dalam uji." });
  return captureActionCall(sri, () => sri.getByRole("button", { name: RATE_BUTTON }).click());
}

test.describe("[STAFF] appraisal pages outside the staff member's reach", () => {
  test.use({ storageState: storageStateFor("staff") });

  test("[STAFF][SKP] another person's SKP, plan editor and evaluation pages are not found", async ({ page, browser }) => {
    const skpId = await outsiderSkpId(browser);
    for (const path of [`/skp/${skpId}`, `/skp/${skpId}/edit`, `/skp/${skpId}/realizations/new`, `/skp/${skpId}/evaluations/q1`, `/skp/${skpId}/evaluations/annual`]) {
      await page.goto(path);
      await expectNotFound(page);
      await expect(page.getByText("Nurul Hidayah")).toHaveCount(0);
    }
  });

  test("[STAFF][ACCESS] Tim Saya, appeals and the appraisal admin pages are not found", async ({ page }) => {
    // (The menu does not offer them either: staff.spec.ts.)
    for (const path of ["/team", "/team/bulk", "/appeals", "/appraisal-settings", "/appraisal-settings/units", "/appraisal-progress"]) {
      await page.goto(path);
      await expectNotFound(page);
    }
  });

  test("[STAFF][EVALUATION] no rating form on his own evaluation; a replayed rating call is refused and changes nothing", async ({ page, browser, baseURL }) => {
    const ownSkp = await ownSkpId(page, 2025);
    await openEvaluation(page, ownSkp, "q4");
    await expect(detailValue(evaluationSummary(page), "Pegawai")).toContainText(ACCOUNTS.staff);
    const ownPredikat = await detailValue(evaluationSummary(page), "Predikat kinerja").innerText();
    await expect(page.getByRole("button", { name: RATE_BUTTON })).toHaveCount(0);
    await expect(page.getByRole("group", { name: "Hasil kerja (keseluruhan)" })).toHaveCount(0);

    // A real rating call, learnt from Sri Wahyuni's form for a report's self-assessed Q3.
    const sri = await pageAs(browser, "supervisor");
    const target = await findTeamMember(sri, [{ period: "Triwulan 3", status: "Penilaian diri" }]);
    const call = await captureRating(sri, target.skpId);
    expect(call.path).toBe(`/skp/${target.skpId}/evaluations/q3`);

    // Sent with the staff member's cookies, as it is and aimed at his own evaluation: refused.
    for (const fields of [call.fields, rebind(call, [target.skpId, "q3"], [ownSkp, "q4"])]) {
      const response = await replayActionCall(page.request, baseURL!, call, fields);
      expect(await response.text()).toContain(TEXT.forbidden);
      expect(response.headers()["x-action-redirect"]).toBeUndefined();
    }

    // Nothing moved: the report's Q3 still waits for Sri's rating, his own Q4 keeps its predikat.
    await openEvaluation(sri, target.skpId, "q3");
    await expect(detailValue(evaluationSummary(sri), "Status penilaian")).toHaveText("Penilaian diri");
    await expect(detailValue(evaluationSummary(sri), "Predikat kinerja")).toHaveText("Belum ditetapkan");
    await openEvaluation(page, ownSkp, "q4");
    await expect(detailValue(evaluationSummary(page), "Predikat kinerja")).toHaveText(ownPredikat);
    await sri.context().close();
  });

  test("[STAFF][360] a respondent sees the request's own form, not the ratee's ratings or other answers", async ({ page, browser }) => {
    // What Sri Wahyuni, as rater, knows about two of her reports' Q3: the self-assessment, the rating
    // feedback and who else was asked.
    const sri = await pageAs(browser, "supervisor");
    const pending = await findTeamMember(sri, [{ period: "Triwulan 3", status: "Penilaian diri" }]);
    await openEvaluation(sri, pending.skpId, "q3");
    const selfAssessment = (await sri.getByRole("region", { name: "Penilaian diri" }).locator("p").last().innerText()).trim();
    const pendingOthers = await otherRespondents(sri);
    const answered = await findTeamMember(sri, [{ period: "Triwulan 3", status: "Dinilai" }]);
    await openEvaluation(sri, answered.skpId, "q3");
    // Rated, not yet acknowledged: still her form, holding the feedback she wrote.
    const feedback = (await sri.getByLabel("Umpan balik untuk pegawai").inputValue()).trim();
    const answeredOthers = await otherRespondents(sri);
    await sri.context().close();
    expect(selfAssessment.length).toBeGreaterThan(20);
    expect(feedback.length).toBeGreaterThan(20);
    expect(pendingOthers.length + answeredOthers.length).toBeGreaterThan(0);

    await page.goto("/feedback");
    await expect(page.getByRole("heading", { level: 1, name: "Umpan Balik 360" })).toBeVisible();
    await page.getByRole("region", { name: "Menunggu jawaban Anda" }).getByRole("link", { name: `Jawab — ${pending.name}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Masukan untuk ${pending.name}` })).toBeVisible();
    // One rating per BerAKHLAK value and a comment each: the form, nothing else.
    await expect(page.getByRole("radio", { name: RATING.meets })).toHaveCount(7);
    await expect(page.getByRole("button", { name: "Kirim masukan" })).toBeVisible();
    await expect(page.getByText(selfAssessment)).toHaveCount(0);
    for (const name of pendingOthers) await expect(page.getByText(name)).toHaveCount(0);
    await expect(page.getByRole("button", { name: RATE_BUTTON })).toHaveCount(0);

    await page.goto("/feedback");
    await page.getByRole("region", { name: "Sudah dijawab" }).getByRole("link", { name: `Lihat — ${answered.name}` }).click();
    await expect(page.getByText(/^Jawaban Anda \(/)).toBeVisible();
    // His own seven answers, not the rater's rating or anyone else's answers.
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(7);
    await expect(page.getByText(feedback)).toHaveCount(0);
    for (const name of answeredOthers) await expect(page.getByText(name)).toHaveCount(0);
    for (const predikat of ["Sangat Baik", "Butuh Perbaikan", "Predikat kinerja"]) await expect(page.getByRole("main").getByText(predikat)).toHaveCount(0);
  });
});

/** The names of the 360 respondents on the rater's card, except the staff member. */
async function otherRespondents(sri: Page): Promise<string[]> {
  const card = sri.getByRole("region", { name: "Masukan rekan kerja (360)" });
  await expect(card).toBeVisible();
  return (await respondentNames(card)).filter((n) => n !== "Muhammad Rizki Ananda");
}

/** Each request on the rater's 360 card reads "Name NIP Batas … state". */
async function respondentNames(card: Locator): Promise<string[]> {
  const rows = await card.getByRole("listitem").allInnerTexts();
  return rows.map((row) => row.match(/^(.+?)\s+\d{18}\b/)?.[1]?.trim() ?? "").filter(Boolean);
}

test.describe("[SUPERVISOR] appraisal pages outside the rater's reach", () => {
  test.use({ storageState: storageStateFor("supervisor") });

  test("[SUPERVISOR][SKP] the SKP of someone she does not rate is not found", async ({ page, browser }) => {
    const skpId = await outsiderSkpId(browser);
    for (const path of [`/skp/${skpId}`, `/skp/${skpId}/evaluations/q3`, `/skp/${skpId}/evaluations/annual`, `/skp/${skpId}/rater`]) {
      await page.goto(path);
      await expectNotFound(page);
    }
    await expect(page.getByText("Nurul Hidayah")).toHaveCount(0);
  });

  test("[SUPERVISOR][EVALUATION] nobody rates themselves: no form on her own evaluations, a forged call is refused", async ({ page, browser, baseURL }) => {
    const ownSkp = await ownSkpId(page);
    await page.goto(`/skp/${ownSkp}`);
    await expect(detailValue(skpSummary(page), "Pegawai")).toContainText(ACCOUNTS.supervisor);
    for (const period of ["q4", "annual"]) {
      await openEvaluation(page, ownSkp, period);
      await expect(page.getByRole("button", { name: RATE_BUTTON })).toHaveCount(0);
      await expect(page.getByRole("group", { name: "Hasil kerja (keseluruhan)" })).toHaveCount(0);
    }
    await expect(page.getByText(APPRAISAL_TEXT.annualHidden)).toBeVisible();
    // She is not on her own Tim Saya either.
    await page.goto(`/team?year=${YEAR}`);
    await expect(teamRows(page).first()).toBeVisible();
    await expect(teamRows(page).filter({ hasText: ACCOUNTS.supervisor })).toHaveCount(0);

    // Her real rating call for a report, re-aimed at her own Q4 and annual evaluation: refused.
    const target = await findTeamMember(page, [{ period: "Triwulan 3", status: "Penilaian diri" }]);
    const call = await captureRating(page, target.skpId);
    for (const period of ["q4", "annual"]) {
      const response = await replayActionCall(page.request, baseURL!, call, rebind(call, [target.skpId, "q3"], [ownSkp, period]));
      expect(await response.text()).toContain(APPRAISAL_TEXT.notFoundData);
      expect(response.headers()["x-action-redirect"]).toBeUndefined();
    }

    // HR, who reads every SKP: her own Q4 and annual evaluation are still unrated.
    const hr = await pageAs(browser, "admin");
    for (const period of ["q4", "annual"]) {
      await openEvaluation(hr, ownSkp, period);
      await expect(detailValue(evaluationSummary(hr), "Status penilaian")).toHaveText("Belum dinilai");
      await expect(detailValue(evaluationSummary(hr), "Predikat kinerja")).toHaveText("Belum ditetapkan");
    }
    await hr.context().close();
  });
});

test.describe("[STAFF] the ratee of 360 input", () => {
  test("[STAFF][360] the ratee sees neither the 360 answers nor who gave them", async ({ browser }) => {
    // The rater's view first: the answered requests and their respondents are there.
    const sri = await pageAs(browser, "supervisor");
    const ratee = await findTeamMember(sri, [{ period: "Triwulan 3", status: "Dinilai" }]);
    await openEvaluation(sri, ratee.skpId, "q3");
    const card = sri.getByRole("region", { name: "Masukan rekan kerja (360)" });
    await expect(card.getByText("Sudah menjawab").first()).toBeVisible();
    const respondents = await respondentNames(card);
    expect(respondents.length).toBeGreaterThan(0);
    await sri.context().close();

    const page = await signedInPage(browser, ratee.nip);
    await openEvaluation(page, ratee.skpId, "q3");
    await expect(detailValue(evaluationSummary(page), "Pegawai")).toContainText(ratee.nip);
    await expect(page.getByRole("region", { name: "Masukan rekan kerja (360)" })).toHaveCount(0);
    await expect(page.getByText(/^Ringkasan masukan/)).toHaveCount(0);
    for (const name of respondents) await expect(page.getByText(name)).toHaveCount(0);
    await page.context().close();
  });
});

test.describe("[ADMIN] reads every SKP, changes none of the steps", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("[ADMIN][SKP] opens any SKP and evaluation read-only: no agree, return, expectation or rating form", async ({ page, browser }) => {
    const sri = await pageAs(browser, "supervisor");
    await sri.goto(`/team?year=${YEAR}`);
    const submittedRow = teamRows(sri).filter({ hasText: "Diajukan" }).filter({ hasNotText: ACCOUNTS.staff }).first();
    const submittedHref = await submittedRow.getByRole("link").first().getAttribute("href");
    const selfAssessed = await findTeamMember(sri, [{ period: "Triwulan 3", status: "Penilaian diri" }]);
    await sri.context().close();

    await page.goto(submittedHref!);
    await expect(detailValue(skpSummary(page), "Status")).toHaveText("Diajukan");
    for (const button of ["Setujui SKP", "Kembalikan ke pegawai", "Simpan ekspektasi", "Ajukan SKP"]) await expect(page.getByRole("button", { name: button })).toHaveCount(0);
    await expect(page.getByLabel(/^Catatan perbaikan/)).toHaveCount(0);
    // HR's own step is offered instead.
    await expect(page.getByRole("link", { name: "Ganti pejabat penilai" })).toBeVisible();

    await openEvaluation(page, selfAssessed.skpId, "q3");
    await expect(page.getByText(APPRAISAL_TEXT.readOnly)).toBeVisible();
    await expect(detailValue(evaluationSummary(page), "Status penilaian")).toHaveText("Penilaian diri");
    await expect(page.getByRole("region", { name: "Penilaian diri" }).locator("p").last()).not.toBeEmpty();
    for (const button of [RATE_BUTTON, "Kirim penilaian diri", "Terima hasil penilaian", "Kirim permintaan"]) await expect(page.getByRole("button", { name: button })).toHaveCount(0);

    // Outside BKD too.
    const outsider = await outsiderSkpId(browser);
    await page.goto(`/skp/${outsider}`);
    await expect(detailValue(skpSummary(page), "Pegawai")).toContainText(ACCOUNTS.otherStaff);
  });
});
