// The demo's appraisal history as plain rows before anything is written: PP 30/2019 scores for
// 2021–2022, full SKP cycles for 2023–2025 (finalised, distribution-checked), and 2026 as of the
// demo's reference day with every state a screen can show. Pure and deterministic: one seeded PRNG
// per person, ids from an allocator the caller backs with the tables' sequences.
import { CORE_VALUE_LABELS } from "../../lib/domain/appraisal/core-values";
import { annualCredit, CREDIT_TABLE, monthsCovered, PREDIKAT_PERCENT } from "../../lib/domain/appraisal/credit";
import { checkDistribution, countPredikats, rulesFor, type DistributionRule, type OrgResult } from "../../lib/domain/appraisal/distribution";
import { governingUnitId } from "../../lib/domain/appraisal/distribution-unit";
import { legacyPredikat, legacyScore } from "../../lib/domain/appraisal/legacy";
import { evaluationPeriods, type EvaluationPeriod } from "../../lib/domain/appraisal/periods";
import { dateOnly, isAfter, isBefore } from "../../lib/domain/dates";
import type { FunctionalLevel, PositionType } from "../../lib/domain/positions";
import { predikatFor, PREDIKATS, type Predikat, type Rating } from "../../lib/domain/predikat";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CoreValue } from "../../lib/generated/prisma/enums";
import { CORE_VALUE_ORDER } from "./appraisal-factories";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import {
  ANNUAL_SELF_ASSESSMENTS,
  BELOW_NOTES,
  EMPLOYEE_NOTES,
  FEEDBACK,
  FEEDBACK_COMMENTS,
  fillUnit,
  RATER_NOTES,
  REALIZATION_TEXTS,
  resultMenu,
  SELF_ASSESSMENTS,
  type IndicatorSpec,
} from "./demo-appraisals-texts";
import { createRng, hashSeed, type Rng } from "./random";

/** The demo's "today" for 2026: Q1–Q3 are over, Q4 is under way, no annual rating yet. */
export const DEMO_APPRAISAL_DATE = dateOnly(2026, 11, 23);
export const LEGACY_YEARS = [2021, 2022] as const;
export const CLOSED_YEARS = [2023, 2024, 2025] as const;
export const CURRENT_YEAR = 2026;
/** The one OPD-year finalised by HR although its distribution does not fit (an override example). */
export const OVERRIDE_UNIT = { code: "DTPH", year: 2025 };
const OVERRIDE_REASON =
  "Seluruh pegawai Dinas TPH mencapai target swasembada benih 2025; penyimpangan kurva distribusi disetujui " +
  "Sekretaris Daerah melalui nota dinas Nomor 800/412/BKD/2026.";

export type DemoPerson = {
  id: number;
  nip: string;
  supervisorId: number | null;
  serviceStart: Date;
  positionId: number;
  /** Position history, oldest first. */
  history: readonly { positionId: number; tmt: Date }[];
};
export type DemoPost = { id: number; name: string; type: PositionType; functionalLevel: FunctionalLevel | null; unitId: number };
export type DemoUnit = { id: number; code: string; name: string; parentId: number | null; path: readonly number[] };

export type IdAllocator = (table: "appraisals" | "plan_results" | "plan_indicators" | "evaluations" | "feedback_requests") => number;

export type AppraisalPlanInput = {
  people: readonly DemoPerson[];
  posts: ReadonlyMap<number, DemoPost>;
  units: ReadonlyMap<number, DemoUnit>;
  rules: readonly DistributionRule[];
  /** The real WIB today (lib/clock.ts), only to keep pending 360 deadlines in the future. */
  today: Date;
  nextId: IdAllocator;
};

export type AppraisalRows = {
  unitYears: Prisma.UnitYearResultCreateManyInput[];
  appraisals: Prisma.AppraisalCreateManyInput[];
  behaviours: Prisma.PlanBehaviourCreateManyInput[];
  results: Prisma.PlanResultCreateManyInput[];
  indicators: Prisma.PlanIndicatorCreateManyInput[];
  evaluations: Prisma.EvaluationCreateManyInput[];
  resultRatings: Prisma.ResultRatingCreateManyInput[];
  behaviourRatings: Prisma.BehaviourRatingCreateManyInput[];
  realizations: Prisma.RealizationCreateManyInput[];
  notes: Prisma.PerformanceNoteCreateManyInput[];
  feedbackRequests: Prisma.FeedbackRequestCreateManyInput[];
  feedbackAnswers: Prisma.FeedbackAnswerCreateManyInput[];
  appeals: Prisma.AppealCreateManyInput[];
  annual: Prisma.AnnualPerformanceCreateManyInput[];
  credits: Prisma.CreditAwardCreateManyInput[];
  /** Predikat counts per finalised year, for the audit row and the log. */
  distribution: Record<number, Record<Predikat, number>>;
};

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
/** An instant at `hour`:`minute` WIB on a date-only day. */
const wib = (date: Date, hour: number, minute = 0) => new Date(date.getTime() + ((hour - 7) * 60 + minute) * 60 * 1000);
const later = (a: Date, b: Date) => (isAfter(a, b) ? a : b);

