// One person's whole record as plain data: identity, NIP, pangkat, jabatan and education histories,
// consistent with each other and with lib/domain (starting rank and regular cap by ijazah, KP every
// 4 years in April/October, TMT CPNS at least 18 years after birth, retirement age not reached on
// REFERENCE_DATE). The demo, the factories and the scale generator all build people here.
import { addMonths, addYears, compareDates, dateOnly, daysInMonth, diffYearsMonths } from "../../lib/domain/dates";
import { regularRankCap, startingRank, type EducationLevel } from "../../lib/domain/education";
import type { EmploymentStatus, Gender } from "../../lib/domain/people";
import { rankOf, type RankCode } from "../../lib/domain/ranks";
import { retirementAge } from "../../lib/domain/retirement";
import type { RankChangeKind } from "../../lib/generated/prisma/enums";
import type { Degree, FamilyKey } from "./families";
import { generatePhone, officeEmail, type NipRegistry, type SequenceRange } from "./identity";
import { generateName } from "./names";
import { aboveCapRoute, rankRange, type PositionShape } from "./position-rules";
import { REFERENCE_DATE, type Rng } from "./random";
import { buildEducation, type EducationRow } from "./schooling";

export type RankRow = { rankId: number; kind: RankChangeKind; tmt: Date; skNumber: string; skDate: Date };
export type PositionRow<P> = { position: P; tmt: Date; skNumber: string; skDate: Date };

export type PersonPlan<P> = {
  nip: string;
  name: string;
  frontTitle: string | null;
  backTitle: string | null;
  gender: Gender;
  birthPlace: string;
  birthDate: Date;
  status: EmploymentStatus;
  serviceStart: Date;
  educationLevel: EducationLevel;
  email: string | null;
  phone: string | null;
  /** Oldest first; empty for PPPK. */
  ranks: RankRow[];
  /** Oldest first; the last row is the current post. */
  positions: PositionRow<P>[];
  education: EducationRow[];
};

/** Facts a caller pins down (fixed demo accounts, factory options); the rest is drawn. */
export type PersonFacts = {
  gender?: Gender;
  name?: string;
  frontTitle?: string | null;
  backTitle?: string | null;
  birthPlace?: string;
  birthDate?: Date;
  serviceStart?: Date;
  education?: EducationLevel;
  /** Ijazah at appointment when it differs from the current one (studied further while in service). */
  entryEducation?: EducationLevel;
  rankCode?: RankCode;
  /** Kind of every step above the regular cap; defaults to the post's pilihan route. */
  aboveCapKind?: RankChangeKind;
  nip?: string;
  sequence?: number;
  degrees?: Partial<Record<EducationLevel, Degree>>;
};

export type CareerInput<P> = {
  rng: Rng;
  shape: PositionShape;
  family: FamilyKey;
  status: EmploymentStatus;
  educationOptions: readonly EducationLevel[];
  current: P;
  /** Posts the person may have held before (lower posts of the same agency). */
  earlier?: readonly P[];
  nips: NipRegistry;
  sequences: SequenceRange;
  names?: Set<string>;
  facts?: PersonFacts;
};

const ENTRY_AGE: Partial<Record<EducationLevel, readonly [number, number]>> = {
  SD: [19, 24], SMP: [19, 24], SMP_KEJURUAN: [19, 24], SMA: [19, 25], SMK: [19, 25], D1: [20, 25], D2: [20, 26],
  D3: [21, 27], D4: [22, 29], S1: [23, 30], S2: [26, 33], DOKTER: [25, 31], APOTEKER: [24, 30], S3: [30, 35],
};
/** PPPK were recruited from 2019 on, many of them long-serving contract staff. */
const PPPK_ENTRY_AGE: readonly [number, number] = [23, 40];

const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const monthsBetween = (from: Date, to: Date) => {
  const span = diffYearsMonths(from, to);
  return span.years * 12 + span.months;
};

/** KP periods: 1 April and 1 October. The first one on or after `date`. */
function nextPeriod(date: Date): Date {
  const year = date.getUTCFullYear();
  for (const candidate of [dateOnly(year, 4, 1), dateOnly(year, 10, 1), dateOnly(year + 1, 4, 1)]) {
    if (compareDates(candidate, date) >= 0) return candidate;
  }
  throw new Error("unreachable");
}

