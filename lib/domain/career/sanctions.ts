// Hukuman disiplin and kenaikan pangkat. Each Sanction row carries its own `blocksPromotion` (HR
// may set it either way, e.g. when an SK says so explicitly); this is only the default by level.

import { assertDateOnly } from "../appraisal/calendar";
import type { SanctionLevel } from "./enums";

/**
 * PP 94/2021 (Disiplin PNS) Pasal 8 sets three levels:
 * - RINGAN: teguran lisan, teguran tertulis, pernyataan tidak puas secara tertulis. A reprimand
 *   with no effect on pay or rank, so it does not hold back a KP.
 * - SEDANG: tunjangan kinerja cut by 25% for 6, 9 or 12 months;
 * - BERAT: demotion one level or release to a pelaksana post for 12 months, or dismissal.
 * The KP requirements (the BKN rules on kenaikan pangkat, applied with Peraturan BKN 6/2022 on
 * carrying out PP 94/2021) ask that the PNS is "tidak sedang menjalani hukuman disiplin" of the
 * sedang or berat level, so those two block a KP for as long as they run. A pending keberatan or
 * banding against a sanction also withholds KP; HR records that on the row itself.
 */
export const DEFAULT_BLOCKS_PROMOTION: Record<SanctionLevel, boolean> = {
  RINGAN: false,
  SEDANG: true,
  BERAT: true,
};

export type SanctionPeriod = { startDate: Date; endDate: Date | null };

const DAY_MS = 86_400_000;

/** isActiveOn for a time in milliseconds (screening compares numbers, not Dates). */
export function isActiveAtTime(sanction: SanctionPeriod, time: number): boolean {
  return sanction.startDate.getTime() <= time && (sanction.endDate === null || sanction.endDate.getTime() >= time);
}

/**
 * Runs from startDate to endDate, both days included (a sanction "until 31 March" is still being
 * served on 31 March); endDate null = open-ended (e.g. until revoked).
 */
export function isActiveOn(sanction: SanctionPeriod, date: Date): boolean {
  assertDateOnly(date, "date");
  return isActiveAtTime(sanction, date.getTime());
}

/**
 * The first day (ms) from `time` on on which none of `sanctions` runs: the day after the latest end
 * of those running, following on through sanctions that overlap or adjoin them. Null when an
 * open-ended one is running on the way (never clear).
 */
export function clearFromTime(sanctions: readonly SanctionPeriod[], time: number): number | null {
  // One sweep in start order: while the next sanction has started by `day`, it either runs on
  // `day` (and pushes it past its end) or ended before; the first one starting later leaves a gap.
  const byStart = [...sanctions].sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  let day = time;
  for (const { startDate, endDate } of byStart) {
    if (startDate.getTime() > day) break;
    if (endDate === null) return null;
    if (endDate.getTime() >= day) day = endDate.getTime() + DAY_MS;
  }
  return day;
}

/** The day after the latest end before `time` (when the record last became clear), or null. */
export function clearSinceTime(sanctions: readonly SanctionPeriod[], time: number): number | null {
  let latest: number | null = null;
  for (const { endDate } of sanctions) {
    const end = endDate?.getTime();
    if (end !== undefined && end < time && (latest === null || end > latest)) latest = end;
  }
  return latest === null ? null : latest + DAY_MS;
}
