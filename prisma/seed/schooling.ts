// Education history and academic titles of a generated person. The ijazah at appointment sets the
// starting pangkat, so it is dated before the TMT CPNS; a degree earned in service is dated before
// the first promotion that its higher cap made regular.
import { addMonths, addYears, compareDates, dateOnly, daysInMonth, diffYearsMonths } from "../../lib/domain/dates";
import { regularRankCap, type EducationLevel } from "../../lib/domain/education";
import type { Gender } from "../../lib/domain/people";
import { degreesFor, institutionsFor, type Degree, type FamilyKey } from "./families";
import { REFERENCE_DATE, type Rng } from "./random";

export type EducationRow = {
  level: EducationLevel;
  institution: string;
  major: string | null;
  graduationDate: Date;
  certificateNo: string | null;
};

type Input = {
  family: FamilyKey;
  entry: EducationLevel;
  final: EducationLevel;
  birthDate: Date;
  serviceStart: Date;
  ranks: readonly { rankId: number; tmt: Date }[];
  hajj: boolean;
  gender: Gender;
  /** Degrees pinned by the caller (fixed accounts), so majors agree with printed titles. */
  degrees?: Partial<Record<EducationLevel, Degree>>;
};

export type Schooling = { level: EducationLevel; rows: EducationRow[]; front: string | null; back: string | null };

/** The schooling that usually comes right before a level, and how many years before. */
const PRIOR: Partial<Record<EducationLevel, { level: EducationLevel; years: readonly [number, number]; chance: number }>> = {
  D3: { level: "SMA", years: [3, 4], chance: 0.4 },
  D4: { level: "SMA", years: [4, 5], chance: 0.4 },
  S1: { level: "SMA", years: [4, 6], chance: 0.4 },
  S2: { level: "S1", years: [2, 5], chance: 0.7 },
  DOKTER: { level: "S1", years: [2, 2], chance: 1 },
  S3: { level: "S2", years: [3, 6], chance: 1 },
};

function dayIn(rng: Rng, month: Date): Date {
  const year = month.getUTCFullYear();
  const m = month.getUTCMonth() + 1;
  return dateOnly(year, m, rng.int(1, daysInMonth(year, m)));
}

function initials(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => word[0] ?? "")
    .join("")
    .toUpperCase()
    .slice(0, 6);
}

function row(rng: Rng, family: FamilyKey, level: EducationLevel, graduationDate: Date, degree: Degree): EducationRow {
  const institution = rng.pick(institutionsFor(level));
  const year = graduationDate.getUTCFullYear();
  return {
    level,
    institution,
    major: degree.major,
    graduationDate,
    certificateNo: rng.chance(0.9) ? `${initials(institution)}/${year}/${String(rng.int(1, 999_999)).padStart(6, "0")}` : null,
  };
}

export function buildEducation(rng: Rng, input: Input): Schooling {
  const { family, entry, birthDate, serviceStart } = input;
  const chosen = new Map<EducationLevel, Degree>(Object.entries(input.degrees ?? {}) as [EducationLevel, Degree][]);
  const degree = (level: EducationLevel) => {
    const found = chosen.get(level) ?? rng.pick(degreesFor(family, level));
    chosen.set(level, found);
    return found;
  };
  const adult = addYears(birthDate, 17);
  let entryDate = dayIn(rng, addMonths(serviceStart, -rng.int(3, 30)));
  if (compareDates(entryDate, adult) < 0) entryDate = addMonths(serviceStart, -2);
  const rows: EducationRow[] = [];

  let final = input.final;
  let finalDate: Date | null = null;
  if (final !== entry) {
    // Studied further in service: graduate before the first step above the old ijazah's cap.
    const cap = regularRankCap(entry).id;
    const blocking = input.ranks.find((rank) => rank.rankId > cap)?.tmt ?? REFERENCE_DATE;
    const lower = addMonths(serviceStart, 12);
    const upper = [addMonths(blocking, -1), addMonths(REFERENCE_DATE, -3)].sort(compareDates)[0]!;
    const span = compareDates(upper, lower) >= 0 ? diffYearsMonths(lower, upper) : null;
    if (span) finalDate = dayIn(rng, addMonths(lower, rng.int(0, span.years * 12 + span.months)));
    else final = entry;
  }

  const prior = PRIOR[entry];
  if (!finalDate && prior && rng.chance(prior.chance)) {
    const date = dayIn(rng, addMonths(entryDate, -12 * rng.int(...prior.years) - rng.int(0, 3)));
    if (compareDates(date, adult) >= 0) rows.push(row(rng, family, prior.level, date, degree(prior.level)));
  }
  rows.push(row(rng, family, entry, entryDate, degree(entry)));
  if (finalDate && final !== entry) rows.push(row(rng, family, final, finalDate, degree(final)));

  const titles = titlesFor(final, degree);
  const age = diffYearsMonths(birthDate, REFERENCE_DATE).years;
  const hajj = input.hajj && age >= 40 && rng.chance(0.2) ? (input.gender === "MALE" ? "H." : "Hj.") : null;
  const front = [titles.front, hajj].filter(Boolean).join(" ") || null;
  return { level: final, rows, front, back: titles.back };
}

/** Gelar as printed: "dr." and "Dr." in front, the degree titles (S1 first) behind the name. */
function titlesFor(level: EducationLevel, degree: (level: EducationLevel) => Degree): { front: string | null; back: string | null } {
  const join = (...levels: EducationLevel[]) =>
    levels
      .map((l) => degree(l).title)
      .filter(Boolean)
      .join(", ") || null;
  switch (level) {
    case "S3":
      return { front: "Dr.", back: join("S1", "S2") };
    case "S2":
      return { front: null, back: join("S1", "S2") };
    case "DOKTER":
      return { front: "dr.", back: null };
    case "D3":
    case "D4":
    case "S1":
    case "APOTEKER":
      return { front: null, back: join(level) };
    default:
      return { front: null, back: null };
  }
}
