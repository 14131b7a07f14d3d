import { rankByCode } from "@/lib/domain/ranks";

/** A date-only value (UTC midnight) from "YYYY-MM-DD". */
export const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/** "YYYY-MM-DD" of a date-only value, or null. */
export const iso = (date: Date | null) => (date === null ? null : date.toISOString().slice(0, 10));

export const rankId = (code: string) => {
  const rank = rankByCode(code);
  if (!rank) throw new Error(`unknown rank ${code}`);
  return rank.id;
};
