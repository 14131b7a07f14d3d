// `npx tsx --conditions=react-server scripts/bench-cases.ts [--runs 6]`: the committee cases the
// benchmark's pages read, made once through the app's own mutations and reused after: HR's DRAFT
// round, screened, with pilihan candidates (scripts/screen-round.ts times its screening), a KP round
// in review (opened, screened, pilihan candidates added, sent to the chair) and a placement selection
// for a vacant scale post (opened, which ranks its pool). Then it re-ranks the selection `runs` times
// (lib/placements/ranking-mutations.ts rerankSelection: every input of the whole pool, the merit
// score, the shortlist rewritten; 0 = set up only) and prints the times. `npm run bench` calls it;
// the last line is one JSON object.
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import type { SessionUser } from "../lib/server/session";
import { actAs, benchRound, median, roundVersion, setBenchEnv } from "./lib/bench-actors";

const ADMIN_NIP = "197803152005011002";
const CHAIR_NIP = "197001012000031001";
/** Pilihan candidates per round: the usulan the committee pages list besides the eligible. */
const PILIHAN = 200;
const JUSTIFICATION = "Prestasi kerja luar biasa dalam inovasi pelayanan publik tingkat provinsi (data uji beban).";
const { values } = parseArgs({ options: { runs: { type: "string", default: "6" } } });
setBenchEnv();

/** HR's DRAFT round after today, screened once if it never was. */
async function draftRound(hr: SessionUser): Promise<number> {
  const { screenRound } = await import("../lib/promotions/screen-mutations");
  const { db } = await import("../lib/server/db");
  const round = await benchRound(hr, "DRAFT");
  const { screenedAt } = await db.promotionRound.findUniqueOrThrow({ where: { id: round.id }, select: { screenedAt: true } });
  if (!screenedAt) await screenRound(hr, round.id, { version: await roundVersion(round.id) });
  return round.id;
}

/** Adds pilihan candidates to a DRAFT round until it holds PILIHAN of them (scale PNS below the top pangkat). */
async function addPilihan(hr: SessionUser, roundId: number): Promise<void> {
  const { addCandidate } = await import("../lib/promotions/candidate-mutations");
  const { db } = await import("../lib/server/db");
  const missing = PILIHAN - (await db.promotionCandidate.count({ where: { roundId, addedById: { not: null } } }));
  if (missing <= 0) return;
  const people = await db.$queryRaw<{ nip: string }[]>`
    SELECT e.nip FROM employees e JOIN org_units u ON u.id = e.unit_id
    WHERE u.code LIKE 'SCALE-%' AND e.status = 'PNS' AND e.rank_id < 17
      AND NOT EXISTS (SELECT 1 FROM promotion_candidates c WHERE c.round_id = ${roundId}::int AND c.employee_id = e.id AND c.proposed)
    ORDER BY hashint4(e.id) LIMIT ${missing}::int`;
  for (const { nip } of people) await addCandidate(hr, roundId, { nip, route: "PRESTASI", toRankId: null, justification: JUSTIFICATION });
}

/** The round in review: found, or opened, screened, given pilihan candidates and sent to the chair. */
async function reviewRound(hr: SessionUser): Promise<number> {
  const { screenRound } = await import("../lib/promotions/screen-mutations");
  const { sendRound } = await import("../lib/promotions/round-mutations");
  const found = await benchRound(hr, "IN_REVIEW");
  if (!found.opened) return found.id;
  await screenRound(hr, found.id, { version: await roundVersion(found.id) });
  await addPilihan(hr, found.id);
  const chair = await actAs("TIM_PENILAI", CHAIR_NIP);
  await sendRound(hr, found.id, { chairId: chair.employeeId, version: await roundVersion(found.id) });
  return found.id;
}

/** A DRAFT selection on a scale post, or a new one for the vacant scale post with the widest pool (lowest minimum pangkat). */
async function benchSelection(hr: SessionUser): Promise<{ id: number; opened: boolean }> {
  const { today } = await import("../lib/clock");
  const { kpPeriodAfter } = await import("../lib/domain/career/kp-schedule");
  const { openSelection } = await import("../lib/placements/selection-mutations");
  const { db } = await import("../lib/server/db");
  const found = await db.placementSelection.findFirst({ where: { status: "DRAFT", position: { unit: { code: { startsWith: "SCALE-" } } } }, orderBy: { id: "asc" }, select: { id: true } });
  if (found) return { id: found.id, opened: false };
  const [post] = await db.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM positions p JOIN org_units u ON u.id = p.unit_id
    WHERE u.code LIKE 'SCALE-%' AND p.active AND p.min_rank_id IS NOT NULL
      AND p.formation > (SELECT count(*) FROM employees e WHERE e.position_id = p.id)
      AND EXISTS (SELECT 1 FROM position_competencies c WHERE c.position_id = p.id)
    ORDER BY p.min_rank_id, p.id LIMIT 1`;
  if (!post) throw new Error("no vacant scale position");
  return { id: await openSelection(hr, { positionId: post.id, tmt: kpPeriodAfter(today()) }), opened: true };
}

async function main(): Promise<void> {
  const runs = Number.parseInt(values.runs ?? "6", 10);
  if (!Number.isInteger(runs) || runs < 0 || runs > 50) throw new Error("--runs harus 0..50");
  const { rerankSelection } = await import("../lib/placements/ranking-mutations");
  const { db } = await import("../lib/server/db");
  try {
    const hr = await actAs("ADMIN_BKD", ADMIN_NIP);
    const draftRoundId = await draftRound(hr);
    await addPilihan(hr, draftRoundId);
    const reviewRoundId = await reviewRound(hr);
    const selection = await benchSelection(hr);
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const { version } = await db.placementSelection.findUniqueOrThrow({ where: { id: selection.id }, select: { version: true } });
      const started = performance.now();
      await rerankSelection(hr, selection.id, { version });
      times.push(performance.now() - started);
    }
    const after = times.slice(1);
    const candidates = await db.placementCandidate.count({ where: { selectionId: selection.id } });
    console.log(`Putaran KP draf: ${draftRoundId}; di Tim Penilai: ${reviewRoundId}; seleksi jabatan ${selection.id}${selection.opened ? " (baru dibuka)" : ""}, ${candidates} kandidat`);
    if (runs) console.log(`  Pemeringkatan ulang: ${times.map((ms) => `${Math.round(ms)} ms`).join(", ")} (median ${Math.round(median(after))} ms setelah 1 pemanasan)`);
    console.log(JSON.stringify({ draftRoundId, reviewRoundId, selectionId: selection.id, candidates, ms: times.map(Math.round), medianMs: Math.round(median(after)) }));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
