// The demo's talent data as plain rows before anything is written: potential scores (so that every
// 9-box cell of 2025 holds people), key positions with successors from the talent pool, and the
// committee's words and decisions on the closed KP round. Pure and deterministic (seeded PRNG).
import { dateOnly } from "../../lib/domain/dates";
import type { Predikat } from "../../lib/domain/predikat";
import { boxOf, isTalentPool, kinerjaLevel, type Box, type PotentialLevel } from "../../lib/domain/talent/nine-box";
import type { Prisma } from "../../lib/generated/prisma/client";
import { createRng, hashSeed, type Rng } from "./random";
import { KEY_POSITIONS, POTENTIAL_SOURCE, SUCCESSION_NOTES } from "./demo-talent-texts";

export type TalentPerson = {
  id: number;
  nip: string;
  status: "PNS" | "PPPK";
  rankId: number | null;
  positionId: number;
  /** org_units.path of the person's unit: [province, agency, …]. */
  unitPath: readonly number[];
  grade: number;
};
export type TalentPost = { id: number; name: string; grade: number; minRankId: number | null; unitPath: readonly number[] };

/** Scores the named demo people carry (chair, HR, the other committee members). */
export type FixedScore = { nip: string; score: number; assessedOn: Date };

export type TalentPlanInput = {
  people: readonly TalentPerson[];
  posts: readonly TalentPost[];
  /** 2025's annual predikat per person (the 9-box year of the demo). */
  predikats: ReadonlyMap<number, Predikat>;
  fixed: readonly FixedScore[];
};

export type TalentRows = {
  potentials: Prisma.PotentialAssessmentCreateManyInput[];
  keyPositionIds: number[];
  /** addedById is filled by the writer (HR's demo account). */
  successors: Omit<Prisma.SuccessionCandidateCreateManyInput, "addedById">[];
  /** Each person's box for 2025 after the scores above (null without predikat or score). */
  boxes: Map<number, Box | null>;
};

/** About this share of the PNS have an assessment; the rest show as "no potential score yet". */
const ASSESSED_SHARE = 0.7;
const LEVEL_RANGES: Record<PotentialLevel, [number, number]> = { RENDAH: [42, 59.75], MENENGAH: [60, 79.75], TINGGI: [80, 94.5] };
const LEVELS: readonly PotentialLevel[] = ["RENDAH", "MENENGAH", "TINGGI"];
/** Which potential a predikat's people tend to have: better performers assess higher, but not always. */
const LEVEL_ODDS: Record<"DI_ATAS" | "SESUAI" | "DI_BAWAH" | "NONE", [number, number]> = {
  DI_ATAS: [0.2, 0.6],
  SESUAI: [0.3, 0.75],
  DI_BAWAH: [0.45, 0.85],
  NONE: [0.35, 0.8],
};
/** Assessment days (2025–2026): the assessment centre's batches. */
const ASSESSMENT_DAYS = [dateOnly(2025, 3, 12), dateOnly(2025, 5, 20), dateOnly(2025, 8, 14), dateOnly(2025, 11, 6), dateOnly(2026, 2, 18), dateOnly(2026, 6, 9), dateOnly(2026, 9, 22)];

const quarter = (value: number) => Math.round(value * 4) / 4;

function scoreIn(level: PotentialLevel, rng: Rng): number {
  const [min, max] = LEVEL_RANGES[level];
  return quarter(min + rng.next() * (max - min));
}

function levelBy(odds: [number, number], rng: Rng): PotentialLevel {
  const roll = rng.next();
  return roll < odds[0] ? "RENDAH" : roll < odds[1] ? "MENENGAH" : "TINGGI";
}

export function planDemoTalent(input: TalentPlanInput): TalentRows {
  const rng = createRng(hashSeed("demo-talent"));
  const fixedByNip = new Map(input.fixed.map((f) => [f.nip, f]));
  const potentials: Prisma.PotentialAssessmentCreateManyInput[] = [];
  const latest = new Map<number, number>();
  const classOf = (id: number) => kinerjaLevel(input.predikats.get(id) ?? null) ?? "NONE";
  // Per kinerja class, the first three people get rendah, menengah, tinggi: every cell has someone.
  const seen = new Map<string, number>();
  for (const person of input.people) {
    if (person.status !== "PNS") continue;
    const fixed = fixedByNip.get(person.nip);
    if (fixed) {
      potentials.push({ employeeId: person.id, score: fixed.score, assessedOn: fixed.assessedOn, source: POTENTIAL_SOURCE });
      latest.set(person.id, fixed.score);
      continue;
    }
    const group = classOf(person.id);
    const index = seen.get(group) ?? 0;
    seen.set(group, index + 1);
    const forced = index < LEVELS.length ? LEVELS[index]! : null;
    if (!forced && !rng.chance(ASSESSED_SHARE)) continue;
    const level = forced ?? levelBy(LEVEL_ODDS[group], rng);
    const score = scoreIn(level, rng);
    const dayIndex = rng.int(1, ASSESSMENT_DAYS.length - 1);
    potentials.push({ employeeId: person.id, score, assessedOn: ASSESSMENT_DAYS[dayIndex]!, source: POTENTIAL_SOURCE });
    latest.set(person.id, score);
    // Some were assessed before too: the 9-box reads the latest, the earlier one stays on record.
    if (rng.chance(0.2)) {
      const earlier = Math.min(100, Math.max(0, quarter(score + rng.int(-8, 4))));
      potentials.push({ employeeId: person.id, score: earlier, assessedOn: ASSESSMENT_DAYS[rng.int(0, dayIndex - 1)]!, source: POTENTIAL_SOURCE });
    }
  }

  const boxes = new Map<number, Box | null>();
  for (const person of input.people) boxes.set(person.id, boxOf(input.predikats.get(person.id) ?? null, latest.get(person.id) ?? null));

  const keyPosts = KEY_POSITIONS.map((key) => {
    const post = input.posts.find((p) => p.name === key.name);
    if (!post) throw new Error(`Demo key position "${key.name}" is missing from the demo positions`);
    return { post, count: key.successors };
  });
  const successors: TalentRows["successors"] = [];
  const pool = input.people.filter((p) => p.status === "PNS" && isTalentPool(boxes.get(p.id) ?? null));
  // One list per person keeps the demo's succession plans distinct.
  const listed = new Set<number>();
  for (const { post, count } of keyPosts) {
    const agency = post.unitPath[1];
    // From the pool: not the holder, below the post's grade; same agency first, then box, then pangkat.
    const ranked = pool
      .filter((p) => p.positionId !== post.id && p.grade < post.grade && !listed.has(p.id))
      .map((p) => ({ p, same: p.unitPath[1] === agency ? 1 : 0, box: boxes.get(p.id)!, rank: p.rankId ?? 0 }))
      .sort((a, b) => b.same - a.same || b.box - a.box || b.rank - a.rank || a.p.id - b.p.id);
    for (const [index, { p, box }] of ranked.slice(0, count).entries()) {
      listed.add(p.id);
      const ready = (post.minRankId === null || (p.rankId ?? 0) >= post.minRankId) && box >= 8;
      const readiness = ready ? "READY_NOW" : "READY_1_2_YEARS";
      const notes = SUCCESSION_NOTES[readiness];
      successors.push({ positionId: post.id, employeeId: p.id, readiness, note: notes[index % notes.length]!, createdAt: dateOnly(2026, 10, 5 + index) });
    }
  }
  return { potentials, keyPositionIds: keyPosts.map((k) => k.post.id), successors, boxes };
}
