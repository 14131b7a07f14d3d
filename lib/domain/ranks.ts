// Pangkat/golongan ruang of PNS, lowest first. `id` is the position on the ladder and is also the
// primary key of the Rank table (seeded from this array), so comparing ids compares seniority.

export type RankGrade = 1 | 2 | 3 | 4;
export type RankRoom = "a" | "b" | "c" | "d" | "e";

export type RankDef = {
  readonly id: number;
  readonly code: string;
  readonly grade: RankGrade;
  readonly room: RankRoom;
  readonly name: string;
};

export const RANKS = [
  { id: 1, code: "I/a", grade: 1, room: "a", name: "Juru Muda" },
  { id: 2, code: "I/b", grade: 1, room: "b", name: "Juru Muda Tingkat I" },
  { id: 3, code: "I/c", grade: 1, room: "c", name: "Juru" },
  { id: 4, code: "I/d", grade: 1, room: "d", name: "Juru Tingkat I" },
  { id: 5, code: "II/a", grade: 2, room: "a", name: "Pengatur Muda" },
  { id: 6, code: "II/b", grade: 2, room: "b", name: "Pengatur Muda Tingkat I" },
  { id: 7, code: "II/c", grade: 2, room: "c", name: "Pengatur" },
  { id: 8, code: "II/d", grade: 2, room: "d", name: "Pengatur Tingkat I" },
  { id: 9, code: "III/a", grade: 3, room: "a", name: "Penata Muda" },
  { id: 10, code: "III/b", grade: 3, room: "b", name: "Penata Muda Tingkat I" },
  { id: 11, code: "III/c", grade: 3, room: "c", name: "Penata" },
  { id: 12, code: "III/d", grade: 3, room: "d", name: "Penata Tingkat I" },
  { id: 13, code: "IV/a", grade: 4, room: "a", name: "Pembina" },
  { id: 14, code: "IV/b", grade: 4, room: "b", name: "Pembina Tingkat I" },
  { id: 15, code: "IV/c", grade: 4, room: "c", name: "Pembina Utama Muda" },
  { id: 16, code: "IV/d", grade: 4, room: "d", name: "Pembina Utama Madya" },
  { id: 17, code: "IV/e", grade: 4, room: "e", name: "Pembina Utama" },
] as const satisfies readonly RankDef[];

/** "I/a" .. "IV/e": tables that name a rank (education caps, position minimums) are checked against it. */
export type RankCode = (typeof RANKS)[number]["code"];

export function rankById(id: number): RankDef | null {
  return RANKS.find((rank) => rank.id === id) ?? null;
}

export function rankByCode(code: string): RankDef | null {
  return RANKS.find((rank) => rank.code === code) ?? null;
}

/** For codes typed as RankCode the lookup cannot miss; a miss means this table was edited badly. */
export function rankOf(code: RankCode): RankDef {
  const rank = rankByCode(code);
  if (!rank) throw new Error(`Rank ${code} missing from RANKS`);
  return rank;
}

/** The next step of the ladder; IV/e (Pembina Utama) is the top and has none. */
export function nextRank(id: number): RankDef | null {
  return rankById(id) ? rankById(id + 1) : null;
}

/** Compares ladder positions (rank ids): negative when a is junior to b, 0 when equal. */
export function compareRanks(aId: number, bId: number): -1 | 0 | 1 {
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** "Penata Muda (III/a)", the way SK documents and DUK lists write a pangkat. */
export function rankLabel(rank: Pick<RankDef, "name" | "code">): string {
  return `${rank.name} (${rank.code})`;
}
