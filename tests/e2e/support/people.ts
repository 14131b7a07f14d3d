import { buildNip } from "../../../lib/domain/nip";

// Data that two parallel workers (and a rerun on the same database) never share: every spec that
// writes builds its own NIP and name here instead of touching the five demo accounts.

const randomInt = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));

const pad = (n: number) => String(n).padStart(2, "0");

/** YYYY-MM-DD, as a date input takes it. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A pronounceable random word, so searches by name find exactly one person. */
export function randomWord(length = 8): string {
  const consonants = "bcdfghjklmnprstwy";
  const vowels = "aeiou";
  let word = "";
  for (let i = 0; i < length; i += 1) {
    const pool = i % 2 === 0 ? consonants : vowels;
    word += pool[randomInt(0, pool.length - 1)];
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export type Gender = "MALE" | "FEMALE";

/** The identity facts of a made-up PNS whose NIP agrees with them (lib/domain/nip.ts). */
export type NewPerson = {
  name: string;
  nip: string;
  gender: Gender;
  birthDate: string;
  /** TMT CPNS, the first of a month, at least 18 years after birth and in the past. */
  serviceStart: string;
  password: string;
};

export function newPerson(gender: Gender = "MALE"): NewPerson {
  const birthYear = randomInt(1980, 1996);
  const birthMonth = randomInt(1, 12);
  const birthDay = randomInt(1, 28);
  const serviceYear = randomInt(birthYear + 23, Math.min(birthYear + 28, 2022));
  const serviceMonth = randomInt(1, 12);
  const nip = buildNip({
    birthDate: new Date(Date.UTC(birthYear, birthMonth - 1, birthDay)),
    serviceStart: new Date(Date.UTC(serviceYear, serviceMonth - 1, 1)),
    gender,
    sequence: randomInt(100, 999),
  });
  return {
    // "Uji" sorts after the seeded names on the directory's first pages.
    name: `Uji ${randomWord()} ${randomWord(6)}`,
    nip,
    gender,
    birthDate: isoDate(birthYear, birthMonth, birthDay),
    serviceStart: isoDate(serviceYear, serviceMonth, 1),
    password: `Uji#${randomWord(6)}${randomInt(10, 99)}`,
  };
}

/** An 18-digit NIP that belongs to nobody (random birth date and sequence; never seeded). */
export function unknownNip(): string {
  return newPerson(Math.random() < 0.5 ? "MALE" : "FEMALE").nip;
}

/** Adds years to a YYYY-MM-DD date (the day stays; callers use days ≤ 28). */
export function shiftYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return isoDate(y + years, m, d);
}
