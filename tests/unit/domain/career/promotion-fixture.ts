import type { KpInput } from "@/lib/domain/career/promotion";
import { d, rankId } from "./fixtures";

/**
 * A PNS pelaksana, S1, III/b since 1 February 2022, Baik in 2024 and 2025, no sanctions, screened
 * on 15 January 2026: the coming KP period is 1 February 2026 (monthly era) and he is due then.
 */
export function kpInput(overrides: Partial<KpInput> = {}): KpInput {
  return {
    status: "PNS",
    rankId: rankId("III/b"),
    rankTmt: d("2022-02-01"),
    educationLevel: "S1",
    positionType: "PELAKSANA",
    functionalLevel: null,
    predikats: [
      { year: 2024, predikat: "BAIK" },
      { year: 2025, predikat: "BAIK" },
    ],
    sanctions: [],
    creditInRank: 0,
    asOf: d("2026-01-15"),
    ...overrides,
  };
}

/** Baik in every year of the range, both ends included. */
export const baikFrom = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, predikat: "BAIK" as const }));
