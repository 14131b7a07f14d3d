// `npx tsx --conditions=react-server scripts/screen-round.ts [--runs 6]`: HR's KP screening of a round
// end to end, through the app's own mutation (lib/promotions/screen-mutations.ts screenRound: the
// eligibility of every PNS, then the one statement that writes the round's rows, its counts and the
// audit row), as the admin (NIP 197803152005011002 when present). The round: the DRAFT round after
// today that a previous run left, else a new one on the first free KP period. Its screening rows are
// cleared first, so run 1 is a first screening of 100,000 people (rows HR added stay, and the
// screening is derived data the next run writes again); the runs after it are re-screens of
// unchanged data. `npm run bench` calls it; the last line is one JSON object.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { toIsoDate } from "../lib/domain/dates";
import { actAs, benchRound, median, roundVersion, setBenchEnv } from "./lib/bench-actors";

const ADMIN_NIP = "197803152005011002";
const { values } = parseArgs({ options: { runs: { type: "string", default: "6" } } });
setBenchEnv();

async function main(): Promise<void> {
  const runs = Number.parseInt(values.runs ?? "6", 10);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error("--runs harus 1..50");
  const { screenEligibility } = await import("../lib/career/eligibility");
  const { screenRound } = await import("../lib/promotions/screen-mutations");
  const { db } = await import("../lib/server/db");
  try {
    const hr = await actAs("ADMIN_BKD", ADMIN_NIP);
    const round = await benchRound(hr, "DRAFT");
    await db.$executeRaw`DELETE FROM promotion_candidates WHERE round_id = ${round.id} AND added_by_id IS NULL`;
    // The cleared rows would otherwise sit in the table as dead tuples under the first screening.
    await db.$executeRawUnsafe("VACUUM ANALYZE promotion_candidates");

    // A running server has its code compiled and its connections open: one read-only pass first.
    await screenEligibility(round.periodTmt);
    const times: number[] = [];
    let result = { screened: 0, eligible: 0 };
    for (let run = 0; run < runs; run += 1) {
      const version = await roundVersion(round.id);
      const started = performance.now();
      result = await screenRound(hr, round.id, { version });
      times.push(performance.now() - started);
    }
    const rescreens = times.slice(1);
    console.log(`Penyaringan usulan kenaikan pangkat, periode ${toIsoDate(round.periodTmt)} (putaran ${round.id}${round.opened ? ", baru dibuka" : ""})`);
    console.log(`  PNS disaring / memenuhi syarat : ${result.screened} / ${result.eligible}`);
    console.log(`  Penyaringan pertama            : ${Math.round(times[0]!)} ms`);
    if (rescreens.length) console.log(`  Penyaringan ulang              : ${rescreens.map((ms) => `${Math.round(ms)} ms`).join(", ")} (median ${Math.round(median(rescreens))} ms)`);
    console.log(JSON.stringify({ roundId: round.id, periodTmt: toIsoDate(round.periodTmt), ...result, ms: times.map(Math.round), firstMs: Math.round(times[0]!), medianMs: Math.round(median(rescreens)) }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
