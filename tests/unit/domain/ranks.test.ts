import { describe, expect, it } from "vitest";
import {
  RANKS,
  compareRanks,
  nextRank,
  rankByCode,
  rankById,
  rankLabel,
  rankOf,
} from "@/lib/domain/ranks";

// domain.md, lowest to highest.
const LADDER: [number, string, number, string, string][] = [
  [1, "I/a", 1, "a", "Juru Muda"],
  [2, "I/b", 1, "b", "Juru Muda Tingkat I"],
  [3, "I/c", 1, "c", "Juru"],
  [4, "I/d", 1, "d", "Juru Tingkat I"],
  [5, "II/a", 2, "a", "Pengatur Muda"],
  [6, "II/b", 2, "b", "Pengatur Muda Tingkat I"],
  [7, "II/c", 2, "c", "Pengatur"],
  [8, "II/d", 2, "d", "Pengatur Tingkat I"],
  [9, "III/a", 3, "a", "Penata Muda"],
  [10, "III/b", 3, "b", "Penata Muda Tingkat I"],
  [11, "III/c", 3, "c", "Penata"],
  [12, "III/d", 3, "d", "Penata Tingkat I"],
  [13, "IV/a", 4, "a", "Pembina"],
  [14, "IV/b", 4, "b", "Pembina Tingkat I"],
  [15, "IV/c", 4, "c", "Pembina Utama Muda"],
  [16, "IV/d", 4, "d", "Pembina Utama Madya"],
  [17, "IV/e", 4, "e", "Pembina Utama"],
];

describe("RANKS", () => {
  it("has the 17 steps in ladder order", () => {
    expect(RANKS.map((rank) => [rank.id, rank.code, rank.grade, rank.room, rank.name])).toEqual(LADDER);
  });

  it.each(LADDER)("%i is %s (golongan %i ruang %s) %s", (id, code, grade, room, name) => {
    const expected = { id, code, grade, room, name };
    expect(rankById(id)).toEqual(expected);
    expect(rankByCode(code)).toEqual(expected);
  });

  it.each([0, 18, -1, 1.5])("rankById(%s) is null", (id) => {
    expect(rankById(id)).toBeNull();
  });

  it.each(["III/A", "iii/a", "III-a", "IV/f", ""])("rankByCode(%j) is null", (code) => {
    expect(rankByCode(code)).toBeNull();
  });

  it("rankOf finds a typed code", () => {
    expect(rankOf("IV/a").id).toBe(13);
  });
});

describe("nextRank", () => {
  it.each(LADDER.slice(0, -1).map((row, i) => [row[1], LADDER[i + 1]?.[1]]))(
    "after %s comes %s",
    (code, nextCode) => {
      const rank = rankByCode(code as string);
      expect(rank && nextRank(rank.id)?.code).toBe(nextCode);
    },
  );

  it("IV/e has no next rank", () => {
    expect(nextRank(17)).toBeNull();
  });

  it.each([0, 18])("an unknown id %i has no next rank", (id) => {
    expect(nextRank(id)).toBeNull();
  });
});

describe("compareRanks", () => {
  it.each([
    [9, 10, -1],
    [10, 9, 1],
    [13, 13, 0],
    [4, 5, -1],
  ])("compareRanks(%i, %i) = %i", (a, b, expected) => {
    expect(compareRanks(a, b)).toBe(expected);
  });
});

describe("rankLabel", () => {
  it.each([
    [9, "Penata Muda (III/a)"],
    [1, "Juru Muda (I/a)"],
    [17, "Pembina Utama (IV/e)"],
    [6, "Pengatur Muda Tingkat I (II/b)"],
  ])("rank %i reads %s", (id, label) => {
    const rank = rankById(id);
    expect(rank && rankLabel(rank)).toBe(label);
  });
});
