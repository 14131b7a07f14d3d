// The demo's competency development as plain rows before anything is written: the catalog with its
// registrations, external trainings, the JP ledger, competency assessments, awards, sanctions,
// mentoring and career targets. Pure and deterministic (one seeded PRNG per concern), with ids from
// an allocator the caller backs with the tables' sequences, so the JP rows can name their sources.
//
// Rules it keeps (tests/integration/seed-development.test.ts checks them on the written data):
// - seatsTaken of a training = its PENDING + APPROVED registrations, never above the quota;
// - one DevelopmentHour per COMPLETED registration, VERIFIED external training and mentoring
//   session (for the mentee), with the source's hours and the year of its date; nothing else has one;
// - registrations only from people eligible by lib/trainings/rules.ts and employed by then;
// - about a third of the people below 20 JP in 2026, the staff account among them;
// - every mentor passes mentorProblems at the pair's start (rank then, predikat the year before).
import { assessPromotion } from "../../lib/domain/career/promotion";
import { minutesToJp, REQUIRED_JP_PER_YEAR, TRAINING_KIND_TYPE } from "../../lib/domain/career/development";
import { mentorProblems } from "../../lib/domain/career/mentoring";
import { DEFAULT_BLOCKS_PROMOTION } from "../../lib/domain/career/sanctions";
import { addMonths, dateOnly, isAfter, isBefore, toIsoDate } from "../../lib/domain/dates";
import type { EducationLevel } from "../../lib/domain/education";
import type { EmploymentStatus } from "../../lib/domain/people";
import { nextFunctionalLevel } from "../../lib/domain/career/jenjang";
import type { FunctionalLevel, PositionType } from "../../lib/domain/positions";
import type { Predikat } from "../../lib/domain/predikat";
import { rankOf } from "../../lib/domain/ranks";
import { serviceLength } from "../../lib/domain/service";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { RegistrationStatus } from "../../lib/generated/prisma/enums";
import { periodProblem, sessionTitle } from "../../lib/mentoring/pair-rules";
import { eligibilityProblems } from "../../lib/trainings/rules";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { DEMO_APPRAISAL_DATE } from "./demo-appraisals-plan";
import {
  ASSESSMENT_NOTES,
  ASSESSMENT_SOURCES,
  CATALOG,
  DECLINE_REASONS,
  EXTERNALS,
  KARYA_SATYA,
  MENTORING_TEXTS,
  MOTIVATIONS,
  SANCTIONS,
  SESSION_NOTES,
  TOP_UP_TRAINING,
  type CatalogTraining,
  type SanctionSpec,
} from "./demo-development-catalog";
import { createRng, hashSeed, type Rng } from "./random";

/** The demo's day: everything before it has happened, everything after is planned. */
export const DEVELOPMENT_DATE = DEMO_APPRAISAL_DATE;
export const JP_YEAR = 2026;
/** About this share of people are behind on 2026's 20 JP (the staff account always is). */
const BEHIND_SHARE = 0.33;

export type DevPerson = {
  id: number;
  nip: string;
  name: string;
  status: EmploymentStatus;
  rankId: number | null;
  rankTmt: Date | null;
  educationLevel: EducationLevel;
  serviceStart: Date;
  positionId: number;
  supervisorId: number | null;
  /** Pangkat history, oldest first (empty for PPPK). */
  ranks: readonly { rankId: number; tmt: Date }[];
};
export type DevPost = { id: number; name: string; type: PositionType; functionalLevel: FunctionalLevel | null; grade: number; unitId: number; minRankId: number | null };
export type DevUnit = { id: number; code: string; path: readonly number[] };

export type DevelopmentTable = "trainings" | "training_registrations" | "external_trainings" | "mentoring_pairs" | "mentoring_sessions";
export type DevelopmentIds = (table: DevelopmentTable) => number;

export type DevelopmentPlanInput = {
  people: readonly DevPerson[];
  posts: ReadonlyMap<number, DevPost>;
  units: ReadonlyMap<number, DevUnit>;
  /** Standar kompetensi per position. */
  standards: ReadonlyMap<number, readonly { competencyId: number; requiredLevel: number }[]>;
  /** Competency dictionary by code. */
  competencies: ReadonlyMap<string, { id: number; maxLevel: number }>;
  /** Annual predikat per person and year. */
  predikats: ReadonlyMap<number, ReadonlyMap<number, Predikat>>;
  nextId: DevelopmentIds;
};

