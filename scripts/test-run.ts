// The body of `npm test`. Every suite runs even when an earlier one failed, so one run shows
// everything that is wrong; the last line is the total over all suites (CI reads it).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { DEMO_APPRAISAL_DATE } from "../prisma/seed/demo-appraisals-plan";
import { toIsoDate } from "../lib/domain/dates";
import { ensureBuild } from "./lib/build";
import { ensureChromium } from "./lib/chromium";
import { openDatabase, recreateDatabase, type DatabaseHandle } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/prepare-database";
import { bin, ROOT, run, startNext, stopProcess, type Env } from "./lib/processes";

type Tally = { name: string; passed: number; failed: number };
const tallies: Tally[] = [];
const REPORTS = path.join(ROOT, "reports");
const E2E_PORT = Number.parseInt(process.env.JENJANG_E2E_PORT ?? "3100", 10);
// Overridable so two test runs on one machine (a developer and a helper) do not share a cluster.
const TEST_PG_DIR = process.env.JENJANG_TEST_PG_DIR ?? ".data/test-postgres";
const TEST_PG_PORT = Number.parseInt(process.env.JENJANG_TEST_PG_PORT ?? "5434", 10);
const TEST_DIST_DIR = process.env.JENJANG_TEST_DIST_DIR ?? ".next-test";
const only = new Set(process.argv.slice(2)); // e.g. `npm test -- unit integration`

const log = (line: string) => console.log(`\n[test] ${line}`);
const wanted = (name: string) => only.size === 0 || only.has(name);

async function check(name: string, command: string, args: string[]): Promise<void> {
  log(`${name} …`);
  const result = await run(command, args);
  tallies.push({ name, passed: result.code === 0 ? 1 : 0, failed: result.code === 0 ? 0 : 1 });
}

function readVitest(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean };
  // A file that fails to load has no failed test but no success either: count it once.
  return { passed: report.numPassedTests, failed: report.numFailedTests || (report.success ? 0 : 1) };
}

async function vitest(name: string, project: string, env: Env = {}): Promise<void> {
  log(`${name} …`);
  const file = path.join(REPORTS, `vitest-${project}.json`);
  rmSync(file, { force: true });
  const result = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile=${file}`], { env });
  const counts = readVitest(file) ?? { passed: 0, failed: 1 };
  if (result.code !== 0 && counts.failed === 0) counts.failed = 1;
  tallies.push({ name, ...counts });
}

type PlaywrightStats = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

async function endToEnd(server: DatabaseHandle): Promise<void> {
  log("e2e: Chromium, basis data demo, build produksi …");
  let app: ChildProcess | undefined;
  try {
    await ensureChromium((line) => console.log(line));
    const url = await recreateDatabase(server.url, "jenjang_e2e");
    await prepareDatabase(url, { demo: true });
    if (!(await ensureBuild(TEST_DIST_DIR, console.log))) throw new Error("next build failed");
    const baseUrl = `http://localhost:${E2E_PORT}`;
    // The demo data is written as of a fixed day; the server and the specs live on that day too.
    const pinnedToday = toIsoDate(DEMO_APPRAISAL_DATE);
    app = await startNext({
      port: E2E_PORT,
      distDir: TEST_DIST_DIR,
      env: { DATABASE_URL: url, NEXTAUTH_SECRET: "e2e-secret-not-for-production-use-0123456789", NEXTAUTH_URL: baseUrl, NODE_ENV: "production", JENJANG_TODAY: pinnedToday },
      log: (line) => {
        if (/error|warn/i.test(line)) console.log(`[app] ${line}`);
      },
    });
    const file = path.join(REPORTS, "playwright.json");
    rmSync(file, { force: true });
    const result = await run(bin("playwright"), ["test", "--reporter=list,json"], {
      env: { E2E_BASE_URL: baseUrl, E2E_DATABASE_URL: url, PLAYWRIGHT_JSON_OUTPUT_NAME: file, JENJANG_TODAY: pinnedToday },
    });
    const stats = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as PlaywrightStats).stats : null;
    const passed = stats ? stats.expected + stats.flaky : 0;
    const failed = stats ? stats.unexpected : 1;
    tallies.push({ name: "e2e", passed, failed: result.code !== 0 && failed === 0 ? 1 : failed });
  } catch (error) {
    console.error(`[test] e2e could not run: ${error instanceof Error ? error.message : String(error)}`);
    tallies.push({ name: "e2e", passed: 0, failed: 1 });
  } finally {
    await stopProcess(app);
  }
}

async function main(): Promise<number> {
  mkdirSync(REPORTS, { recursive: true });
  if (wanted("typecheck")) await check("typecheck", bin("tsc"), ["--noEmit"]);
  if (wanted("lint")) await check("lint", bin("eslint"), ["--max-warnings", "0", "."]);
  if (wanted("db-check")) await check("db-check", bin("tsx"), ["scripts/db/check.ts"]);
  if (wanted("unit")) await vitest("unit", "unit");

  if (wanted("integration") || wanted("e2e")) {
    const server = await openDatabase({ dataDir: TEST_PG_DIR, port: TEST_PG_PORT, database: "postgres" });
    try {
      if (wanted("integration")) {
        const url = await recreateDatabase(server.url, "jenjang_test");
        await prepareDatabase(url, { demo: false });
        await vitest("integration", "integration", { DATABASE_URL: url });
      }
      if (wanted("e2e")) await endToEnd(server);
    } finally {
      await server.stop();
    }
  }

  console.log("\n[test] Ringkasan:");
  for (const tally of tallies) console.log(`  ${tally.failed ? "✗" : "✓"} ${tally.name.padEnd(12)} ${tally.passed} passed, ${tally.failed} failed`);
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
  const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || tallies.length === 0 ? 1 : 0;
}

// An explicit exit: embedded-postgres's exit hook otherwise ends the process with code 0 whatever
// process.exitCode says, and CI would count a failed run as passed.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
