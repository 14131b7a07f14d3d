import { defineConfig } from "@playwright/test";

// Run by scripts/test-run.ts, which starts the production build on E2E_BASE_URL with a freshly
// seeded demo database. Debian's Chromium: Playwright's own browser download cannot work here.
const baseURL = process.env.E2E_BASE_URL ?? "http://localhost:3100";

export default defineConfig({
  testDir: "tests/e2e",
  // Overridable so two runs in one working tree (a developer and a helper) keep their traces apart.
  outputDir: process.env.JENJANG_E2E_OUTPUT_DIR ?? "reports/playwright-artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", testIgnore: [/auth\.setup\.ts/, /promotion-round\.spec\.ts/], dependencies: ["setup"] },
    // The whole KP round promotes the staff account, whose pangkat and KP checklist other specs read:
    // it runs once every other spec has finished.
    { name: "rounds", testMatch: /promotion-round\.spec\.ts/, dependencies: ["chromium"] },
  ],
});