/** The latest KP period on or before the reference date. */
function lastPeriod(): Date {
  const candidate = nextPeriod(REFERENCE_DATE);
  return compareDates(candidate, REFERENCE_DATE) === 0 ? candidate : addMonths(candidate, -6);
}

function randomDay(rng: Rng, year: number, month: number): Date {
  return dateOnly(year, month, rng.int(1, daysInMonth(year, month)));
}

function entryEducationFor(rng: Rng, education: EducationLevel): EducationLevel {
  if (education === "S2" && rng.chance(0.5)) return "S1";
  if (education === "S3" && rng.chance(0.5)) return "S2";
  return education;
}

type RankPlan = { serviceStart: Date; steps: { rankId: number; kind: RankChangeKind; tmt: Date }[] };

/** Steps from the starting rank to the target; dated forward from a known TMT CPNS, else backward. */
function planRanks(rng: Rng, start: number, target: number, kindOf: (rankId: number) => RankChangeKind, serviceStart: Date | undefined, atCap: boolean): RankPlan {
  const kinds = Array.from({ length: Math.max(0, target - start) }, (_, i) => ({ rankId: start + i + 1, kind: kindOf(start + i + 1) }));
  const interval = (kind: RankChangeKind) => (kind === "PILIHAN_FUNGSIONAL" ? 2 : 4);
  if (serviceStart) {
    const steps: RankPlan["steps"] = [];
    let previous = serviceStart;
    for (const step of kinds) {
      const tmt = nextPeriod(addYears(previous, interval(step.kind)));
      if (compareDates(tmt, REFERENCE_DATE) > 0) break;
      steps.push({ ...step, tmt });
      previous = tmt;
    }
    return { serviceStart, steps };
  }
  if (kinds.length === 0) return { serviceStart: addMonths(REFERENCE_DATE, -rng.int(3, 46)), steps: [] };
  const tmts: Date[] = [addMonths(lastPeriod(), -6 * rng.int(0, atCap ? 14 : 6))];
  for (let i = kinds.length - 1; i > 0; i -= 1) tmts.unshift(addYears(tmts[0]!, -interval(kinds[i]!.kind)));
  const first = kinds[0]!;
  return {
    serviceStart: addMonths(tmts[0]!, -12 * interval(first.kind) - rng.int(0, 5)),
    steps: kinds.map((step, i) => ({ ...step, tmt: tmts[i]! })),
  };
}

function birthDateFor(rng: Rng, serviceStart: Date, ages: readonly [number, number], youngest = false): Date {
  const age = youngest ? ages[0] : rng.int(ages[0], ages[1]);
  const month = addMonths(serviceStart, -12 * age - rng.int(0, 11));
  return randomDay(rng, month.getUTCFullYear(), month.getUTCMonth() + 1);
}

function skNumber(rng: Rng, code: string, date: Date): string {
  return `${code}/${rng.int(101, 4999)}/BKD/${date.getUTCFullYear()}`;
}

