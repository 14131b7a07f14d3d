import { describe, expect, it } from "vitest";
import { PREDIKATS } from "@/lib/domain/predikat";
import { assessPromotion } from "@/lib/domain/career/promotion";
import { d } from "./fixtures";
import { kpInput } from "./promotion-fixture";

/** An array that counts how often an element is read, to show the work grows linearly. */
function counted<T>(items: T[]): { items: readonly T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}

// A round screens every PNS of a province (tens of thousands) in one go, so one assessment must do
// a bounded amount of work per record: each predikat and each sanction is read a fixed number of
// times, however long the history, and the 24-period search never rescans it.
describe("assessPromotion: work per call", () => {
  it.each([10, 1_000, 20_000])("reads each of %i predikats and sanctions a bounded number of times", (n) => {
    const predikats = counted(
      Array.from({ length: n }, (_, i) => ({ year: 1800 + (i % 200), predikat: PREDIKATS[i % PREDIKATS.length] ?? "BAIK" })),
    );
    const sanctions = counted(
      Array.from({ length: n }, (_, i) => ({
        startDate: d("2000-01-01"),
        endDate: d("2000-01-02"),
        blocksPromotion: i % 2 === 0,
      })),
    );
    // Predikats only up to 1999: the search runs all 24 periods.
    const result = assessPromotion(kpInput({ predikats: predikats.items, sanctions: sanctions.items }));
    expect(result.eligibleOn).toBeNull();
    expect(predikats.reads()).toBeLessThanOrEqual(n);
    expect(sanctions.reads()).toBeLessThanOrEqual(n);
  });
});
