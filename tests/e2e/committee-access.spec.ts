import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./support/accounts";
import { confirmStep, signedInPage } from "./support/appraisal";
import { committeeCard, COMMITTEE_TEXT, fillPilihan, MEMBERS, openRound, screenRound, sendToCommittee } from "./support/committee";
import { captureActionCall, replayActionCall } from "./support/server-action";
import { detailValue, expectNotFound, field, pageAs } from "./support/ui";

// Who may do what on a committee case. The spec runs its own round (TMT 1 May 2027, two people HR
// proposes through a pilihan route, chair 197001012000031001) and leaves it in review; the member is
// the Inspektur (a Tim Penilai member from the demo data, not the chair).

test.describe.configure({ mode: "serial", timeout: 60_000 });

const PERIOD_TEXT = "1 Mei 2027";
const DECIDED = { nip: "198903182012081292", name: "Joko Saputro" };
const CONFLICTED = { nip: "199309192021022256", name: "Lidya Gunawan" };
const JUSTIFICATION = "Pengembang aplikasi layanan publik terbaik tingkat nasional 2026 (penghargaan KemenPANRB).";

let roundId = 0;
let member: Page;

test.beforeAll(async ({ browser }) => {
  const hr = await pageAs(browser, "admin");
  try {
    roundId = await openRound(hr, "2027-05-01");
    await screenRound(hr);
    for (const person of [DECIDED, CONFLICTED]) {
      await fillPilihan(hr, person.nip, "Prestasi luar biasa", JUSTIFICATION);
      await hr.getByRole("button", { name: "Tambah usulan" }).click();
      await expect(hr.getByTestId(`candidate-${person.nip}`)).toBeVisible();
    }
    await sendToCommittee(hr, ACCOUNTS.chair);
  } finally {
    await hr.context().close();
  }
  member = await signedInPage(browser, MEMBERS.inspektur.nip);
});
test.afterAll(async () => {
  await member?.context().close();
});

test("[TIM_PENILAI][KP] a member who is not the chair sees the round and may give a word, but has no decision or closing form", async () => {
  await member.goto("/committee");
  await member.getByRole("link", { name: `Kenaikan pangkat periode ${PERIOD_TEXT}` }).click();
  await expect(member.getByRole("heading", { level: 1, name: `Kenaikan pangkat periode ${PERIOD_TEXT}` })).toBeVisible();
  await expect(detailValue(member, "Ketua Tim Penilai")).toHaveText("Syamsul Bahri");
  const card = committeeCard(member, DECIDED.nip);
  await expect(card.getByRole("group", { name: "Pendapat Anda" })).toBeVisible();
  await expect(card.getByRole("group", { name: "Konflik kepentingan" })).toBeVisible();
  await expect(member.getByRole("group", { name: "Keputusan ketua" })).toHaveCount(0);
  await expect(member.getByRole("region", { name: "Tutup sidang" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: "Tutup sidang" })).toHaveCount(0);
});

test("[TIM_PENILAI][KP] the chair's decide call replayed by a member is refused and nothing is decided", async ({ browser }) => {
  const chair = await pageAs(browser, "chair");
  try {
    await chair.goto(`/committee/promotions/${roundId}`);
    const card = committeeCard(chair, DECIDED.nip);
    const form = card.getByRole("group", { name: "Keputusan ketua" });
    await form.getByRole("radio", { name: "Disetujui", exact: true }).check();
    await field(form, "Alasan keputusan").fill("Prestasi nasional terbukti; disetujui.");
    const call = await captureActionCall(chair, () => confirmStep(form, "Simpan keputusan"));

    const response = await replayActionCall(member.request, new URL(member.url()).origin, call, call.fields);
    expect(await response.text()).toContain(COMMITTEE_TEXT.notChair);

    await chair.reload();
    await expect(committeeCard(chair, DECIDED.nip).getByText("Belum diputuskan.")).toBeVisible();
    await expect(detailValue(chair, "Diputuskan")).toHaveText("0");
  } finally {
    await chair.context().close();
  }
});