/** Draws a whole person for the post `current` (see the module comment for the guarantees). */
export function planPerson<P>(input: CareerInput<P>): PersonPlan<P> {
  const { rng, shape, status, facts = {} } = input;
  const gender = facts.gender ?? (rng.chance(0.5) ? "MALE" : "FEMALE");
  const drawn = generateName(rng, gender, facts.name ? undefined : input.names);
  let education = facts.education ?? rng.pick(input.educationOptions);
  const bup = retirementAge(shape.type, shape.level) ?? 58;
  const oldestBirth = addYears(REFERENCE_DATE, -bup);

  let serviceStart: Date;
  let birthDate: Date;
  let ranks: RankPlan["steps"] = [];
  let entry = education;
  if (status === "PPPK") {
    serviceStart = facts.serviceStart ?? dateOnly(rng.int(2021, 2025), rng.pick([1, 3, 4, 6]), 1);
    birthDate = facts.birthDate ?? birthDateFor(rng, serviceStart, PPPK_ENTRY_AGE);
  } else {
    entry = facts.entryEducation ?? (facts.education ? education : entryEducationFor(rng, education));
    const start = startingRank(entry).id;
    const cap = regularRankCap(education).id;
    const route = facts.aboveCapKind ?? aboveCapRoute(shape.type);
    let target = facts.rankCode ? rankOf(facts.rankCode).id : Math.max(rng.int(...rankRange(shape, education)), start);
    if (!facts.rankCode && !route) target = Math.min(target, Math.max(cap, start));
    const kindOf = (rankId: number): RankChangeKind => (rankId <= cap ? "REGULER" : (route ?? "PRESTASI"));
    const ages = ENTRY_AGE[entry] ?? [20, 30];
    for (let attempt = 0; ; attempt += 1) {
      const plan = planRanks(rng, start, target, kindOf, facts.serviceStart, target >= cap);
      serviceStart = plan.serviceStart;
      ranks = plan.steps;
      birthDate = facts.birthDate ?? birthDateFor(rng, serviceStart, ages, attempt > 0);
      // Someone past their retirement age would not be in service: shorten the career instead.
      if (facts.birthDate || compareDates(birthDate, oldestBirth) > 0 || target <= start || attempt > 20) break;
      if (attempt > 0 && !facts.rankCode) target -= 1;
    }
    ranks.unshift({ rankId: start, kind: "PENGANGKATAN", tmt: serviceStart });
    const reached = ranks[ranks.length - 1]!.rankId;
    if (facts.rankCode && reached !== rankOf(facts.rankCode).id) {
      throw new Error(`Cannot reach ${facts.rankCode} from ${startingRank(entry).code} by ${REFERENCE_DATE.toISOString().slice(0, 10)} (check education and TMT CPNS)`);
    }
  }

  const schooling = buildEducation(rng, { family: input.family, entry, final: education, birthDate, serviceStart, ranks, hajj: drawn.hajj, gender, degrees: facts.degrees });
  education = schooling.level;
  const name = facts.name ?? drawn.name;
  const nip =
    facts.nip ??
    (status === "PNS" ? input.nips.pns({ birthDate, serviceStart, gender }, input.sequences, facts.sequence ?? rng.int(...input.sequences)) : input.nips.pppk({ birthDate, serviceStart, gender }, input.sequences, facts.sequence ?? rng.int(...input.sequences)));
  if (!nip) throw new Error(`No free NIP sequence for ${name}`);

  return {
    nip,
    name,
    frontTitle: facts.frontTitle !== undefined ? facts.frontTitle : schooling.front,
    backTitle: facts.backTitle !== undefined ? facts.backTitle : schooling.back,
    gender,
    birthPlace: facts.birthPlace ?? drawn.birthPlace,
    birthDate,
    status,
    serviceStart,
    educationLevel: education,
    email: rng.chance(0.75) ? officeEmail(name) : null,
    phone: rng.chance(0.85) ? generatePhone(rng) : null,
    ranks: ranks.map((step) => {
      const skDate = addDays(step.tmt, -rng.int(15, 75));
      return { ...step, skNumber: skNumber(rng, step.kind === "PENGANGKATAN" ? "813.3" : "823.4", skDate), skDate };
    }),
    positions: planPositions(rng, input, serviceStart),
    education: schooling.rows,
  };
}

function planPositions<P>(rng: Rng, input: CareerInput<P>, serviceStart: Date): PositionRow<P>[] {
  const served = monthsBetween(serviceStart, REFERENCE_DATE);
  const pool = [...(input.earlier ?? [])];
  const senior = input.shape.type !== "FUNGSIONAL" && input.shape.type !== "PELAKSANA";
  let count = 1;
  if (input.status === "PNS" && served >= 36 && pool.length > 0) count = Math.min(1 + pool.length, rng.int(senior ? 2 : 1, 3));
  const tmts = [serviceStart];
  if (count >= 2) {
    const current = addMonths(REFERENCE_DATE, -rng.int(4, Math.min(96, served - 24)));
    if (count === 3) tmts.push(addMonths(serviceStart, rng.int(12, Math.max(12, monthsBetween(serviceStart, current) - 12))));
    tmts.push(current);
  }
  const posts: P[] = [];
  for (let i = 0; i < count - 1; i += 1) posts.push(pool.splice(rng.int(0, pool.length - 1), 1)[0]!);
  posts.push(input.current);
  const code = input.status === "PNS" ? "821.2" : "800.1.13.2";
  return posts.map((position, i) => {
    const tmt = tmts[i]!;
    const skDate = addDays(tmt, -rng.int(3, 30));
    return { position, tmt, skNumber: skNumber(rng, code, skDate), skDate };
  });
}
