import type { SanctionLevel } from "@/lib/domain/career/enums";

// Jenis hukuman disiplin per tingkat, worded as PP 94/2021 Pasal 8 words them. They are suggestions
// for the free-text `kind` (an SK may word it otherwise, and older SKs follow PP 53/2010), so they
// live here as data for the form, not as an enum. `months` is the length the regulation fixes.

export type SanctionKindSuggestion = { text: string; months: number | null };

export const SANCTION_KIND_SUGGESTIONS: Record<SanctionLevel, readonly SanctionKindSuggestion[]> = {
  RINGAN: [
    { text: "Teguran lisan", months: null },
    { text: "Teguran tertulis", months: null },
    { text: "Pernyataan tidak puas secara tertulis", months: null },
  ],
  SEDANG: [
    { text: "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan", months: 6 },
    { text: "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan", months: 9 },
    { text: "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan", months: 12 },
  ],
  BERAT: [
    { text: "Penurunan jabatan setingkat lebih rendah selama 12 bulan", months: 12 },
    { text: "Pembebasan dari jabatannya menjadi jabatan pelaksana selama 12 bulan", months: 12 },
    { text: "Pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS", months: null },
  ],
};

/** The regulation's length of a suggested kind typed exactly (case and spacing aside), else null. */
export function suggestedMonths(level: SanctionLevel, kind: string): number | null {
  const wanted = kind.trim().replace(/\s+/g, " ").toLowerCase();
  return SANCTION_KIND_SUGGESTIONS[level].find((s) => s.text.toLowerCase() === wanted)?.months ?? null;
}
