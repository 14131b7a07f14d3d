// The benchmark's timings of the app's own heavy code, each script in its own process under
// react-server conditions (so the server-only modules load), each ending its output with one JSON
// line: the KP eligibility of everyone (scripts/screen-eligibility.ts), HR's screening of a round end
// to end (scripts/screen-round.ts) and the committee cases with the re-ranking of a placement pool
// (scripts/bench-cases.ts).
import { loadavg } from "node:os";
import { bin, run } from "./processes";

/** KP screening, eligibility alone and a round end to end, targets under 3 s (issue 5). */
export const SCREENING_TARGET_MS = 3_000;
const RUNS = 5;

export type Screening = { asOf: string; runs: number[]; medianMs: number; total: number; eligibleNow: number; eligibleLater: number; notEligible: number; ok: boolean; load: number };
export type RoundScreening = { roundId: number; periodTmt: string; screened: number; firstMs: number; rescreens: number[]; medianMs: number; ok: boolean; load: number };
export type Cases = { draftRoundId: number; reviewRoundId: number; selectionId: number; candidates: number; rankings: number[]; medianMs: number; load: number };

async function lastJson<T>(script: string, args: string[], url: string): Promise<T> {
  const result = await run(bin("tsx"), ["--conditions=react-server", script, ...args], { env: { DATABASE_URL: url }, quiet: true });
  const last = result.output.trim().split("\n").reverse().find((line) => line.startsWith("{"));
  if (result.code !== 0 || !last) throw new Error(`${script} failed (${result.code}): ${result.output.slice(-2000)}`);
  return JSON.parse(last) as T;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const load = () => loadavg()[0] ?? 0;

/**
 * "KP eligibility, all employees": screenEligibility(asOf) over everyone 1 + 5 times; the first run
 * warms up and the median of the other five counts.
 */
export async function screenEveryone(url: string): Promise<Screening> {
  const asOf = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const parsed = await lastJson<{ ms: number[]; total: number; eligibleNow: number; eligibleLater: number; notEligible: number }>("scripts/screen-eligibility.ts", ["--as-of", asOf, "--runs", String(RUNS + 1)], url);
  const runs = parsed.ms.slice(1);
  const medianMs = median(runs);
  return { asOf, runs, medianMs, total: parsed.total, eligibleNow: parsed.eligibleNow, eligibleLater: parsed.eligibleLater, notEligible: parsed.notEligible, ok: medianMs < SCREENING_TARGET_MS, load: load() };
}

/**
 * "KP round screening": screenRound on the bench's DRAFT round, a first screening (of an emptied
 * round) and five re-screens; the median of the six counts, the first is reported beside it.
 */
export async function screenRoundTimes(url: string): Promise<RoundScreening> {
  const parsed = await lastJson<{ roundId: number; periodTmt: string; screened: number; ms: number[] }>("scripts/screen-round.ts", ["--runs", String(RUNS + 1)], url);
  const [firstMs = 0, ...rescreens] = parsed.ms;
  const medianMs = median(parsed.ms);
  return { roundId: parsed.roundId, periodTmt: parsed.periodTmt, screened: parsed.screened, firstMs, rescreens, medianMs, ok: medianMs < SCREENING_TARGET_MS, load: load() };
}

/** The committee cases the round scenarios read (`rank`: then the placement re-ranking, 1 warm-up and the median of five). */
export async function benchCases(url: string, rank: boolean): Promise<Cases> {
  const parsed = await lastJson<Omit<Cases, "rankings" | "medianMs" | "load"> & { ms: number[] }>("scripts/bench-cases.ts", ["--runs", String(rank ? RUNS + 1 : 0)], url);
  const rankings = parsed.ms.slice(1);
  return { draftRoundId: parsed.draftRoundId, reviewRoundId: parsed.reviewRoundId, selectionId: parsed.selectionId, candidates: parsed.candidates, rankings, medianMs: median(rankings), load: load() };
}