/** Standard normal from 6 uniforms (Irwin–Hall), good enough for a latent "how this person works". */
function gauss(rng: Rng): number {
  let sum = 0;
  for (let i = 0; i < 6; i += 1) sum += rng.next();
  return (sum - 3) * Math.SQRT2;
}

/**
 * Yearly latent score → predikat: ~15% Sangat Baik, ~78% Baik, a few below, Sangat Kurang rare. The
 * distribution repair then lifts Sangat Baik in units rated Baik (at most 70% Baik there).
 */
function predikatOf(y: number): Predikat {
  if (y >= 1.0) return "SANGAT_BAIK";
  if (y < -2.45) return "SANGAT_KURANG";
  if (y < -1.95) return "KURANG";
  if (y < -1.45) return "BUTUH_PERBAIKAN";
  return "BAIK";
}

const RANK: Record<Predikat, number> = { SANGAT_BAIK: 0, BAIK: 1, BUTUH_PERBAIKAN: 2, KURANG: 3, SANGAT_KURANG: 4 };

/** Overall ratings that give `predikat` through the matrix (lib/domain/predikat.ts). */
function ratingsFor(predikat: Predikat, rng: Rng, y: number): { work: Rating; behaviour: Rating } {
  switch (predikat) {
    case "SANGAT_BAIK":
      return { work: "DI_ATAS", behaviour: "DI_ATAS" };
    case "BAIK":
      if (y > 0.3 && rng.chance(0.5)) return { work: "DI_ATAS", behaviour: "SESUAI" };
      return rng.chance(0.1) ? { work: "SESUAI", behaviour: "DI_ATAS" } : { work: "SESUAI", behaviour: "SESUAI" };
    case "BUTUH_PERBAIKAN":
      return { work: "DI_BAWAH", behaviour: rng.chance(0.2) ? "DI_ATAS" : "SESUAI" };
    case "KURANG":
      return { work: rng.chance(0.2) ? "DI_ATAS" : "SESUAI", behaviour: "DI_BAWAH" };
    case "SANGAT_KURANG":
      return { work: "DI_BAWAH", behaviour: "DI_BAWAH" };
  }
}

/** A quarter usually matches the year; sometimes one step either way. */
function quarterPredikat(annual: Predikat, rng: Rng, y: number): Predikat {
  if (rng.chance(0.72)) return annual;
  switch (annual) {
    case "SANGAT_BAIK":
      return "BAIK";
    case "BAIK":
      return y > 0.2 ? "SANGAT_BAIK" : y < -0.9 ? "BUTUH_PERBAIKAN" : "BAIK";
    case "BUTUH_PERBAIKAN":
    case "KURANG":
      return "BAIK";
    case "SANGAT_KURANG":
      return "BUTUH_PERBAIKAN";
  }
}

type Rated = {
  work: Rating;
  behaviour: Rating;
  predikat: Predikat;
  resultRatings: Rating[];
  valueRatings: Record<CoreValue, Rating>;
  feedback: string;
};

/** Per-RHK and per-value ratings consistent with the overall ones, and feedback (required on DI_BAWAH). */
function rate(predikat: Predikat, resultCount: number, rng: Rng, y: number): Rated {
  const { work, behaviour } = ratingsFor(predikat, rng, y);
  const resultRatings: Rating[] = Array.from({ length: resultCount }, () => work);
  if (work === "DI_ATAS" && resultCount >= 3 && rng.chance(0.4)) resultRatings[rng.int(0, resultCount - 1)] = "SESUAI";
  if (work === "SESUAI" && rng.chance(0.25)) resultRatings[rng.int(0, resultCount - 1)] = "DI_ATAS";
  if (work === "DI_BAWAH" && resultCount >= 2) {
    for (let i = 0; i < resultCount; i += 1) resultRatings[i] = rng.chance(0.5) ? "DI_BAWAH" : "SESUAI";
    resultRatings[rng.int(0, resultCount - 1)] = "DI_BAWAH";
  }
  const valueRatings = Object.fromEntries(CORE_VALUE_ORDER.map((v) => [v, behaviour === "DI_BAWAH" ? "SESUAI" : behaviour])) as Record<CoreValue, Rating>;
  if (behaviour === "DI_ATAS") valueRatings[rng.pick(CORE_VALUE_ORDER)] = rng.chance(0.5) ? "SESUAI" : "DI_ATAS";
  if (behaviour === "SESUAI" && rng.chance(0.2)) valueRatings[rng.pick(CORE_VALUE_ORDER)] = "DI_ATAS";
  let weakValue: CoreValue | null = null;
  if (behaviour === "DI_BAWAH") {
    for (const v of ["AKUNTABEL", "HARMONIS", "KOLABORATIF"] as const) if (rng.chance(0.5)) valueRatings[v] = "DI_BAWAH";
    valueRatings.AKUNTABEL = "DI_BAWAH";
  } else if (behaviour === "SESUAI" && predikat === "BAIK" && rng.chance(0.04)) {
    // A single value below expectation inside an otherwise fine rating: still needs an explanation.
    weakValue = rng.pick(["KOMPETEN", "KOLABORATIF", "ADAPTIF"] as const);
    valueRatings[weakValue] = "DI_BAWAH";
  }
  let feedback = rng.pick(FEEDBACK[predikat]);
  if (work !== "DI_BAWAH" && resultRatings.includes("DI_BAWAH")) feedback += ` ${BELOW_NOTES.result}`;
  if (weakValue) feedback += ` ${BELOW_NOTES.value(CORE_VALUE_LABELS[weakValue])}`;
  return { work, behaviour, predikat: predikatFor(work, behaviour), resultRatings, valueRatings, feedback };
}

