// `npm run bench`: response times of the production build at 100,000 employees, beside the raw SQL
// that fetches the same data, and the times of the heavy work behind a page (scripts/lib/bench-timings.ts):
// the set-based KP eligibility of everyone, HR's screening of a round end to end and the ranking of a
// placement pool. Reuses .data/bench-postgres (BENCH_PG_DIR) between runs (seeding the province with
// its appraisal, development and talent data takes ~2–3 min once; the committee cases it needs are
// made once by scripts/bench-cases.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import pg from "pg";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo";
import { SCALE_PART_ACTIONS } from "../prisma/seed/scale-parts";
import { measure, signedInFetcher, sqlTimer, type Timing } from "./lib/bench-kit";
import { benchScenarios, type Scenario } from "./lib/bench-scenarios";
import { benchCases, screenEveryone, screenRoundTimes, SCREENING_TARGET_MS } from "./lib/bench-timings";
import { ensureBuild } from "./lib/build";
import { openDatabase } from "./lib/embedded-postgres";
import { prepareDatabase } from "./lib/prepare-database";
import { bin, ROOT, run, startNext, stopProcess } from "./lib/processes";

const EMPLOYEES = Number.parseInt(process.env.BENCH_EMPLOYEES ?? "100000", 10);
const ROUNDS = Number.parseInt(process.env.BENCH_ROUNDS ?? "200", 10);
const PORT = Number.parseInt(process.env.BENCH_PORT ?? "3200", 10);
/** Build folder; another folder lets a bench run beside an `npm start` that serves .next. */
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next";
const log = (line: string) => console.log(`[bench] ${line}`);

/** `load`: the machine's 1-minute load average when the scenario finished (other work skews the figures). */
type Row = { scenario: string; http: Timing; sql: Timing; ratio: number; ok: boolean; load: number };

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

