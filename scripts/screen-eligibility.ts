// `npm run screen:eligibility [-- --as-of 2026-12-01] [--unit 12 --unit 40] [--runs 5]`: KP eligibility
// of every PNS in one set-based pass (lib/career/eligibility.ts), printing the count per status and
// the time it took. The benchmark calls it; the last line is one JSON object for machines.
//
// Runs under `tsx --conditions=react-server` (package.json), so the server-only modules load. Reads
// DATABASE_URL; without it, the database `npm start` serves (embedded, port JENJANG_PG_PORT or 5433),
// which must be running: this script never starts or stops a server.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { parseIsoDate, toIsoDate } from "../lib/domain/dates";
import { setBenchEnv } from "./lib/bench-actors";

const { values } = parseArgs({
  options: {
    "as-of": { type: "string" },
    unit: { type: "string", multiple: true },
    runs: { type: "string", default: "1" },
  },
});

setBenchEnv();

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main(): Promise<void> {
  const { today } = await import("../lib/clock");
  const { screenEligibility, summarizeEligibility } = await import("../lib/career/eligibility");
  const { db } = await import("../lib/server/db");

  const asOf = values["as-of"] ? (parseIsoDate(values["as-of"]) ?? fail(`--as-of harus YYYY-MM-DD, bukan "${values["as-of"]}"`)) : today();
  const unitIds = (values.unit ?? []).map((raw) => (/^\d{1,9}$/.test(raw) ? Number(raw) : fail(`--unit harus id unit, bukan "${raw}"`)));
  const runs = Number.parseInt(values.runs ?? "1", 10);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) fail("--runs harus 1..50");

  try {
    const times: number[] = [];
    let rows: Awaited<ReturnType<typeof screenEligibility>> = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      rows = await screenEligibility(asOf, unitIds.length ? { unitIds } : undefined);
      times.push(performance.now() - started);
    }
    const summary = summarizeEligibility(rows);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(`Penyaringan kenaikan pangkat per ${toIsoDate(asOf)}${unitIds.length ? ` (unit ${unitIds.join(", ")} beserta sub-unit)` : ""}`);
    console.log(`  PNS disaring          : ${summary.total}`);
    console.log(`  Memenuhi syarat kini  : ${summary.eligibleNow}`);
    console.log(`  Memenuhi kemudian     : ${summary.eligibleLater}`);
    console.log(`  Belum memenuhi        : ${summary.notEligible}`);
    for (const [code, count] of Object.entries(summary.unmet)) console.log(`    syarat ${code.padEnd(14)}: ${count} belum terpenuhi`);
    console.log(`  Waktu                 : ${times.map((ms) => `${Math.round(ms)} ms`).join(", ")}${runs > 1 ? ` (median ${Math.round(median)} ms)` : ""}`);
    console.log(JSON.stringify({ asOf: toIsoDate(asOf), ...summary, ms: times.map(Math.round), medianMs: Math.round(median) }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
