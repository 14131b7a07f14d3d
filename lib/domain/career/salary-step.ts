// Kenaikan gaji berkala (KGB): a salary step every 2 years.
//
// The real KGB counts masa kerja golongan (service credited to the current golongan, which can
// differ from the time since appointment: a move from golongan II to III resets part of it, and
// honorarium years may be added by SK). The product does not keep masa kerja golongan, so it
// approximates it by the TMT CPNS: the steps fall on every second anniversary of appointment. HR's
// KGB decision letter stays the authority; this only tells a person when to expect the next one.

import { assertDateOnly } from "../appraisal/calendar";
import { addYears } from "../dates";

export const KGB_INTERVAL_YEARS = 2;

/**
 * The first serviceStart + 2k years (k >= 1) strictly after asOf, computed from serviceStart each
 * time with addYears' rule, so a 29 February start steps on 28 February in common years and back
 * on 29 February in leap years. An asOf before the start gives the first step.
 */
export function nextSalaryStep(serviceStart: Date, asOf: Date): Date {
  assertDateOnly(serviceStart, "serviceStart");
  assertDateOnly(asOf, "asOf");
  const elapsedYears = asOf.getUTCFullYear() - serviceStart.getUTCFullYear();
  // Start two steps short of the estimate so the loop runs at most a few times, never from zero.
  let k = Math.max(1, Math.floor(elapsedYears / KGB_INTERVAL_YEARS) - 1);
  let step = addYears(serviceStart, k * KGB_INTERVAL_YEARS);
  while (step.getTime() <= asOf.getTime()) {
    k += 1;
    step = addYears(serviceStart, k * KGB_INTERVAL_YEARS);
  }
  return step;
}
