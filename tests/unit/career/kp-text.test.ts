import { describe, expect, it } from "vitest";
import { jenjangConditionText, kpConditionText, spanText } from "@/lib/career/kp-text";
import { assessNextLevel } from "@/lib/domain/career/jenjang";
import { assessPromotion, type KpInput } from "@/lib/domain/career/promotion";
import { parseIsoDate } from "@/lib/domain/dates";

const d = (iso: string) => parseIsoDate(iso)!;
const ASOF = d("2026-11-23");

const base: KpInput = {
  status: "PNS",
  rankId: 9,
  rankTmt: d("2022-01-01"),
  educationLevel: "S1",
  positionType: "PELAKSANA",
  functionalLevel: null,
  predikats: [
    { year: 2024, predikat: "BAIK" },
    { year: 2025, predikat: "SANGAT_BAIK" },
  ],
  sanctions: [],
  creditInRank: 0,
  asOf: ASOF,
};

function sentences(input: Partial<KpInput>): Record<string, string> {
  const result = assessPromotion({ ...base, ...input });
  const context = { asOf: ASOF, educationLevel: input.educationLevel ?? base.educationLevel };
  return Object.fromEntries(result.conditions.map((condition) => [condition.code, kpConditionText(condition, context)]));
}

describe("kpConditionText", () => {
  it("says what is met", () => {
    expect(sentences({})).toEqual({
      YEARS_IN_RANK: "Masa kerja dalam pangkat 4 tahun 10 bulan; syarat 4 tahun terpenuhi sejak 1 Januari 2026.",
      PERFORMANCE: "Predikat 2024 Baik dan 2025 Sangat Baik: keduanya paling rendah Baik.",
      EDUCATION_CAP: "Pangkat berikutnya (III/b) masih dalam batas pendidikan S1 (III/d).",
      NO_SANCTION: "Tidak ada hukuman disiplin yang menghalangi kenaikan pangkat.",
    });
  });

  it("says what is missing and when time meets it", () => {
    const text = sentences({
      rankId: 11,
      rankTmt: d("2024-08-15"),
      educationLevel: "D3",
      predikats: [{ year: 2024, predikat: "KURANG" }],
      sanctions: [{ startDate: d("2026-10-01"), endDate: d("2027-03-31"), blocksPromotion: true }],
    });
    expect(text.YEARS_IN_RANK).toBe("Masa kerja dalam pangkat baru 2 tahun 3 bulan; syarat 4 tahun terpenuhi pada 15 Agustus 2028.");
    expect(text.PERFORMANCE).toBe("Predikat 2024 Kurang/Misconduct, di bawah Baik; predikat 2025 belum ada.");
    expect(text.EDUCATION_CAP).toBe("Pangkat berikutnya (III/d) melebihi batas pendidikan D-III (III/c): naik pangkat hanya lewat jalur pilihan.");
    expect(text.NO_SANCTION).toBe("Hukuman disiplin sedang berlaku sampai 31 Maret 2027.");
  });

  it("explains an open-ended sanction and one that ended", () => {
    expect(sentences({ sanctions: [{ startDate: d("2026-01-01"), endDate: null, blocksPromotion: true }] }).NO_SANCTION).toMatch(/tanpa tanggal akhir/);
    expect(sentences({ sanctions: [{ startDate: d("2025-01-01"), endDate: d("2025-06-30"), blocksPromotion: true }] }).NO_SANCTION).toBe(
      "Tidak ada hukuman disiplin yang menghalangi; hukuman terakhir selesai sebelum 1 Juli 2025.",
    );
  });

  it("describes the functional route's jenjang range and credit", () => {
    const text = sentences({ positionType: "FUNGSIONAL", functionalLevel: "AHLI_PERTAMA", rankId: 10, creditInRank: 12.345 });
    expect(text.JENJANG_RANGE).toBe("Pangkat berikutnya (III/c) di luar rentang jenjang Ahli Pertama (III/a–III/b): naik jenjang jabatan lebih dulu.");
    expect(text.CREDIT).toBe("Angka kredit sejak TMT pangkat baru 12,345; syarat 50, kurang 37,655.");
  });

  it("stops with one sentence for PPPK and the top pangkat", () => {
    expect(sentences({ status: "PPPK" }).NOT_PNS).toBe("PPPK tidak memiliki pangkat; kenaikan pangkat tidak berlaku.");
    expect(sentences({ rankId: 17 }).TOP_RANK).toMatch(/IV\/e/);
  });
});

describe("jenjangConditionText", () => {
  it.each([
    [{ creditInLevel: 120, competencyTestPassedOn: d("2025-06-01"), vacancy: true }, ["Angka kredit di jenjang ini 120, syarat 100 terpenuhi.", "Lulus uji kompetensi pada 1 Juni 2025.", "Ada formasi Ahli Muda yang belum terisi di unit kerja ini."]],
    [
      { creditInLevel: 37.5, competencyTestPassedOn: null, vacancy: null },
      ["Angka kredit di jenjang ini baru 37,5; syarat 100, kurang 62,5.", "Belum ada hasil uji kompetensi sejak menjabat jenjang ini (1 Januari 2023).", "Formasi Ahli Muda di unit kerja ini belum tercatat — perlu dicek HR."],
    ],
  ])("%#", (input, expected) => {
    const next = assessNextLevel({ level: "AHLI_PERTAMA", ...input });
    expect(next.conditions.map((condition) => jenjangConditionText(condition, { since: d("2023-01-01"), next: next.next }))).toEqual(expected);
  });
});

describe("spanText", () => {
  it("is zero when the TMT lies ahead", () => {
    expect(spanText(d("2027-01-01"), ASOF)).toBe("0 tahun 0 bulan");
  });
});