test("[TIM_PENILAI][KP] after declaring a conflict on a candidate the member has no vote form for them, and a replayed vote is refused", async () => {
  await member.goto(`/committee/promotions/${roundId}`);
  const card = committeeCard(member, CONFLICTED.nip);
  // A vote prepared before the declaration, kept back to replay afterwards.
  const vote = card.getByRole("group", { name: "Pendapat Anda" });
  await vote.getByRole("radio", { name: "Merekomendasikan", exact: true }).check();
  await field(vote, "Alasan").fill("Kinerja dan prestasi sangat menonjol.");
  const call = await captureActionCall(member, () => vote.getByRole("button", { name: "Simpan pendapat" }).click());

  await member.reload();
  const conflict = committeeCard(member, CONFLICTED.nip).getByRole("group", { name: "Konflik kepentingan" });
  await field(conflict, "Alasan konflik").fill("Kerabat dekat (ipar) dari kandidat.");
  await confirmStep(conflict, "Nyatakan konflik kepentingan");
  const after = committeeCard(member, CONFLICTED.nip);
  await expect(after.getByRole("status").filter({ hasText: "Konflik kepentingan dicatat." })).toBeVisible();
  await expect(after.getByText("Pendapat Anda: Konflik kepentingan")).toBeVisible();
  await expect(after.getByRole("group", { name: "Pendapat Anda" })).toHaveCount(0);
  await expect(after.getByText("0 merekomendasikan · 0 tidak · 1 konflik kepentingan")).toBeVisible();

  const response = await replayActionCall(member.request, new URL(member.url()).origin, call, call.fields);
  expect(await response.text()).toContain("Anda telah menyatakan konflik kepentingan atas kandidat ini");
  await member.reload();
  await expect(committeeCard(member, CONFLICTED.nip).getByText("0 merekomendasikan · 0 tidak · 1 konflik kepentingan")).toBeVisible();
  // The other candidate still takes the member's word.
  await expect(committeeCard(member, DECIDED.nip).getByRole("group", { name: "Pendapat Anda" })).toBeVisible();
});

test.describe("[STAFF] committee, rounds, placements and talent", () => {
  test("[STAFF][KP] the committee, promotion, placement and talent pages are not found", async ({ browser }) => {
    const staff = await pageAs(browser, "staff");
    try {
      for (const path of ["/committee", `/committee/promotions/${roundId}`, "/promotions", `/promotions/${roundId}`, "/placements", "/placements/new", "/talent", "/talent/pool", "/talent/succession"]) {
        await staff.goto(path);
        await expectNotFound(staff);
      }
    } finally {
      await staff.context().close();
    }
  });

  test("[STAFF][KP] another person's SK is not found for him; she and HR download it", async ({ browser }) => {
    // Sri Wahyuni was promoted in the demo's closed round: her own Karier Saya links her SK.
    const sri = await pageAs(browser, "supervisor");
    const staff = await pageAs(browser, "staff");
    const hr = await pageAs(browser, "admin");
    try {
      await sri.goto("/career");
      const link = sri.getByRole("region", { name: "Periode kenaikan pangkat yang Anda ikuti" }).getByRole("link", { name: /^Unduh SK \(PDF\)/ });
      const href = (await link.getAttribute("href"))!;
      expect(href).toMatch(/^\/api\/promotions\/sk\/\d+$/);
      expect((await sri.request.get(href)).status()).toBe(200);
      expect((await hr.request.get(href)).status()).toBe(200);
      const refused = await staff.request.get(href);
      expect(refused.status()).toBe(404);
      expect(refused.headers()["content-type"] ?? "").not.toContain("pdf");
    } finally {
      await Promise.all([sri.context().close(), staff.context().close(), hr.context().close()]);
    }
  });
});
