import { expect, test as setup } from "@playwright/test";
import { ACCOUNTS, PASSWORD, storageStateFor, type Persona } from "./support/accounts";

// One signed-in state per role, saved once and reused by the specs (test.use({ storageState })).
for (const persona of Object.keys(ACCOUNTS) as Persona[]) {
  setup(`sign in as ${persona}`, async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("NIP").fill(ACCOUNTS[persona]);
    await page.getByLabel("Kata sandi").fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    await page.context().storageState({ path: storageStateFor(persona) });
  });
}
