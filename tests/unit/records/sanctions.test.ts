import { describe, expect, it } from "vitest";
import { SANCTION_LEVELS } from "@/lib/domain/career/enums";
import { DEFAULT_BLOCKS_PROMOTION } from "@/lib/domain/career/sanctions";
import { SANCTION_KIND_SUGGESTIONS, suggestedMonths } from "@/lib/records/sanction-kinds";
import { blocksChoiceOf, resolveBlocks } from "@/lib/records/schemas";

describe("suggested kinds (PP 94/2021 Pasal 8)", () => {
  it("names the three kinds of every level", () => {
    for (const level of SANCTION_LEVELS) expect(SANCTION_KIND_SUGGESTIONS[level]).toHaveLength(3);
  });

  it.each([
    ["RINGAN", "Teguran lisan", null],
    ["RINGAN", "teguran  tertulis ", null],
    ["SEDANG", "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", 6],
    ["SEDANG", "pemotongan tunjangan kinerja sebesar 25% selama 9 bulan", 9],
    ["SEDANG", "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan", 12],
    ["BERAT", "Penurunan jabatan setingkat lebih rendah selama 12 bulan", 12],
    ["BERAT", "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", 12],
    ["BERAT", "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", null],
    // A kind of another level, or free text, has no fixed length.
    ["RINGAN", "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", null],
    ["SEDANG", "Sesuai SK Bupati", null],
  ] as const)("%s · %s → %s months", (level, kind, months) => {
    expect(suggestedMonths(level, kind)).toBe(months);
  });
});

describe("'blocks promotion' choice", () => {
  it.each(SANCTION_LEVELS.map((level) => [level] as const))("%s: DEFAULT follows the level, YES and NO are explicit, and a stored value maps back", (level) => {
    expect(resolveBlocks(level, "DEFAULT")).toBe(DEFAULT_BLOCKS_PROMOTION[level]);
    expect(resolveBlocks(level, "YES")).toBe(true);
    expect(resolveBlocks(level, "NO")).toBe(false);
    for (const stored of [true, false]) {
      const choice = blocksChoiceOf(level, stored);
      expect(choice === "DEFAULT").toBe(stored === DEFAULT_BLOCKS_PROMOTION[level]);
      expect(resolveBlocks(level, choice)).toBe(stored);
    }
  });
});