export type DevelopmentRows = {
  trainings: Prisma.TrainingCreateManyInput[];
  trainingCompetencies: Prisma.TrainingCompetencyCreateManyInput[];
  registrations: Prisma.TrainingRegistrationCreateManyInput[];
  externals: Prisma.ExternalTrainingCreateManyInput[];
  hours: Prisma.DevelopmentHourCreateManyInput[];
  assessments: Prisma.CompetencyAssessmentCreateManyInput[];
  awards: Prisma.AwardCreateManyInput[];
  sanctions: Prisma.SanctionCreateManyInput[];
  pairs: Prisma.MentoringPairCreateManyInput[];
  sessions: Prisma.MentoringSessionCreateManyInput[];
  careerTargets: Prisma.CareerTargetCreateManyInput[];
  /** For the audit row and the log: how 2026's JP came out. */
  jp: { year: number; people: number; below: number; staff: number };
};

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
/** An instant at `hour`:`minute` WIB on a date-only day. */
const wib = (date: Date, hour: number, minute = 0) => new Date(date.getTime() + ((hour - 7) * 60 + minute) * 60 * 1000);
const round2 = (value: number) => Math.round(value * 100) / 100;
const later = (a: Date, b: Date) => (isAfter(a, b) ? a : b);
/** The WIB calendar day of an instant. */
const dayOf = (instant: Date) => {
  const shifted = new Date(instant.getTime() + 7 * 60 * 60 * 1000);
  return dateOnly(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
};
const earlier = (a: Date, b: Date) => (isBefore(a, b) ? a : b);

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function planDemoDevelopment(input: DevelopmentPlanInput): DevelopmentRows {
  const { people, posts, units, nextId } = input;
  const rows: DevelopmentRows = {
    trainings: [], trainingCompetencies: [], registrations: [], externals: [], hours: [], assessments: [], awards: [], sanctions: [], pairs: [], sessions: [], careerTargets: [],
    jp: { year: JP_YEAR, people: 0, below: 0, staff: 0 },
  };
  const nipOf = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!.nip;
  const byNip = new Map(people.map((p) => [p.nip, p]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const fixedNips = new Set(DEMO_ACCOUNTS.map((a) => a.nip));
  const staff = byNip.get(nipOf("staff"))!;
  const admin = byNip.get(nipOf("admin"))!;
  const supervisor = byNip.get(nipOf("supervisor"))!;
  const postOf = (p: DevPerson) => posts.get(p.positionId)!;
  const unitOf = (p: DevPerson) => units.get(postOf(p).unitId)!;
  const opdOf = (p: DevPerson) => unitOf(p).path[1] ?? unitOf(p).path[0]!;
  const rankAt = (p: DevPerson, date: Date): number | null => {
    let rank: number | null = null;
    for (const row of p.ranks) if (!isAfter(row.tmt, date)) rank = row.rankId;
    return rank;
  };
  const predikatOf = (p: DevPerson, year: number) => input.predikats.get(p.id)?.get(year) ?? null;
  const competencyId = (code: string) => {
    const found = input.competencies.get(code);
    if (!found) throw new Error(`demo development: competency ${code} missing from the dictionary`);
    return found.id;
  };

  // ── JP of 2026 per person, and who is meant to stay below 20 ──
  const jp = new Map<number, number>();
  const credit = (employeeId: number, date: Date, hours: number) => {
    if (date.getUTCFullYear() === JP_YEAR) jp.set(employeeId, round2((jp.get(employeeId) ?? 0) + hours));
  };
  const jpOf = (p: DevPerson) => jp.get(p.id) ?? 0;
  const bucketRng = createRng(hashSeed("jenjang-demo-development/behind"));
  const behind = new Set<number>();
  for (const p of [...people].sort((a, b) => a.id - b.id)) {
    const roll = bucketRng.next();
    if (p.id === staff.id || (!fixedNips.has(p.nip) && roll < BEHIND_SHARE)) behind.add(p.id);
  }
  /** Whether `hours` more on `date` keeps a behind person below 20 (always true for the others). */
  const fits = (p: DevPerson, date: Date, hours: number) => !behind.has(p.id) || date.getUTCFullYear() !== JP_YEAR || jpOf(p) + hours < REQUIRED_JP_PER_YEAR;

  // ── Catalog ──
  type Planned = { spec: CatalogTraining; id: number; type: "KLASIKAL" | "NON_KLASIKAL"; minRankId: number | null; unitId: number | null; seats: number };
  const unitByCode = new Map([...units.values()].map((u) => [u.code, u]));
  const catalog: Planned[] = CATALOG.map((spec) => {
    const unitId = spec.unitCode ? unitByCode.get(spec.unitCode)?.id : null;
    if (unitId === undefined) throw new Error(`demo development: unit ${spec.unitCode} missing`);
    return { spec, id: nextId("trainings"), type: TRAINING_KIND_TYPE[spec.kind], minRankId: spec.minRank ? rankOf(spec.minRank).id : null, unitId, seats: 0 };
  });
  const byKey = new Map(catalog.map((t) => [t.spec.key, t]));
  const eligible = (t: Planned, p: DevPerson, on: Date) =>
    !isAfter(p.serviceStart, on) &&
    p.supervisorId !== null &&
    eligibilityProblems(
      { published: true, registrationDeadline: t.spec.deadline, positionTypes: t.spec.positionTypes ?? [], minRankId: t.minRankId, unitId: t.unitId },
      { rankId: p.status === "PNS" ? rankAt(p, on) ?? p.rankId : null, positionType: postOf(p).type, unitPath: unitOf(p).path },
      on,
    ).length === 0;
  const registered = new Set<string>();
  const key = (t: Planned, p: DevPerson) => `${t.id}/${p.id}`;

  type RegOptions = { status: RegistrationStatus; requestedAt: Date; decidedAt?: Date; declineReason?: string; certificate?: string; motivation: string | null };
  const register = (t: Planned, p: DevPerson, o: RegOptions) => {
    if (registered.has(key(t, p))) throw new Error(`demo development: ${p.nip} registered twice for ${t.spec.key}`);
    if (!eligible(t, p, dayOf(o.requestedAt))) throw new Error(`demo development: ${p.nip} may not register for ${t.spec.key}`);
    registered.add(key(t, p));
    const id = nextId("training_registrations");
    const decided = o.decidedAt !== undefined;
    rows.registrations.push({
      id,
      trainingId: t.id,
      employeeId: p.id,
      status: o.status,
      motivation: o.motivation,
      requestedAt: o.requestedAt,
      deciderId: decided ? p.supervisorId : null,
      decidedAt: o.decidedAt ?? null,
      declineReason: o.declineReason ?? null,
      completedAt: o.status === "COMPLETED" || o.status === "NOT_COMPLETED" ? t.spec.end : null,
      certificateNumber: o.certificate ?? null,
    });
    if (o.status === "PENDING" || o.status === "APPROVED") t.seats += 1;
    if (o.status === "COMPLETED") {
      const date = t.spec.end;
      rows.hours.push({ employeeId: p.id, year: date.getUTCFullYear(), date, hours: t.spec.hours, source: "TRAINING", sourceId: id, type: t.type, title: t.spec.title });
      credit(p.id, date, t.spec.hours);
    }
  };
  /** Requested some days before the deadline, never before the person started (nor after `cap`). */
  const requestedBefore = (t: Planned, p: DevPerson, r: Rng, cap: Date = t.spec.deadline) => {
    const day = later(addDays(earlier(t.spec.deadline, cap), -r.int(2, 18)), p.serviceStart);
    return wib(earlier(day, cap), r.int(8, 15), r.int(0, 59));
  };

  // ── Mentoring (first: its 2026 JP counts against the behind people's room) ──
  const paired = new Set<number>();
  const mentorOk = (mentor: DevPerson, mentee: DevPerson, start: Date) =>
    mentorProblems({
      mentor: { id: mentor.id, status: mentor.status, rankId: rankAt(mentor, start), grade: postOf(mentor).grade, predikatLastYear: predikatOf(mentor, start.getUTCFullYear() - 1) },
      mentee: { id: mentee.id, status: mentee.status, rankId: rankAt(mentee, start), grade: postOf(mentee).grade },
    }).length === 0;
  const mentoringRng = createRng(hashSeed("jenjang-demo-development/mentoring"));
  const schedules = [
    { start: dateOnly(2025, 2, 3), end: dateOnly(2025, 7, 31), closedAt: wib(dateOnly(2025, 8, 4), 10) },
    { start: dateOnly(2025, 9, 1), end: dateOnly(2026, 2, 27), closedAt: wib(dateOnly(2026, 3, 3), 14) },
    { start: dateOnly(2026, 3, 2), end: dateOnly(2027, 2, 26), closedAt: null },
    { start: dateOnly(2026, 5, 4), end: dateOnly(2027, 1, 29), closedAt: null },
    { start: dateOnly(2026, 9, 1), end: dateOnly(2027, 2, 26), closedAt: null },
  ];
  const textsFor = (p: DevPerson) => {
    const type = postOf(p).type;
    return MENTORING_TEXTS[type === "FUNGSIONAL" ? "FUNGSIONAL" : type === "PELAKSANA" ? "PELAKSANA" : "STRUKTURAL"];
  };
  const addPair = (mentor: DevPerson, mentee: DevPerson, period: { start: Date; end: Date; closedAt: Date | null }, openedBy: DevPerson) => {
    if (periodProblem(period.start, period.end)) throw new Error(`demo development: mentoring period ${toIsoDate(period.start)}–${toIsoDate(period.end)}`);
    if (!mentorOk(mentor, mentee, period.start)) throw new Error(`demo development: ${mentor.nip} may not mentor ${mentee.nip}`);
    paired.add(mentor.id).add(mentee.id);
    const texts = textsFor(mentee);
    const pairId = nextId("mentoring_pairs");
    rows.pairs.push({
      id: pairId,
      mentorId: mentor.id,
      menteeId: mentee.id,
      goals: texts.goals,
      startDate: period.start,
      endDate: period.end,
      status: period.closedAt ? "CLOSED" : "ACTIVE",
      outcome: period.closedAt ? texts.outcome : null,
      openedById: openedBy.id,
      closedAt: period.closedAt,
      createdAt: wib(addDays(period.start, -7), 9),
    });
    // A session every five to six weeks from the second week, up to four, none after the demo's day.
    const last = earlier(period.end, addDays(DEVELOPMENT_DATE, -3));
    let date = addDays(period.start, 10 + mentoringRng.int(0, 4));
    for (let k = 0; k < texts.topics.length && !isAfter(date, last); k += 1) {
      const minutes = mentoringRng.pick([60, 75, 90, 120]);
      const hours = minutesToJp(minutes);
      const sessionId = nextId("mentoring_sessions");
      const topic = texts.topics[k]!;
      rows.sessions.push({
        id: sessionId, pairId, date, topic, notes: mentoringRng.pick(SESSION_NOTES), minutes, loggedById: k % 2 === 0 ? mentee.id : mentor.id, createdAt: wib(date, 16),
      });
      rows.hours.push({ employeeId: mentee.id, year: date.getUTCFullYear(), date, hours, source: "MENTORING", sourceId: sessionId, type: "NON_KLASIKAL", title: sessionTitle(topic) });
      credit(mentee.id, date, hours);
      date = addDays(date, 35 + mentoringRng.int(0, 7));
    }
  };
  // The staff account is mentored by a senior Analis SDM (the HR admin when he qualifies).
  const staffPeriod = { start: dateOnly(2026, 8, 3), end: dateOnly(2027, 1, 29), closedAt: null };
  const staffMentor = [admin, ...people.filter((p) => opdOf(p) === opdOf(staff) && postOf(p).type === "FUNGSIONAL" && !fixedNips.has(p.nip))].find((m) =>
    mentorOk(m, staff, staffPeriod.start),
  );
  if (!staffMentor) throw new Error("demo development: no mentor qualifies for the staff account");
  addPair(staffMentor, staff, staffPeriod, supervisor);
  // Five more: a junior PNS and a senior colleague of the same OPD (not their own rater), OPD by OPD.
  const juniors = people
    .filter((p) => p.status === "PNS" && !fixedNips.has(p.nip) && p.supervisorId !== null)
    .filter((p) => ["PELAKSANA", "FUNGSIONAL"].includes(postOf(p).type) && ["AHLI_PERTAMA", "TERAMPIL", "PEMULA", null].includes(postOf(p).functionalLevel))
    .sort((a, b) => opdOf(a) - opdOf(b) || a.id - b.id);
  const usedOpds = new Set<number>([opdOf(staff)]);
  for (const period of schedules) {
    const found = (() => {
      for (const mentee of juniors) {
        if (paired.has(mentee.id) || usedOpds.has(opdOf(mentee)) || isAfter(mentee.serviceStart, period.start)) continue;
        // A colleague in a higher post (not a clerk), the nearest in pangkat at least two steps up.
        const mentor = people
          .filter((m) => m.id !== mentee.supervisorId && !paired.has(m.id) && m.status === "PNS" && opdOf(m) === opdOf(mentee) && m.nip !== staff.nip)
          .filter((m) => postOf(m).type !== "PELAKSANA" && postOf(m).grade > postOf(mentee).grade)
          .sort((a, b) => (rankAt(a, period.start) ?? 0) - (rankAt(b, period.start) ?? 0) || a.id - b.id)
          .find((m) => mentorOk(m, mentee, period.start) && (rankAt(m, period.start) ?? 0) - (rankAt(mentee, period.start) ?? 0) >= 2);
        if (mentor) return { mentor, mentee };
      }
      return null;
    })();
    if (!found) continue;
    usedOpds.add(opdOf(found.mentee));
    const opener = found.mentee.supervisorId !== null && mentoringRng.chance(0.5) ? byId.get(found.mentee.supervisorId)! : admin;
    addPair(found.mentor, found.mentee, period, opener);
  }

  // ── External trainings (verified ones count) ──
  const externalRng = createRng(hashSeed("jenjang-demo-development/external"));
  const withExternal = new Set<number>();
  for (const spec of EXTERNALS) {
    const inUnit = (p: DevPerson) => spec.unitPrefix === null || unitOf(p).code === spec.unitPrefix || unitOf(p).code.startsWith(`${spec.unitPrefix}.`);
    const candidates = shuffled(people.filter((p) => inUnit(p) && !fixedNips.has(p.nip) && !withExternal.has(p.id) && !isAfter(p.serviceStart, spec.start)), externalRng);
    const verified = spec.status === "VERIFIED";
    // Verified hours go to someone on track (or someone behind they still leave below 20).
    const person = candidates.find((p) => !verified || !behind.has(p.id)) ?? candidates.find((p) => fits(p, spec.end, spec.hours));
    if (!person) throw new Error(`demo development: nobody for the external training "${spec.title}"`);
    withExternal.add(person.id);
    const id = nextId("external_trainings");
    const createdAt = wib(earlier(addDays(spec.end, externalRng.int(2, 6)), addDays(DEVELOPMENT_DATE, -1)), 10, externalRng.int(0, 59));
    const decided = spec.status !== "SUBMITTED";
    rows.externals.push({
      id,
      employeeId: person.id,
      title: spec.title,
      kind: spec.kind,
      provider: spec.provider,
      startDate: spec.start,
      endDate: spec.end,
      hours: spec.hours,
      certificateNumber: spec.certificate,
      fileId: null,
      status: spec.status,
      verifierId: decided ? admin.id : null,
      verifiedAt: decided ? new Date(createdAt.getTime() + externalRng.int(3, 12) * DAY) : null,
      rejectReason: spec.rejectReason ?? null,
      createdAt,
    });
    if (verified) {
      rows.hours.push({ employeeId: person.id, year: spec.end.getUTCFullYear(), date: spec.end, hours: spec.hours, source: "EXTERNAL", sourceId: id, type: TRAINING_KIND_TYPE[spec.kind], title: spec.title });
      credit(person.id, spec.end, spec.hours);
    }
  }

  // ── Registrations of trainings that are over: outcomes recorded, JP credited ──
  const registrationRng = createRng(hashSeed("jenjang-demo-development/registrations"));
  /** People pinned to a finished training (the staff account's own history). */
  const pinnedDone: Record<string, readonly DevPerson[]> = { "anjab-2025": [staff], "berakhlak-2026": [staff] };
  const done = catalog.filter((t) => t.spec.phase === "DONE").sort((a, b) => a.spec.end.getTime() - b.spec.end.getTime() || a.id - b.id);
  const topUp = byKey.get(TOP_UP_TRAINING)!;
  for (const t of [...done.filter((x) => x !== topUp), topUp]) {
    const r = registrationRng;
    const requestDay = addDays(t.spec.deadline, -1);
    const pool = people.filter((p) => eligible(t, p, requestDay));
    const pinned = (pinnedDone[t.spec.key] ?? []).filter((p) => pool.includes(p));
    const extra = t === topUp ? people.filter((p) => pool.includes(p) && !behind.has(p.id) && jpOf(p) < REQUIRED_JP_PER_YEAR) : [];
    const others = shuffled(pool.filter((p) => !pinned.includes(p) && !extra.includes(p) && p.id !== staff.id), r);
    const wanted = Math.min(t.spec.quota, Math.max(pinned.length + extra.length, Math.round(pool.length * t.spec.fill)));
    if (pinned.length + extra.length > t.spec.quota) throw new Error(`demo development: ${t.spec.key} cannot take everyone it must`);
    let seq = 0;
    let attended = 0;
    for (const p of [...pinned, ...extra, ...others]) {
      if (attended >= wanted) break;
      const must = pinned.includes(p) || extra.includes(p);
      if (!must && !fits(p, t.spec.end, t.spec.hours)) continue;
      const requestedAt = requestedBefore(t, p, r);
      if (!eligible(t, p, dayOf(requestedAt))) {
        if (must) throw new Error(`demo development: ${p.nip} must take ${t.spec.key} but may not`);
        continue;
      }
      const decidedAt = wib(addDays(requestedAt, r.int(1, 3)), 14, r.int(0, 59));
      const roll = must ? 1 : r.next();
      if (roll < 0.04) {
        register(t, p, { status: "DECLINED", requestedAt, decidedAt, declineReason: r.pick(DECLINE_REASONS), motivation: r.pick(MOTIVATIONS) });
        continue;
      }
      if (roll < 0.07) {
        register(t, p, { status: "CANCELLED", requestedAt, motivation: r.pick(MOTIVATIONS) });
        continue;
      }
      attended += 1;
      const completed = roll >= 0.135 || must;
      if (completed) seq += 1;
      register(t, p, {
        status: completed ? "COMPLETED" : "NOT_COMPLETED",
        requestedAt,
        decidedAt,
        certificate: completed ? `${t.spec.certificate}${String(seq).padStart(3, "0")}` : undefined,
        motivation: r.pick(MOTIVATIONS),
      });
    }
  }

  // ── Just over: approved, attendance for HR to record ──
  for (const t of catalog.filter((x) => x.spec.phase === "AWAITING")) {
    const r = registrationRng;
    const pool = shuffled(people.filter((p) => p.id !== staff.id && eligible(t, p, addDays(t.spec.deadline, -1))), r);
    const wanted = Math.min(t.spec.quota, Math.round(pool.length * t.spec.fill));
    pool.slice(0, wanted).forEach((p, i) => {
      const requestedAt = requestedBefore(t, p, r);
      if (!eligible(t, p, dayOf(requestedAt))) return;
      const decidedAt = wib(addDays(requestedAt, r.int(1, 3)), 14, r.int(0, 59));
      if (i === wanted - 1) register(t, p, { status: "DECLINED", requestedAt, decidedAt, declineReason: DECLINE_REASONS[0], motivation: r.pick(MOTIVATIONS) });
      else register(t, p, { status: "APPROVED", requestedAt, decidedAt, motivation: r.pick(MOTIVATIONS) });
    });
  }

  // ── Upcoming: pending, approved, declined; Sri Wahyuni's team has requests waiting for her ──
  const open = catalog.filter((t) => t.spec.phase === "OPEN");
  const lastRequest = addDays(DEVELOPMENT_DATE, -1);
  /** A request made in November, before the deadline; decisions a few days later, before today. */
  const openRequest = (t: Planned, p: DevPerson, r: Rng, pending: boolean) => {
    const cap = earlier(t.spec.deadline, lastRequest);
    const requestedAt = wib(pending ? addDays(cap, -r.int(0, 8)) : addDays(cap, -r.int(9, 20)), r.int(8, 15), r.int(0, 59));
    return { requestedAt, decidedAt: wib(earlier(addDays(requestedAt, r.int(1, 3)), lastRequest), 15, r.int(0, 59)) };
  };
  const team = people.filter((p) => p.supervisorId === supervisor.id && p.id !== staff.id).sort((a, b) => a.id - b.id);
  const teamRequests: { status: "PENDING" | "APPROVED" | "DECLINED"; keys: readonly string[] }[] = [
    { status: "PENDING", keys: ["skp-2026-2", "seminar-2026"] },
    { status: "PENDING", keys: ["abk-2026", "skp-2026-2"] },
    { status: "PENDING", keys: ["seminar-2026", "skp-2026-2"] },
    { status: "APPROVED", keys: ["skp-2026-2", "seminar-2026"] },
    { status: "DECLINED", keys: ["seminar-2026", "skp-2026-2"] },
    { status: "PENDING", keys: ["pbj-2027", "coaching-2027", "seminar-2026"] },
  ];
  team.slice(0, teamRequests.length).forEach((p, i) => {
    const { status, keys } = teamRequests[i]!;
    const t = keys.map((k) => byKey.get(k)!).find((x) => !registered.has(key(x, p)) && eligible(x, p, lastRequest) && (x.spec.seatsHeld ?? x.spec.quota) > x.seats);
    if (!t) return;
    const r = registrationRng;
    const when = openRequest(t, p, r, status === "PENDING");
    if (!eligible(t, p, dayOf(when.requestedAt))) return;
    if (status === "PENDING") register(t, p, { status, requestedAt: when.requestedAt, motivation: r.pick(MOTIVATIONS) });
    else if (status === "APPROVED") register(t, p, { status, ...when, motivation: r.pick(MOTIVATIONS) });
    else register(t, p, { status, ...when, declineReason: DECLINE_REASONS[0], motivation: "Ingin memperdalam kebijakan sistem merit untuk tugas pengembangan karier." });
  });
  for (const t of open) {
    const r = registrationRng;
    const pool = shuffled(people.filter((p) => p.id !== staff.id && !registered.has(key(t, p)) && eligible(t, p, lastRequest)), r);
    const target = t.spec.seatsHeld ?? Math.min(t.spec.quota - 1, Math.max(2, Math.round(pool.length * t.spec.fill)));
    let declined = 0;
    for (const p of pool) {
      if (t.seats >= target) break;
      const roll = r.next();
      const pending = roll >= 0.1 && roll < 0.45;
      const when = openRequest(t, p, r, pending);
      if (!eligible(t, p, dayOf(when.requestedAt))) continue;
      if (roll < 0.1 && declined < 2) {
        declined += 1;
        register(t, p, { status: "DECLINED", ...when, declineReason: r.pick(DECLINE_REASONS), motivation: r.pick(MOTIVATIONS) });
        continue;
      }
      register(t, p, pending ? { status: "PENDING", requestedAt: when.requestedAt, motivation: r.pick(MOTIVATIONS) } : { status: "APPROVED", ...when, motivation: r.pick(MOTIVATIONS) });
    }
    if (t.spec.seatsHeld !== undefined && t.seats !== t.spec.seatsHeld) throw new Error(`demo development: ${t.spec.key} holds ${t.seats} seats, not ${t.spec.seatsHeld}`);
  }
  // One cancelled request: someone changed their mind before the decision.
  const skp2 = byKey.get("skp-2026-2")!;
  const canceller = people.find((p) => p.id !== staff.id && !fixedNips.has(p.nip) && !registered.has(key(skp2, p)) && eligible(skp2, p, lastRequest));
  if (canceller) register(skp2, canceller, { status: "CANCELLED", requestedAt: wib(dateOnly(2026, 11, 9), 9, 12), motivation: null });

  for (const t of catalog) {
    if (t.seats > t.spec.quota) throw new Error(`demo development: ${t.spec.key} over its quota`);
    rows.trainings.push({
      id: t.id,
      title: t.spec.title,
      type: t.type,
      kind: t.spec.kind,
      provider: t.spec.provider,
      mode: t.spec.mode,
      location: t.spec.location,
      description: t.spec.description,
      startDate: t.spec.start,
      endDate: t.spec.end,
      registrationDeadline: t.spec.deadline,
      hours: t.spec.hours,
      quota: t.spec.quota,
      seatsTaken: t.seats,
      positionTypes: [...(t.spec.positionTypes ?? [])],
      minRankId: t.minRankId,
      unitId: t.unitId,
      published: t.spec.phase !== "DRAFT",
      // Published well before anyone registered (upcoming ones by the end of October).
      createdAt: wib(earlier(addDays(t.spec.deadline, -45), dateOnly(2026, 10, 26)), 9),
    });
    for (const code of t.spec.competencies) rows.trainingCompetencies.push({ trainingId: t.id, competencyId: competencyId(code) });
  }

  // ── Competency assessments: about 60%, by the standard of their position, some gaps ──
  const assessmentRng = createRng(hashSeed("jenjang-demo-development/assessments"));
  const sessionsOn = [dateOnly(2024, 8, 20), dateOnly(2025, 3, 12), dateOnly(2025, 10, 8), dateOnly(2026, 4, 22), dateOnly(2026, 9, 16)];
  const staffGap = competencyId("TKS.MANAJEMEN_ASN");
  for (const p of [...people].sort((a, b) => a.id - b.id)) {
    const r = assessmentRng;
    const standard = input.standards.get(p.positionId) ?? [];
    const chosen = p.id === staff.id || fixedNips.has(p.nip) || r.chance(0.64);
    if (!chosen || standard.length === 0) continue;
    const dates = sessionsOn.filter((date) => !isBefore(date, p.serviceStart));
    if (dates.length === 0) continue;
    const on = p.id === staff.id ? dateOnly(2026, 4, 22) : r.pick(dates);
    const source = postOf(p).type === "FUNGSIONAL" && r.chance(0.4) ? ASSESSMENT_SOURCES.functional : ASSESSMENT_SOURCES.center;
    const reassessed = p.id !== staff.id && r.chance(0.15) ? dates.filter((date) => isBefore(date, on))[0] : undefined;
    for (const line of standard) {
      const max = [...input.competencies.values()].find((c) => c.id === line.competencyId)?.maxLevel ?? 5;
      const roll = r.next();
      const delta = p.id === staff.id ? (line.competencyId === staffGap ? -1 : 0) : roll < 0.2 ? -1 : roll < 0.72 ? 0 : 1;
      const level = Math.max(1, Math.min(max, line.requiredLevel + delta));
      const note = level < line.requiredLevel ? ASSESSMENT_NOTES.gap : level > line.requiredLevel && r.chance(0.3) ? ASSESSMENT_NOTES.above : null;
      rows.assessments.push({ employeeId: p.id, competencyId: line.competencyId, level, assessedOn: on, source, notes: note, createdAt: wib(addDays(on, 14), 10) });
      if (reassessed) {
        rows.assessments.push({
          employeeId: p.id, competencyId: line.competencyId, level: Math.max(1, level - (r.chance(0.5) ? 1 : 0)), assessedOn: reassessed, source: ASSESSMENT_SOURCES.center, notes: null, createdAt: wib(addDays(reassessed, 14), 10),
        });
      }
    }
  }

  // ── Sanctions: a running SEDANG on someone otherwise due a KP, a RINGAN, two past ones ──
  const sanctioned = new Set<number>();
  const addSanction = (p: DevPerson, spec: SanctionSpec) => {
    sanctioned.add(p.id);
    rows.sanctions.push({
      employeeId: p.id, level: spec.level, kind: spec.kind, reason: spec.reason, startDate: spec.start, endDate: spec.end,
      blocksPromotion: DEFAULT_BLOCKS_PROMOTION[spec.level], skNumber: spec.skNumber, skDate: spec.skDate, createdAt: wib(addDays(spec.skDate, 2), 10),
    });
  };
  const kpInput = (p: DevPerson, sanctions: readonly SanctionSpec[]) => ({
    status: p.status,
    rankId: p.rankId,
    rankTmt: p.rankTmt,
    educationLevel: p.educationLevel,
    positionType: postOf(p).type,
    functionalLevel: postOf(p).functionalLevel,
    predikats: [...(input.predikats.get(p.id) ?? new Map<number, Predikat>())].map(([year, predikat]) => ({ year, predikat })),
    sanctions: sanctions.map((s) => ({ startDate: s.start, endDate: s.end, blocksPromotion: DEFAULT_BLOCKS_PROMOTION[s.level] })),
    creditInRank: 0,
    asOf: DEVELOPMENT_DATE,
  });
  const ordinary = people.filter((p) => p.status === "PNS" && !fixedNips.has(p.nip) && !paired.has(p.id)).sort((a, b) => hashSeed(`sanction/${a.nip}`) - hashSeed(`sanction/${b.nip}`));
  // Whoever the KP screening would find eligible but for this sanction; the demo has few such
  // people (the named accounts are left alone), so failing that, someone held back only by
  // years in rank, soonest first: their checklist then shows the sanction beside the waiting time.
  const unmetWithout = (p: DevPerson) => {
    const free = assessPromotion(kpInput(p, []));
    return { free, unmet: free.conditions.filter((c) => !c.met).map((c) => c.code) };
  };
  const blockedOnlyBySanction = ordinary.find((p) => unmetWithout(p).free.eligibleNow && !assessPromotion(kpInput(p, [SANCTIONS.activeSedang])).eligibleNow);
  const waitingOnly = ordinary
    .map((p) => ({ p, ...unmetWithout(p) }))
    .filter((x) => x.free.route === "REGULER" && x.unmet.length === 1 && x.unmet[0] === "YEARS_IN_RANK")
    .map((x) => ({ p: x.p, metOn: x.free.conditions.find((c) => c.code === "YEARS_IN_RANK")!.metOn!.getTime() }))
    .sort((a, b) => a.metOn - b.metOn || a.p.id - b.p.id)[0]?.p;
  const dueForKp = blockedOnlyBySanction ?? waitingOnly;
  if (!dueForKp) throw new Error("demo development: nobody near a regular KP to carry the running sanction");
  addSanction(dueForKp, SANCTIONS.activeSedang);
  const pick = (test: (p: DevPerson) => boolean) => ordinary.find((p) => !sanctioned.has(p.id) && test(p));
  const ringan = pick(() => true);
  if (ringan) addSanction(ringan, SANCTIONS.ringan);
  const berat = pick((p) => isBefore(p.serviceStart, dateOnly(2015, 1, 1)) && postOf(p).type === "PELAKSANA");
  if (berat) addSanction(berat, SANCTIONS.pastBerat);
  const pastRingan = pick((p) => isBefore(p.serviceStart, dateOnly(2020, 1, 1)));
  if (pastRingan) addSanction(pastRingan, SANCTIONS.pastRingan);

  // ── Awards: Satyalancana Karya Satya by masa kerja (Keppres each August), two achievement awards ──
  const awardRng = createRng(hashSeed("jenjang-demo-development/awards"));
  for (const p of [...people].sort((a, b) => a.id - b.id)) {
    if (p.status !== "PNS") continue;
    const years = serviceLength(p.serviceStart, DEVELOPMENT_DATE).years;
    for (const award of KARYA_SATYA) {
      if (years < award.years || awardRng.chance(0.12)) continue;
      const reached = addMonths(p.serviceStart, award.years * 12);
      let year = reached.getUTCFullYear() + (isAfter(reached, dateOnly(reached.getUTCFullYear(), 8, 17)) ? 1 : 0) + awardRng.int(0, 1);
      if (isAfter(dateOnly(year, 8, 17), DEVELOPMENT_DATE)) year -= 1;
      const skDate = dateOnly(year, 8, 17);
      if (isBefore(skDate, reached)) continue;
      // No award while a heavy sanction was running or within the year after it.
      if (p.id === berat?.id && year >= 2021 && year <= 2023) continue;
      rows.awards.push({
        employeeId: p.id,
        name: award.name,
        grantor: "Presiden Republik Indonesia",
        skNumber: `Keppres Nomor ${40 + (hashSeed(`${year}`) % 60)}/TK/Tahun ${year}`,
        skDate,
        createdAt: wib(addDays(skDate, 30), 10),
      });
    }
  }
  const best2025 = people.filter((p) => !sanctioned.has(p.id) && predikatOf(p, 2025) === "SANGAT_BAIK" && predikatOf(p, 2024) === "SANGAT_BAIK").sort((a, b) => a.id - b.id);
  for (const [i, p] of best2025.slice(0, 2).entries()) {
    const skDate = dateOnly(2026, 2, 16 + i);
    rows.awards.push({
      employeeId: p.id,
      name: i === 0 ? "ASN Berprestasi Tingkat Provinsi Jambi Tahun 2025" : "Penghargaan Inovasi Pelayanan Publik Provinsi Jambi Tahun 2025",
      grantor: "Gubernur Jambi",
      skNumber: `${i === 0 ? "1.204" : "1.217"}/KEP.GUB/BKD-2.2/2026`,
      skDate,
      createdAt: wib(addDays(skDate, 3), 10),
    });
  }

  // ── Career targets: the staff account and a few others aim one step up in their own unit tree ──
  const stepUp = (p: DevPerson): DevPost | null => {
    const post = postOf(p);
    const path = unitOf(p).path;
    const baseName = (name: string) => name.replace(/ (Ahli Pertama|Ahli Muda|Ahli Madya|Ahli Utama|Pemula|Terampil|Mahir|Penyelia)$/, "");
    const next = post.functionalLevel ? nextFunctionalLevel(post.functionalLevel) : null;
    const matches = (x: DevPost) =>
      post.type === "FUNGSIONAL"
        ? x.type === "FUNGSIONAL" && x.functionalLevel === next && baseName(x.name) === baseName(post.name)
        : post.type === "PELAKSANA"
          ? x.type === "PENGAWAS"
          : post.type === "PENGAWAS"
            ? x.type === "ADMINISTRATOR"
            : false;
    // Nearest unit first: the person's own, then up the path.
    for (const unitId of [...path].reverse()) {
      const found = [...posts.values()].filter((x) => x.unitId === unitId && matches(x)).sort((a, b) => a.id - b.id)[0];
      if (found) return found;
    }
    return null;
  };
  const targetRng = createRng(hashSeed("jenjang-demo-development/targets"));
  const aiming = [staff, byNip.get(nipOf("otherStaff"))!, supervisor, ...shuffled(people.filter((p) => !fixedNips.has(p.nip) && p.status === "PNS"), targetRng)];
  let targets = 0;
  for (const p of aiming) {
    if (targets >= 6) break;
    const target = stepUp(p);
    if (!target) {
      if (p.id === staff.id) throw new Error("demo development: no position one step up for the staff account");
      continue;
    }
    targets += 1;
    rows.careerTargets.push({ employeeId: p.id, positionId: target.id, chosenAt: wib(dateOnly(2026, 2 + targets, 3 + targets * 2), 11) });
  }

  // ── 2026 JP summary ──
  const counted = people.filter((p) => !isAfter(p.serviceStart, DEVELOPMENT_DATE));
  rows.jp = { year: JP_YEAR, people: counted.length, below: counted.filter((p) => jpOf(p) < REQUIRED_JP_PER_YEAR).length, staff: jpOf(staff) };
  if (rows.jp.staff >= REQUIRED_JP_PER_YEAR) throw new Error(`demo development: the staff account has ${rows.jp.staff} JP in ${JP_YEAR}`);
  return rows;
}
