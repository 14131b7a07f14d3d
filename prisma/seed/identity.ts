// Identity numbers and contact details of generated people. NIPs come from lib/domain/nip.ts
// buildNip; the registry keeps them unique across a data set (and against what a database holds).
import { buildNip } from "../../lib/domain/nip";
import type { Gender } from "../../lib/domain/people";
import { normalizeSearch } from "../../lib/domain/search";
import type { Rng } from "./random";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

function ymd(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1, 2)}${pad(date.getUTCDate(), 2)}`;
}

export type SequenceRange = readonly [number, number];

/** Demo people use sequences below 300, factories 300–499, the scale generator 500–999. */
export const DEMO_SEQUENCES: SequenceRange = [10, 299];
export const FACTORY_SEQUENCES: SequenceRange = [300, 499];
export const SCALE_SEQUENCES: SequenceRange = [500, 999];

export class NipRegistry {
  private readonly used: Set<string>;

  constructor(existing: Iterable<string> = []) {
    this.used = new Set(existing);
  }

  has(nip: string): boolean {
    return this.used.has(nip);
  }

  /** Claims a specific NIP (fixed demo accounts); throws when it is taken. */
  claim(nip: string): string {
    if (this.used.has(nip)) throw new Error(`NIP ${nip} is already used`);
    this.used.add(nip);
    return nip;
  }

  /**
   * A PNS NIP for these facts. The sequence starts at `preferred` (or the range start) and moves on
   * past taken ones; null when the whole range is taken for this birth date, TMT and gender.
   */
  pns(facts: { birthDate: Date; serviceStart: Date; gender: Gender }, range: SequenceRange, preferred?: number): string | null {
    const size = range[1] - range[0] + 1;
    const first = preferred !== undefined && preferred >= range[0] && preferred <= range[1] ? preferred : range[0];
    for (let i = 0; i < size; i += 1) {
      const sequence = range[0] + ((first - range[0] + i) % size);
      const nip = buildNip({ ...facts, sequence });
      if (!this.used.has(nip)) {
        this.used.add(nip);
        return nip;
      }
    }
    return null;
  }

  /**
   * NI PPPK: birth date, year of the first contract, "21" where a NIP has its TMT month (so it never
   * parses as a NIP), gender digit and sequence.
   */
  pppk(facts: { birthDate: Date; serviceStart: Date; gender: Gender }, range: SequenceRange, preferred?: number): string | null {
    const prefix = `${ymd(facts.birthDate)}${pad(facts.serviceStart.getUTCFullYear(), 4)}21${facts.gender === "MALE" ? 1 : 2}`;
    const size = range[1] - range[0] + 1;
    const first = preferred !== undefined && preferred >= range[0] && preferred <= range[1] ? preferred : range[0];
    for (let i = 0; i < size; i += 1) {
      const nip = `${prefix}${pad(range[0] + ((first - range[0] + i) % size), 3)}`;
      if (!this.used.has(nip)) {
        this.used.add(nip);
        return nip;
      }
    }
    return null;
  }
}

const MOBILE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0877", "0878", "0895"];

export function generatePhone(rng: Rng): string {
  return `${rng.pick(MOBILE_PREFIXES)}${pad(rng.int(0, 99_999_999), 8)}`;
}

/** Office address on the provincial domain; titles are left out, as in real mailboxes. */
export function officeEmail(name: string): string {
  return `${normalizeSearch(name).replace(/ /g, ".")}@jambiprov.go.id`;
}
