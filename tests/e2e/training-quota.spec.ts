import { expect, test } from "@playwright/test";
import { createPublishedTraining, DEV_TEXT, myRegistration, newTraining, registerCard } from "./support/development";
import { createEmployee } from "./support/employees";
import { newPerson } from "./support/people";
import { field, pageAs, signIn } from "./support/ui";

// The quota is enforced by the server, not by the page: two people press "Daftar" for the last seat
// at the same moment. Both people and the training are created here by HR.

test.describe.configure({ timeout: 90_000 });

test("[STAFF][TRAINING] two people register for the last seat at the same moment: exactly one gets it, the other is told the quota is full", async ({ browser }) => {
  const hr = await pageAs(browser, "admin");
  const training = newTraining({ quota: 1 });
  const trainingId = await createPublishedTraining(hr, training);
  const people = [await createEmployee(hr, newPerson("MALE")), await createEmployee(hr, newPerson("FEMALE"))];

  // Both open the training while the seat is still free.
  const pages = await Promise.all(
    people.map(async (person) => {
      const page = await (await browser.newContext()).newPage();
      await signIn(page, person.nip, person.password);
      await page.goto(`/trainings/${trainingId}`);
      await expect(page.getByRole("region", { name: "Tentang pelatihan" })).toContainText("Sisa 1 dari 1 kursi");
      await field(page, "Motivasi").fill(`Motivasi ${person.name}`);
      return page;
    }),
  );
  await Promise.all(pages.map((page) => page.getByRole("button", { name: "Daftar", exact: true }).click()));

  // One lands on the registered page, the other stays with the refusal above the form.
  const registered = pages.map((page) => page.getByTestId("form-success").filter({ hasText: DEV_TEXT.registered }));
  const refused = pages.map((page) => registerCard(page).getByTestId("form-error").filter({ hasText: DEV_TEXT.full }));
  await expect(async () => {
    const outcome = await Promise.all(pages.map(async (_, i) => ((await registered[i]!.count()) ? "registered" : (await refused[i]!.count()) ? "full" : "pending")));
    expect(outcome.sort()).toEqual(["full", "registered"]);
  }).toPass({ timeout: 20_000 });
  const winner = (await registered[0]!.count()) ? 0 : 1;
  const loser = 1 - winner;
  await expect(myRegistration(pages[winner]!)).toContainText(DEV_TEXT.status.PENDING);
  // The loser's form is still there with what they wrote; a fresh look says the quota is full.
  await expect(field(pages[loser]!, "Motivasi")).toHaveValue(`Motivasi ${people[loser]!.name}`);
  await pages[loser]!.reload();
  await expect(registerCard(pages[loser]!)).toContainText(DEV_TEXT.full);
  await expect(pages[loser]!.getByRole("button", { name: "Daftar", exact: true })).toHaveCount(0);
  await expect(pages[loser]!.getByRole("region", { name: "Tentang pelatihan" })).toContainText("Sisa 0 dari 1 kursi");

  // HR's participant list: one registration, the winner's.
  await hr.goto(`/trainings/${trainingId}`);
  const participants = hr.getByRole("table", { name: "Peserta" }).locator("tbody").getByRole("row");
  await expect(participants).toHaveCount(1);
  await expect(participants).toContainText(people[winner]!.nip);
  await hr.goto(`/trainings?q=${encodeURIComponent(training.title)}`);
  await expect(hr.getByRole("table", { name: "Katalog Pelatihan" }).getByRole("row").filter({ hasText: training.title })).toContainText("Kuota penuh");
  await Promise.all([hr.context().close(), ...pages.map((page) => page.context().close())]);
});
