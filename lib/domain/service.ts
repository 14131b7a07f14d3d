// Masa kerja (length of service) from TMT CPNS, in complete years and months.
import { diffYearsMonths, isBefore, type YearsMonths } from "./dates";

/** Zero before the service starts (a TMT later than asOf), rather than a negative span. */
export function serviceLength(serviceStart: Date, asOf: Date): YearsMonths {
  if (isBefore(asOf, serviceStart)) return { years: 0, months: 0 };
  return diffYearsMonths(serviceStart, asOf);
}