type Skp = {
  id: number;
  person: DemoPerson;
  year: number;
  start: Date;
  end: Date;
  post: DemoPost;
  raterId: number;
  raterRaterId: number | null;
  resultIds: number[];
  indicators: { id: number; spec: IndicatorSpec }[];
};

type State2026 = "FULL" | "Q3_RATED" | "Q3_SELF" | "Q3_NONE" | "SUBMITTED" | "DRAFT" | "RETURNED" | "SPLIT" | "NONE";

export function planDemoAppraisals(input: AppraisalPlanInput): AppraisalRows {
  const { people, posts, units, rules, nextId } = input;
  const rows: AppraisalRows = {
    unitYears: [], appraisals: [], behaviours: [], results: [], indicators: [], evaluations: [], resultRatings: [], behaviourRatings: [],
    realizations: [], notes: [], feedbackRequests: [], feedbackAnswers: [], appeals: [], annual: [], credits: [], distribution: {},
  };
  const byId = new Map(people.map((p) => [p.id, p]));
  const nipOf = (key: string) => DEMO_ACCOUNTS.find((a) => a.key === key)!.nip;
  const fixed = new Map(["admin", "chair", "supervisor", "staff", "otherStaff"].map((key) => [nipOf(key), key]));
  const staffNip = nipOf("staff");
  const supervisorNip = nipOf("supervisor");
  const reportsOf = new Map<number, DemoPerson[]>();
  for (const p of people) if (p.supervisorId !== null) reportsOf.set(p.supervisorId, [...(reportsOf.get(p.supervisorId) ?? []), p]);
  const depth = (p: DemoPerson): number => (p.supervisorId === null ? 0 : 1 + depth(byId.get(p.supervisorId)!));
  // Raters before their staff, so an RHK can point at the rater's RHK of the same year.
  const ratees = people.filter((p) => p.supervisorId !== null).sort((a, b) => depth(a) - depth(b) || a.id - b.id);
  const rngOf = new Map(ratees.map((p) => [p.id, createRng(hashSeed(`jenjang-demo-appraisal/${p.nip}`))]));
  const rng = (p: DemoPerson) => rngOf.get(p.id)!;
  const ability = new Map(ratees.map((p) => [p.id, gauss(rng(p))]));
  const latent = new Map<string, number>();
  const yOf = (p: DemoPerson, year: number) => {
    const key = `${p.id}/${year}`;
    if (!latent.has(key)) latent.set(key, 0.75 * ability.get(p.id)! + 0.6 * gauss(rng(p)));
    return latent.get(key)!;
  };

  const postAt = (p: DemoPerson, date: Date): DemoPost => {
    let current = p.history[0]!.positionId;
    for (const row of p.history) if (!isAfter(row.tmt, date)) current = row.positionId;
    return posts.get(current)!;
  };
  const unitOf = (id: number) => units.get(id)!;
  const supervisorOf = (p: DemoPerson) => byId.get(p.supervisorId!)!;
  const yearStart = (p: DemoPerson, year: number): Date | null => {
    const jan1 = dateOnly(year, 1, 1);
    if (isAfter(p.serviceStart, dateOnly(year, 12, 1))) return null;
    return later(p.serviceStart, jan1);
  };

  // ── OPDs and their organisational results ──
  const rootIds = new Set([...units.values()].filter((u) => u.parentId === null).map((u) => u.id));
  const setda = [...units.values()].find((u) => u.code === "SETDA");
  const opds = [...units.values()]
    .filter((u) => (u.parentId !== null && rootIds.has(u.parentId)) || (setda && u.parentId === setda.id))
    .sort((a, b) => b.path.length - a.path.length || a.id - b.id);
  // A result governs its unit's subtree minus branches with a result of their own (the nearest result
  // up the unit path wins, lib/domain/appraisal/distribution-unit.ts): Sekretariat Daerah's own covers
  // only the Sekda's office, since each biro has one.
  const opdIds = new Set(opds.map((o) => o.id));
  const governing = (unitId: number) => governingUnitId(unitOf(unitId).path, opdIds);
  const governedNow = (unit: DemoUnit) => ratees.filter((p) => governing(posts.get(p.positionId)!.unitId) === unit.id).length;
  // Mostly Baik, about two in five Istimewa; a unit governing a handful of people is Istimewa (a Baik
  // result would force one of three below Baik); the override example is Baik (≤70% Baik, someone below).
  const orgResult = (unit: DemoUnit, year: number): OrgResult =>
    !isOverride(unit, year) && (governedNow(unit) < 4 || hashSeed(`${unit.code}/${year}`) % 100 < 40) ? "ISTIMEWA" : "BAIK";
  const finalizedAt = (unit: DemoUnit, year: number) => wib(dateOnly(year + 1, 1, 26 + (hashSeed(unit.code) % 4)), 15);
  const isOverride = (unit: DemoUnit, year: number) => unit.code === OVERRIDE_UNIT.code && year === OVERRIDE_UNIT.year;
  /** Release of a unit's annual results: the finalisation of the unit that governs it. */
  const releaseOf = (unitId: number, year: number) => {
    const opd = governing(unitId);
    return opd !== null ? finalizedAt(unitOf(opd), year) : wib(dateOnly(year + 1, 1, 30), 15);
  };
  for (const year of [...CLOSED_YEARS, CURRENT_YEAR]) {
    for (const unit of [...opds].sort((a, b) => a.id - b.id)) {
      const closed = year !== CURRENT_YEAR;
      rows.unitYears.push({
        unitId: unit.id,
        year,
        result: orgResult(unit, year),
        finalizedAt: closed ? finalizedAt(unit, year) : null,
        overrideReason: closed && isOverride(unit, year) ? OVERRIDE_REASON : null,
        updatedAt: closed ? finalizedAt(unit, year) : wib(dateOnly(year, 2, 10), 10),
      });
    }
  }

  // ── SKP writer ──
  const skps = new Map<string, Skp[]>();
  const skpKey = (employeeId: number, year: number) => `${employeeId}/${year}`;
  function addSkp(
    p: DemoPerson,
    year: number,
    options: {
      start: Date;
      end: Date;
      post: DemoPost;
      raterId: number;
      status: "DRAFT" | "SUBMITTED" | "AGREED" | "CLOSED";
      submittedAt: Date | null;
      agreedAt: Date | null;
      closedAt?: Date;
      closedReason?: string;
      returnComment?: string;
      resultCount: number;
    },
  ): Skp {
    const r = rng(p);
    const rater = byId.get(options.raterId)!;
    const id = nextId("appraisals");
    const created = options.submittedAt ? addDays(options.submittedAt, -3) : wib(later(options.start, dateOnly(year, 1, 6)), 9);
    rows.appraisals.push({
      id,
      employeeId: p.id,
      year,
      periodStart: options.start,
      periodEnd: options.end,
      raterId: rater.id,
      raterRaterId: rater.supervisorId,
      positionId: options.post.id,
      unitId: options.post.unitId,
      status: options.status,
      openYear: options.status === "CLOSED" ? null : year,
      returnComment: options.returnComment ?? null,
      submittedAt: options.submittedAt,
      agreedAt: options.agreedAt,
      closedAt: options.closedAt ?? null,
      closedReason: options.closedReason ?? null,
      createdAt: created,
      updatedAt: options.closedAt ?? options.agreedAt ?? options.submittedAt ?? created,
    });
    for (const value of CORE_VALUE_ORDER) rows.behaviours.push({ appraisalId: id, value, expectation: null });
    const menu = resultMenu(options.post);
    const count = Math.min(options.resultCount, menu.length);
    const first = r.int(0, menu.length - 1);
    const parents = (skps.get(skpKey(rater.id, year)) ?? []).at(-1)?.resultIds ?? [];
    const unitName = unitOf(options.post.unitId).name;
    const skp: Skp = { id, person: p, year, start: options.start, end: options.end, post: options.post, raterId: rater.id, raterRaterId: rater.supervisorId, resultIds: [], indicators: [] };
    for (let i = 0; i < count; i += 1) {
      const spec = menu[(first + i) % menu.length]!;
      const resultId = nextId("plan_results");
      const parent = parents.length ? parents[(i + p.id) % parents.length]! : null;
      rows.results.push({ id: resultId, appraisalId: id, position: i + 1, text: fillUnit(spec.text, unitName), parentResultId: parent });
      skp.resultIds.push(resultId);
      spec.indicators.forEach((indicator, k) => {
        const indicatorId = nextId("plan_indicators");
        rows.indicators.push({
          id: indicatorId,
          resultId,
          position: k + 1,
          text: fillUnit(indicator.text, unitName),
          targetKind: indicator.kind,
          targetValue: indicator.value ?? null,
          targetUnit: indicator.unit ?? null,
          targetText: indicator.targetText ?? null,
        });
        skp.indicators.push({ id: indicatorId, spec: indicator });
      });
    }
    skps.set(skpKey(p.id, year), [...(skps.get(skpKey(p.id, year)) ?? []), skp]);
    return skp;
  }

  type EvalState = "ACKNOWLEDGED" | "RATED" | "SELF_ASSESSED" | "RELEASED" | "FINAL";
  function addEvaluation(skp: Skp, period: EvaluationPeriod, state: EvalState, rated: Rated | null, times: { self: Date; rated?: Date; released?: Date; ack?: Date }): number {
    const r = rng(skp.person);
    const id = nextId("evaluations");
    const annual = period.kind === "ANNUAL";
    const isRated = rated !== null && state !== "SELF_ASSESSED";
    rows.evaluations.push({
      id,
      appraisalId: skp.id,
      employeeId: skp.person.id,
      raterId: skp.raterId,
      unitId: skp.post.unitId,
      year: skp.year,
      kind: period.kind,
      periodNo: period.periodNo,
      periodStart: period.start,
      periodEnd: period.end,
      status: state,
      selfAssessment: r.pick(annual ? ANNUAL_SELF_ASSESSMENTS : SELF_ASSESSMENTS),
      selfAssessedAt: times.self,
      workRating: isRated ? rated.work : null,
      behaviourRating: isRated ? rated.behaviour : null,
      predikat: isRated ? rated.predikat : null,
      feedback: isRated ? rated.feedback : null,
      ratedAt: isRated ? times.rated! : null,
      releasedAt: annual && isRated ? times.released! : null,
      acknowledgedAt: state === "ACKNOWLEDGED" ? times.ack! : null,
      createdAt: times.self,
      updatedAt: times.ack ?? times.released ?? times.rated ?? times.self,
    });
    if (isRated) {
      skp.resultIds.forEach((resultId, i) => rows.resultRatings.push({ evaluationId: id, resultId, rating: rated.resultRatings[i] ?? rated.work }));
      for (const value of CORE_VALUE_ORDER) rows.behaviourRatings.push({ evaluationId: id, value, rating: rated.valueRatings[value] });
    }
    return id;
  }

  // ── 2021–2022: PP 30/2019 scores ──
  for (const p of ratees) {
    for (const year of LEGACY_YEARS) {
      const start = yearStart(p, year);
      if (!start) continue;
      const y = yOf(p, year);
      const r = rng(p);
      const skp = Math.min(120, Math.max(55, 91 + 7 * y + 2 * gauss(r)));
      const behaviour = Math.min(120, Math.max(55, 90 + 6 * y + 2 * gauss(r)));
      const score = legacyScore(Math.round(skp * 100) / 100, Math.round(behaviour * 100) / 100, false);
      const innovation = y > 0.9 && r.chance(0.6);
      rows.annual.push({ employeeId: p.id, year, predikat: legacyPredikat(score, innovation), legacyScore: score, evaluationId: null, unitId: postAt(p, start).unitId, updatedAt: wib(dateOnly(year + 1, 1, 31), 10) });
    }
  }

  // ── 2023–2025: predikats fitted to the distribution rules, then full cycles ──
  for (const year of CLOSED_YEARS) {
    const entries = ratees.flatMap((p) => {
      const start = yearStart(p, year);
      if (!start) return [];
      const post = postAt(p, start);
      return [{ p, start, post, governedBy: governing(post.unitId), y: yOf(p, year), predikat: predikatOf(yOf(p, year)) }];
    });
    const override = opds.find((o) => isOverride(o, year));
    if (override) {
      for (const e of entries) if (e.governedBy === override.id && RANK[e.predikat] > RANK.BAIK) e.predikat = "BAIK";
    }
    // Repair: move the person furthest from the line until every finalised OPD fits its rules.
    for (let round = 0; ; round += 1) {
      if (round > 2000) throw new Error(`demo appraisals: distribution for ${year} does not converge`);
      let fixedOne = false;
      for (const opd of opds) {
        if (isOverride(opd, year)) continue;
        const members = entries.filter((e) => e.governedBy === opd.id);
        const violation = checkDistribution(countPredikats(members.map((m) => m.predikat)), rulesFor(orgResult(opd, year), rules))[0];
        if (!violation) continue;
        const inRule = (m: (typeof members)[number]) => violation.rule.predikats.includes(m.predikat);
        const movable = (list: typeof members) => {
          const free = list.filter((m) => !fixed.has(m.p.nip));
          return free.length ? free : list;
        };
        let target: Predikat;
        let candidates: typeof members;
        if (violation.kind === "MAX") {
          candidates = movable(members.filter(inRule));
          const sbShare = members.filter((m) => m.predikat === "SANGAT_BAIK").length / members.length;
          target = violation.rule.predikats.includes("BAIK") ? (sbShare < 0.24 ? "SANGAT_BAIK" : "BUTUH_PERBAIKAN") : "BAIK";
        } else {
          const outside = members.filter((m) => !inRule(m));
          const baik = outside.filter((m) => m.predikat === "BAIK");
          candidates = movable(baik.length ? baik : outside);
          target = violation.rule.predikats[0]!;
        }
        if (candidates.length === 0) throw new Error(`demo appraisals: cannot fit ${opd.code} ${year}`);
        const better = (m: (typeof members)[number]) => RANK[target] < RANK[m.predikat];
        const pick = candidates.reduce((best, m) => {
          if (better(m) !== better(best)) return better(m) ? m : best;
          return better(m) ? (m.y > best.y ? m : best) : m.y < best.y ? m : best;
        });
        pick.predikat = target;
        fixedOne = true;
        break;
      }
      if (!fixedOne) break;
    }
    rows.distribution[year] = countPredikats(entries.map((e) => e.predikat));

    for (const e of entries) {
      const { p, start, post } = e;
      const r = rng(p);
      const end = dateOnly(year, 12, 31);
      const submitted = wib(later(addDays(start, 9), dateOnly(year, 1, 10)), 9, r.int(0, 59));
      const skp = addSkp(p, year, {
        start, end, post, raterId: p.supervisorId!, status: "AGREED", submittedAt: submitted, agreedAt: wib(addDays(submitted, r.int(2, 8)), 14), resultCount: r.int(2, 4),
      });
      const periods = evaluationPeriods("QUARTERLY", start, end);
      for (const period of periods.filter((x) => x.kind === "PERIODIC")) {
        const rated = rate(quarterPredikat(e.predikat, r, e.y), skp.resultIds.length, r, e.y);
        const self = wib(addDays(period.end, r.int(2, 6)), 10);
        addEvaluation(skp, period, "ACKNOWLEDGED", rated, { self, rated: wib(addDays(period.end, r.int(8, 12)), 13), ack: wib(addDays(period.end, r.int(13, 16)), 8) });
      }
      const annualPeriod = periods.find((x) => x.kind === "ANNUAL")!;
      const rated = rate(e.predikat, skp.resultIds.length, r, e.y);
      const released = releaseOf(post.unitId, year);
      const appealed = year === 2025 && e.predikat === "BAIK" && rows.appeals.length === 0 && !fixed.has(p.nip) && skp.raterRaterId !== null && r.chance(0.05);
      const evaluationId = addEvaluation(skp, annualPeriod, appealed ? "FINAL" : "ACKNOWLEDGED", rated, {
        self: wib(dateOnly(year + 1, 1, r.int(3, 8)), 9),
        rated: wib(dateOnly(year + 1, 1, r.int(12, 20)), 14),
        released,
        ack: appealed ? undefined : wib(addDays(released, r.int(1, 6)), 9),
      });
      if (appealed) {
        rows.appeals.push({
          evaluationId,
          employeeId: p.id,
          deciderId: skp.raterRaterId!,
          reason: "Saya keberatan dengan predikat Baik karena seluruh RHK tercapai di atas target dan ada inovasi layanan yang sudah diterapkan unit.",
          filedAt: wib(addDays(released, 6), 10),
          decision: "UPHELD",
          decisionReason: "Capaian di atas target hanya pada satu dari tiga RHK; perilaku kerja sesuai ekspektasi. Predikat Baik dipertahankan.",
          previousPredikat: rated.predikat,
          decidedAt: wib(addDays(released, 15), 11),
        });
      }
      rows.annual.push({ employeeId: p.id, year, predikat: rated.predikat, legacyScore: null, evaluationId, unitId: post.unitId, updatedAt: released });
      if (post.type === "FUNGSIONAL" && post.functionalLevel) {
        const months = monthsCovered(start, end);
        rows.credits.push({
          employeeId: p.id,
          appraisalId: skp.id,
          year,
          functionalLevel: post.functionalLevel,
          months,
          predikat: rated.predikat,
          percentage: PREDIKAT_PERCENT[rated.predikat],
          coefficient: CREDIT_TABLE[post.functionalLevel].coefficient,
          credit: annualCredit(months, rated.predikat, post.functionalLevel),
          createdAt: released,
        });
      }
    }
  }

  // ── 2026: the current year as of DEMO_APPRAISAL_DATE ──
  const year = CURRENT_YEAR;
  const state = new Map<number, State2026>();
  const supervisor = people.find((p) => p.nip === supervisorNip)!;
  const scripted: State2026[] = ["FULL", "Q3_RATED", "Q3_SELF", "SUBMITTED", "RETURNED", "SPLIT", "DRAFT"];
  const team = (reportsOf.get(supervisor.id) ?? []).filter((p) => p.nip !== staffNip).sort((a, b) => a.id - b.id);
  team.forEach((p, i) => state.set(p.id, scripted[i % scripted.length]!));
  for (const p of ratees) {
    if (p.nip === staffNip) state.set(p.id, "NONE");
    if (state.has(p.id)) continue;
    const r = rng(p);
    const leads = reportsOf.has(p.id);
    if (fixed.has(p.nip)) state.set(p.id, "FULL");
    else if (isAfter(p.serviceStart, dateOnly(year, 6, 30))) state.set(p.id, r.chance(0.5) ? "SUBMITTED" : "DRAFT");
    else {
      const roll = r.next();
      const pickState: State2026 =
        roll < 0.7 ? "FULL" : roll < 0.8 ? "Q3_RATED" : roll < 0.88 ? "Q3_SELF" : roll < 0.92 ? "Q3_NONE" : roll < 0.96 ? "SUBMITTED" : "DRAFT";
      state.set(p.id, leads && (pickState === "SUBMITTED" || pickState === "DRAFT") ? "FULL" : pickState);
    }
  }

  const q3Selfs: { evaluationId: number; skp: Skp }[] = [];
  const q3Rated: { evaluationId: number; skp: Skp }[] = [];
  const yearEnd = dateOnly(year, 12, 31);
  for (const p of ratees) {
    const r = rng(p);
    const start = yearStart(p, year)!;
    // A split needs a first half: someone who joined after May falls back to one SKP.
    const s = state.get(p.id) === "SPLIT" && isAfter(start, dateOnly(year, 5, 31)) ? "FULL" : state.get(p.id)!;
    if (s === "NONE") continue;
    const post = posts.get(p.positionId)!;
    const y = yOf(p, year);
    const resultCount = r.int(2, 4);
    const submitted = wib(later(addDays(start, 9), dateOnly(year, 1, 12)), 10, r.int(0, 59));
    if (s === "DRAFT" || s === "SUBMITTED" || s === "RETURNED") {
      const late = wib(addDays(DEMO_APPRAISAL_DATE, -r.int(3, 12)), 10);
      addSkp(p, year, {
        start, end: yearEnd, post, raterId: p.supervisorId!, resultCount: s === "DRAFT" ? 2 : resultCount,
        status: s === "SUBMITTED" ? "SUBMITTED" : "DRAFT",
        submittedAt: s === "SUBMITTED" ? late : null,
        agreedAt: null,
        returnComment: s === "RETURNED" ? "RHK kedua belum mendukung RHK atasan; mohon target kuantitas disesuaikan dengan beban kerja subbidang lalu ajukan kembali." : undefined,
      });
      continue;
    }
    const plans: { skp: Skp; quarters: number[] }[] = [];
    if (s === "SPLIT") {
      const previous = splitRater(p);
      const firstHalf = addSkp(p, year, {
        start, end: dateOnly(year, 6, 30), post, raterId: previous.id, status: "CLOSED", submittedAt: submitted, agreedAt: wib(addDays(submitted, 4), 14),
        closedAt: wib(dateOnly(year, 7, 1), 8), closedReason: "Pejabat penilai berganti: dipindahkan ke subbidang lain mulai 1 Juli 2026.", resultCount,
      });
      plans.push({ skp: firstHalf, quarters: [1, 2] });
      const secondStart = dateOnly(year, 7, 1);
      const second = addSkp(p, year, {
        start: secondStart, end: yearEnd, post, raterId: p.supervisorId!, status: "AGREED", submittedAt: wib(dateOnly(year, 7, 6), 9), agreedAt: wib(dateOnly(year, 7, 9), 15), resultCount,
      });
      plans.push({ skp: second, quarters: [3] });
    } else {
      const skp = addSkp(p, year, { start, end: yearEnd, post, raterId: p.supervisorId!, status: "AGREED", submittedAt: submitted, agreedAt: wib(addDays(submitted, r.int(2, 8)), 14), resultCount });
      plans.push({ skp, quarters: [1, 2, 3] });
    }
    const basePredikat = predikatOf(y);
    for (const { skp, quarters } of plans) {
      const periods = evaluationPeriods("QUARTERLY", skp.start, skp.end).filter((x) => x.kind === "PERIODIC" && quarters.includes(x.periodNo));
      for (const period of periods) {
        const last = period.periodNo === 3;
        const evalState: EvalState | null = !last || s === "FULL" || s === "SPLIT" ? "ACKNOWLEDGED" : s === "Q3_RATED" ? "RATED" : s === "Q3_SELF" ? "SELF_ASSESSED" : null;
        if (!evalState) continue;
        const rated = rate(quarterPredikat(basePredikat, r, y), skp.resultIds.length, r, y);
        const self = wib(addDays(period.end, r.int(2, 9)), 10);
        const ratedAt = evalState === "RATED" ? wib(addDays(DEMO_APPRAISAL_DATE, -r.int(2, 10)), 14) : wib(addDays(period.end, r.int(8, 12)), 13);
        const id = addEvaluation(skp, period, evalState, evalState === "SELF_ASSESSED" ? null : rated, {
          self, rated: ratedAt, ack: evalState === "ACKNOWLEDGED" ? wib(addDays(period.end, r.int(13, 16)), 8) : undefined,
        });
        if (last && evalState === "SELF_ASSESSED") q3Selfs.push({ evaluationId: id, skp });
        if (last && evalState !== "SELF_ASSESSED") q3Rated.push({ evaluationId: id, skp });
      }
      // Realisations and dialog kinerja on the supervisor's team and on about a third of the others.
      const documented = skp.raterId === supervisor.id || p.id === supervisor.id || fixed.has(p.nip) || r.chance(0.3);
      if (!documented) continue;
      for (const { id: indicatorId, spec } of skp.indicators) {
        const times = r.int(1, 2);
        for (let k = 0; k < times; k += 1) {
          const quarter = quarters[r.int(0, quarters.length - 1)]!;
          const date = dateOnly(year, quarter * 3, r.int(5, 25));
          if (isBefore(date, skp.start)) continue;
          rows.realizations.push({
            indicatorId,
            date,
            value: realisedValue(spec, r, quarter),
            text: r.pick(REALIZATION_TEXTS),
            link: `https://dokumen.jambiprov.example/skp/${year}/${p.nip}/${indicatorId}-${k + 1}`,
            createdAt: wib(addDays(date, 1), 11),
          });
        }
      }
      const noteCount = r.int(1, 3);
      for (let k = 0; k < noteCount; k += 1) {
        const byRater = k % 2 === 0;
        const date = dateOnly(year, [4, 7, 10][k % 3]!, r.int(15, 28));
        if (isBefore(date, skp.start)) continue;
        rows.notes.push({
          appraisalId: skp.id,
          authorId: byRater ? skp.raterId : p.id,
          date,
          text: byRater ? r.pick(RATER_NOTES) : r.pick(EMPLOYEE_NOTES),
          createdAt: wib(date, 15),
        });
      }
    }
  }

  // 360 input: pending (deadline ahead, also when the demo is seeded later), answered, one overdue.
  const feedbackRng = createRng(hashSeed("jenjang-demo-appraisal/360"));
  const futureDeadline = later(dateOnly(2026, 12, 4), addDays(input.today, 10));
  const peersOf = (skp: Skp) =>
    [...(reportsOf.get(skp.raterId) ?? []), ...(reportsOf.get(skp.person.id) ?? [])].filter((x) => x.id !== skp.person.id).sort((a, b) => a.id - b.id);
  const staff = people.find((p) => p.nip === staffNip);
  const ask = (target: { evaluationId: number; skp: Skp }, respondents: readonly DemoPerson[], kind: "PENDING" | "OVERDUE" | "ANSWERED") => {
    for (const respondent of respondents) {
      if (rows.feedbackRequests.some((f) => f.evaluationId === target.evaluationId && f.respondentId === respondent.id)) continue;
      const id = nextId("feedback_requests");
      // Answered input came in before the Q3 rating (from 8 October); the others wait on it.
      const deadline = kind === "PENDING" ? futureDeadline : kind === "OVERDUE" ? dateOnly(2026, 11, 16) : dateOnly(2026, 10, 10);
      rows.feedbackRequests.push({
        id, evaluationId: target.evaluationId, respondentId: respondent.id, deadline,
        answeredAt: kind === "ANSWERED" ? wib(dateOnly(2026, 10, feedbackRng.int(1, 7)), 11) : null,
        createdAt: wib(addDays(deadline, -14), 9),
      });
      if (kind !== "ANSWERED") continue;
      for (const value of CORE_VALUE_ORDER) {
        const rating: Rating = feedbackRng.chance(0.25) ? "DI_ATAS" : feedbackRng.chance(0.05) ? "DI_BAWAH" : "SESUAI";
        rows.feedbackAnswers.push({ requestId: id, value, rating, comment: rating !== "SESUAI" || feedbackRng.chance(0.2) ? feedbackRng.pick(FEEDBACK_COMMENTS) : null });
      }
    }
  };
  const onTeam = (list: typeof q3Selfs) => list.filter((x) => x.skp.raterId === supervisor.id);
  const elsewhere = (list: typeof q3Selfs) => list.filter((x) => x.skp.raterId !== supervisor.id);
  const teamSelf = onTeam(q3Selfs)[0];
  if (teamSelf) {
    const peers = peersOf(teamSelf.skp);
    ask(teamSelf, [...(staff ? [staff] : []), ...peers.filter((x) => x !== staff).slice(0, 1)], "PENDING");
    ask(teamSelf, peers.filter((x) => x !== staff).slice(1, 2), "OVERDUE");
  }
  const teamRated = onTeam(q3Rated).slice(0, 2);
  for (const target of teamRated) ask(target, peersOf(target.skp).slice(0, 2), "ANSWERED");
  for (const target of elsewhere(q3Selfs).slice(0, 2)) ask(target, peersOf(target.skp).slice(0, 2), "PENDING");
  for (const target of elsewhere(q3Rated).filter((_, i) => i % 17 === 3).slice(0, 2)) ask(target, peersOf(target.skp).slice(0, 3), "ANSWERED");

  return rows;

  /** The mid-year split's first rater: another head of the same kind in the OPD, else the rater's rater. */
  function splitRater(p: DemoPerson): DemoPerson {
    const current = supervisorOf(p);
    const currentPost = posts.get(current.positionId)!;
    const opd = unitOf(currentPost.unitId).path[1];
    const other = people.find(
      (x) => x.id !== current.id && x.id !== p.id && reportsOf.has(x.id) && posts.get(x.positionId)!.type === currentPost.type && unitOf(posts.get(x.positionId)!.unitId).path[1] === opd,
    );
    return other ?? (current.supervisorId !== null ? byId.get(current.supervisorId)! : current);
  }
}

/** A plausible realised value for a numeric target by the end of `quarter`; none for qualitative ones. */
function realisedValue(spec: IndicatorSpec, rng: Rng, quarter: number): number | null {
  if (spec.value === undefined) return null;
  if (spec.kind === "KUANTITAS") return Math.max(1, Math.round((spec.value * quarter) / 4 * (0.85 + rng.next() * 0.3)));
  if (spec.kind === "KUALITAS") return Math.min(100, Math.round(spec.value * (0.95 + rng.next() * 0.08) * 100) / 100);
  return Math.max(1, Math.round(spec.value * (0.7 + rng.next() * 0.4)));
}

/** The share of each predikat, for logs: "SANGAT_BAIK 21% · BAIK 70% …". */
export function describeDistribution(counts: Record<Predikat, number>): string {
  const total = PREDIKATS.reduce((sum, p) => sum + counts[p], 0) || 1;
  return PREDIKATS.map((p) => `${p} ${Math.round((counts[p] * 100) / total)}%`).join(" · ");
}
