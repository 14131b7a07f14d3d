// NIP (Nomor Induk Pegawai) of a PNS: YYYYMMDD birth date, YYYYMM TMT CPNS, gender digit
// (1 male, 2 female), 3-digit sequence. Errors are codes; the UI words them.
import { dateOnly, isRealDate } from "./dates";
import type { Gender } from "./people";

export type NipError =
  | "FORMAT"
  | "BIRTH_DATE"
  | "SERVICE_START"
  | "GENDER_DIGIT"
  | "SEQUENCE"
  | "SERVICE_TOO_EARLY"
  | "SERVICE_IN_FUTURE"
  | "BIRTH_DATE_MISMATCH"
  | "SERVICE_START_MISMATCH"
  | "GENDER_MISMATCH";

/** The fixed order validateNip reports errors in: the NIP's own fields first, then the record. */
export const NIP_ERRORS = [
  "FORMAT",
  "BIRTH_DATE",
  "SERVICE_START",
  "GENDER_DIGIT",
  "SEQUENCE",
  "SERVICE_TOO_EARLY",
  "SERVICE_IN_FUTURE",
  "BIRTH_DATE_MISMATCH",
  "SERVICE_START_MISMATCH",
  "GENDER_MISMATCH",
] as const satisfies readonly NipError[];

export type ParsedNip = {
  birthDate: Date;
  /** UTC midnight of the 1st of the TMT CPNS month. */
  serviceStartMonth: Date;
  gender: Gender;
  sequence: number;
};

export type NipRecord = { birthDate: Date; gender: Gender; serviceStart: Date; today: Date };

/** The NIP layout is only for people born from 1900 on; earlier years are typos, not pegawai. */
const MIN_BIRTH_YEAR = 1900;
/** No Indonesian civil service existed before independence, so an earlier TMT CPNS is a typo. */
const MIN_SERVICE_YEAR = 1945;
/** Minimum age on appointment as CPNS, counted in months (domain.md: at least 18 years). */
const MIN_SERVICE_AGE_MONTHS = 18 * 12;
const EIGHTEEN_DIGITS = /^[0-9]{18}$/;

type NipFields = {
  birthDate: Date | null;
  serviceStartMonth: Date | null;
  gender: Gender | null;
  sequence: number | null;
  errors: NipError[];
};

// All field errors at once, so a form can show every problem of a mistyped NIP in one go.
function readNipFields(nip: string): NipFields | null {
  if (!EIGHTEEN_DIGITS.test(nip)) return null;
  const digits = (from: number, to: number) => Number(nip.slice(from, to));
  const errors: NipError[] = [];

  const [by, bm, bd] = [digits(0, 4), digits(4, 6), digits(6, 8)];
  const birthOk = by >= MIN_BIRTH_YEAR && isRealDate(by, bm, bd);
  if (!birthOk) errors.push("BIRTH_DATE");

  const [sy, sm] = [digits(8, 12), digits(12, 14)];
  const serviceOk = sy >= MIN_SERVICE_YEAR && sm >= 1 && sm <= 12;
  if (!serviceOk) errors.push("SERVICE_START");

  const genderDigit = nip[14];
  const gender: Gender | null = genderDigit === "1" ? "MALE" : genderDigit === "2" ? "FEMALE" : null;
  if (!gender) errors.push("GENDER_DIGIT");

  const sequence = digits(15, 18);
  if (sequence === 0) errors.push("SEQUENCE");

  return {
    birthDate: birthOk ? dateOnly(by, bm, bd) : null,
    serviceStartMonth: serviceOk ? dateOnly(sy, sm, 1) : null,
    gender,
    sequence: sequence === 0 ? null : sequence,
    errors,
  };
}

