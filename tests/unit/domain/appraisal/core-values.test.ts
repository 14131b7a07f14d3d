import { describe, expect, it } from "vitest";
import { CORE_VALUE_LABELS, CORE_VALUES, type CoreValue } from "@/lib/domain/appraisal/core-values";

// SE MenPANRB 20/2021, panduan perilaku of each nilai dasar.
const OFFICIAL: [CoreValue, string, string][] = [
  [
    "BERORIENTASI_PELAYANAN",
    "Berorientasi Pelayanan",
    "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif dan dapat diandalkan; melakukan perbaikan tiada henti",
  ],
  [
    "AKUNTABEL",
    "Akuntabel",
    "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi; menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif dan efisien; tidak menyalahgunakan kewenangan jabatan",
  ],
  [
    "KOMPETEN",
    "Kompeten",
    "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu orang lain belajar; melaksanakan tugas dengan kualitas terbaik",
  ],
  [
    "HARMONIS",
    "Harmonis",
    "Menghargai setiap orang apapun latar belakangnya; suka menolong orang lain; membangun lingkungan kerja yang kondusif",
  ],
  [
    "LOYAL",
    "Loyal",
    "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah; menjaga nama baik sesama ASN, pimpinan, instansi dan negara; menjaga rahasia jabatan dan negara",
  ],
  [
    "ADAPTIF",
    "Adaptif",
    "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan kreativitas; bertindak proaktif",
  ],
  [
    "KOLABORATIF",
    "Kolaboratif",
    "Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja sama untuk menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
  ],
];

describe("CORE_VALUES (BerAKHLAK)", () => {
  it("lists the seven values in the official order", () => {
    expect(CORE_VALUES.map((row) => row.value)).toEqual(OFFICIAL.map(([value]) => value));
  });

  it("spells BerAKHLAK with the labels' initials", () => {
    expect(CORE_VALUES.map((row) => row.label[0]).join("")).toBe("BAKHLAK");
  });

  it.each(OFFICIAL)("%s reads %s with its panduan perilaku", (value, label, description) => {
    const row = CORE_VALUES.find((r) => r.value === value);
    expect(row).toEqual({ value, label, description });
    expect(CORE_VALUE_LABELS[value]).toBe(label);
  });

  it("each description has three behaviours separated by semicolons", () => {
    for (const row of CORE_VALUES) {
      expect(row.description.split("; ")).toHaveLength(3);
      expect(row.description).not.toMatch(/\s{2}|[.;]$/);
    }
  });
});