/** True when a scale batch lacks a part (appraisals, development, talent: seeded by an older seed:scale). */
async function scaleIncomplete(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ missing: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM org_units u CROSS JOIN unnest($1::text[]) AS s(action)
         WHERE u.code ~ '^SCALE-[0-9]+$' AND NOT EXISTS (SELECT 1 FROM audit_logs a WHERE a.action = s.action AND a.entity_id = u.code)) AS missing`,
      [SCALE_PART_ACTIONS],
    );
    return rows[0]?.missing ?? false;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const database = await openDatabase({ dataDir: process.env.BENCH_PG_DIR ?? ".data/bench-postgres", port: Number.parseInt(process.env.BENCH_PG_PORT ?? "5435", 10), database: "jenjang_bench", log });
  let app: ChildProcess | undefined;
  const sql = await (async () => {
    const prepared = await prepareDatabase(database.url, { demo: true, log });
    // A province seeded before a part existed gets it from seed:scale too (asked for 1 more employee
    // than nothing, it only fills the batches lacking a part).
    const missing = prepared.employees < EMPLOYEES ? EMPLOYEES - prepared.employees : (await scaleIncomplete(database.url)) ? 1 : 0;
    if (missing > 0) {
      log(`${prepared.employees} pegawai; mengisi sampai ${EMPLOYEES} beserta penilaian kinerja, pengembangan dan skor potensial (seed:scale) …`);
      const seeded = await run(bin("tsx"), ["prisma/seed/scale.ts", "--employees", String(missing)], { env: { DATABASE_URL: database.url } });
      if (seeded.code !== 0) throw new Error("seed:scale failed");
    }
    return sqlTimer(database.url);
  })();
  try {
    const counts = await sql.client.query<{ employees: string; ranks: string; positions: string }>(
      "SELECT (SELECT count(*) FROM employees) AS employees, (SELECT count(*) FROM rank_histories) AS ranks, (SELECT count(*) FROM position_histories) AS positions",
    );
    log(`Data: ${counts.rows[0]?.employees} pegawai, ${counts.rows[0]?.ranks} riwayat pangkat, ${counts.rows[0]?.positions} riwayat jabatan.`);
    if (!(await ensureBuild(DIST_DIR, log))) throw new Error("next build failed");
    // The rounds and the selection the round pages list (made once, then reused).
    log("Committee cases: bench-cases …");
    const setUp = await benchCases(database.url, false);
    app = await startNext({ port: PORT, distDir: DIST_DIR, env: { DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench-secret-0123456789abcdef0123456789", NEXTAUTH_URL: `http://localhost:${PORT}`, NODE_ENV: "production" } });
    const admin = DEMO_ACCOUNTS.find((a) => a.roles.includes("ADMIN_BKD"))!;
    // One signed-in client per account a scenario uses (scale accounts share the demo password).
    const fetchers = new Map<string, (path: string) => Promise<string>>();
    const fetcherFor = async (nip: string) => {
      if (!fetchers.has(nip)) fetchers.set(nip, await signedInFetcher(`http://localhost:${PORT}`, nip, DEMO_PASSWORD));
      return fetchers.get(nip)!;
    };
    const chair = DEMO_ACCOUNTS.find((a) => a.roles.includes("TIM_PENILAI"))!;
    const scenarios: Scenario[] = await benchScenarios(sql.client, admin.nip, { ...setUp, chairNip: chair.nip });

    const rows: Row[] = [];
    for (const scenario of scenarios) {
      const get = await fetcherFor(scenario.nip ?? admin.nip);
      const http = await measure(ROUNDS, 20, async (i) => {
        const body = await get(scenario.path(i));
        if (!scenario.expect(body, i)) throw new Error(`${scenario.name}: page ${scenario.path(i)} lacks the expected content`);
      });
      const raw = await measure(ROUNDS, 20, (i) => sql.run(scenario.sql(i)));
      const ratio = http.p95 / Math.max(raw.p95, 0.01);
      const load = loadavg()[0] ?? 0;
      rows.push({ scenario: scenario.name, http, sql: raw, ratio, ok: http.p95 < scenario.targetP95 && ratio <= 5, load });
      log(`${scenario.name}: p95 ${http.p95.toFixed(1)} ms (SQL ${raw.p95.toFixed(1)} ms), load ${load.toFixed(2)}`);
    }

    await stopProcess(app);
    log("KP eligibility, all employees: screen:eligibility, 1 + 5 runs …");
    const screening = await screenEveryone(database.url);
    log("KP round screening: screen-round, 1 + 5 runs …");
    const round = await screenRoundTimes(database.url);
    log("Placement ranking: bench-cases, 1 + 5 runs …");
    const cases = await benchCases(database.url, true);

    console.log(`\nJenjang bench — ${counts.rows[0]?.employees} employees, ${ROUNDS} sequential requests per scenario after 20 warm-up\n`);
    console.log("scenario                 http p50  http p95  sql p50  sql p95  p95 ratio  target  load");
    for (const row of rows) {
      console.log(
        `${row.scenario.padEnd(22)} ${fmt(row.http.p50)} ${fmt(row.http.p95)}  ${fmt(row.sql.p50)} ${fmt(row.sql.p95)}   ${row.ratio.toFixed(1).padStart(6)}×   ${(row.ok ? "ok" : "MISSED").padEnd(6)}  ${row.load.toFixed(2)}`,
      );
    }
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    console.log(
      `\nKP eligibility, all employees (screenEligibility as of ${screening.asOf}): median ${seconds(screening.medianMs)} s of ${screening.runs.length} runs ` +
        `(${screening.runs.map(seconds).join(", ")} s) after 1 warm-up; ${screening.total} PNS: ${screening.eligibleNow} eligible now, ` +
        `${screening.eligibleLater} later, ${screening.notEligible} not eligible. Target < ${seconds(SCREENING_TARGET_MS)} s: ${screening.ok ? "ok" : "MISSED"} (load ${screening.load.toFixed(2)})`,
    );
    console.log(
      `KP round screening, all employees (screenRound, period ${round.periodTmt}, ${round.screened} PNS): median ${seconds(round.medianMs)} s of 6 runs, ` +
        `the first screening of the emptied round ${seconds(round.firstMs)} s${round.firstMs < SCREENING_TARGET_MS ? "" : " (over the target)"}, then re-screens of unchanged data ` +
        `(${round.rescreens.map(seconds).join(", ")} s). Target < ${seconds(SCREENING_TARGET_MS)} s: ${round.ok ? "ok" : "MISSED"} (load ${round.load.toFixed(2)})`,
    );
    console.log(
      `Placement ranking (rerankSelection, selection ${cases.selectionId}, whole pool scored, ${cases.candidates} shortlisted): median ${seconds(cases.medianMs)} s ` +
        `(${cases.rankings.map(seconds).join(", ")} s) after 1 warm-up (load ${cases.load.toFixed(2)})`,
    );
    mkdirSync(path.join(ROOT, "reports"), { recursive: true });
    writeFileSync(path.join(ROOT, "reports/bench.json"), JSON.stringify({ at: new Date().toISOString(), rounds: ROUNDS, rows, screening, round, cases }, null, 2));
    console.log(
      `\n(ms; ratio = http p95 / sql p95; target: p95 under the scenario's limit and within 5× of SQL; load = 1-minute load average on ${cpus().length} CPUs, ` +
        "figures taken under a load above the CPU count are inflated. Figures also in reports/bench.json)",
    );
  } finally {
    await stopProcess(app);
    await sql.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