/** Reads the fields of an 18-digit NIP; the first failing field is the error. */
export function parseNip(
  nip: string,
): { ok: true; value: ParsedNip } | { ok: false; error: NipError } {
  const fields = readNipFields(nip);
  if (!fields) return { ok: false, error: "FORMAT" };
  const { birthDate, serviceStartMonth, gender, sequence, errors } = fields;
  if (errors[0] || !birthDate || !serviceStartMonth || !gender || !sequence) {
    return { ok: false, error: errors[0] ?? "FORMAT" };
  }
  return { ok: true, value: { birthDate, serviceStartMonth, gender, sequence } };
}

function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/**
 * Every problem of a NIP against the employee record, in NIP_ERRORS order; empty means valid.
 * Uniqueness is the database's job (unique index), not this function's.
 * Age and future checks use the NIP's own month because the NIP is what gets printed on every SK;
 * a record that disagrees with it is reported separately as a mismatch.
 */
export function validateNip(nip: string, record: NipRecord): NipError[] {
  const fields = readNipFields(nip);
  if (!fields) return ["FORMAT"];
  const { birthDate, serviceStartMonth, gender, errors } = fields;
  if (birthDate && serviceStartMonth) {
    if (monthIndex(serviceStartMonth) < monthIndex(birthDate) + MIN_SERVICE_AGE_MONTHS) {
      errors.push("SERVICE_TOO_EARLY");
    }
  }
  if (serviceStartMonth && monthIndex(serviceStartMonth) > monthIndex(record.today)) {
    errors.push("SERVICE_IN_FUTURE");
  }
  if (birthDate && birthDate.getTime() !== dateOnlyOf(record.birthDate).getTime()) {
    errors.push("BIRTH_DATE_MISMATCH");
  }
  if (serviceStartMonth && monthIndex(serviceStartMonth) !== monthIndex(record.serviceStart)) {
    errors.push("SERVICE_START_MISMATCH");
  }
  if (gender && gender !== record.gender) errors.push("GENDER_MISMATCH");
  return errors;
}

// Tolerates a record date that carries a time part: only the calendar day is compared.
function dateOnlyOf(date: Date): Date {
  return dateOnly(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Composes a NIP (demo and scale data). Throws on a sequence outside 1..999. */
export function buildNip(input: {
  birthDate: Date;
  serviceStart: Date;
  gender: Gender;
  sequence: number;
}): string {
  const { birthDate, serviceStart, gender, sequence } = input;
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    throw new RangeError(`NIP sequence must be 1..999, got ${sequence}`);
  }
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return [
    pad(birthDate.getUTCFullYear(), 4),
    pad(birthDate.getUTCMonth() + 1, 2),
    pad(birthDate.getUTCDate(), 2),
    pad(serviceStart.getUTCFullYear(), 4),
    pad(serviceStart.getUTCMonth() + 1, 2),
    gender === "MALE" ? "1" : "2",
    pad(sequence, 3),
  ].join("");
}

/** NI PPPK has its own layout; only its shape (18 digits) is checked. */
export function validatePppkNumber(value: string): "FORMAT" | null {
  return EIGHTEEN_DIGITS.test(value) ? null : "FORMAT";
}

/**
 * A NIP prefix as a half-open range [gte, lt) so a plain btree index answers it without LIKE
 * (whose index use depends on the column's collation). `lt` is the prefix plus one with carry
 * ("1979" -> "1980", "199" -> "200"); a prefix of only nines has no upper bound. Null when the
 * prefix is not 1..18 digits.
 */
export function nipPrefixRange(prefix: string): { gte: string; lt?: string } | null {
  if (!/^[0-9]{1,18}$/.test(prefix)) return null;
  const lastNonNine = prefix.search(/[0-8]9*$/);
  if (lastNonNine === -1) return { gte: prefix };
  const bumped = String(Number(prefix[lastNonNine]) + 1);
  const lt = prefix.slice(0, lastNonNine) + bumped + "0".repeat(prefix.length - lastNonNine - 1);
  return { gte: prefix, lt };
}

/** Whether a search box entry is (part of) a NIP: digits only once spaces are dropped. */
export function looksLikeNipPrefix(query: string): boolean {
  return /^[0-9]+$/.test(query.replace(/\s+/g, ""));
}
