// Nilai dasar ASN BerAKHLAK (SE MenPANRB 20/2021): perilaku kerja is rated on these seven values.
// The descriptions are the official panduan perilaku, shown to the rater and the employee as
// the expectation the rating refers to, so they are data, not UI copy.

export type CoreValue =
  | "BERORIENTASI_PELAYANAN"
  | "AKUNTABEL"
  | "KOMPETEN"
  | "HARMONIS"
  | "LOYAL"
  | "ADAPTIF"
  | "KOLABORATIF";

export type CoreValueDef = { value: CoreValue; label: string; description: string };

/** The official order, the one that spells BerAKHLAK; forms list the values in it. */
export const CORE_VALUES = [
  {
    value: "BERORIENTASI_PELAYANAN",
    label: "Berorientasi Pelayanan",
    description:
      "Memahami dan memenuhi kebutuhan masyarakat; ramah, cekatan, solutif dan dapat diandalkan; " +
      "melakukan perbaikan tiada henti",
  },
  {
    value: "AKUNTABEL",
    label: "Akuntabel",
    description:
      "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi; " +
      "menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif dan efisien; " +
      "tidak menyalahgunakan kewenangan jabatan",
  },
  {
    value: "KOMPETEN",
    label: "Kompeten",
    description:
      "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah; membantu orang lain " +
      "belajar; melaksanakan tugas dengan kualitas terbaik",
  },
  {
    value: "HARMONIS",
    label: "Harmonis",
    description:
      "Menghargai setiap orang apapun latar belakangnya; suka menolong orang lain; membangun " +
      "lingkungan kerja yang kondusif",
  },
  {
    value: "LOYAL",
    label: "Loyal",
    description:
      "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, " +
      "setia kepada NKRI serta pemerintahan yang sah; menjaga nama baik sesama ASN, pimpinan, " +
      "instansi dan negara; menjaga rahasia jabatan dan negara",
  },
  {
    value: "ADAPTIF",
    label: "Adaptif",
    description:
      "Cepat menyesuaikan diri menghadapi perubahan; terus berinovasi dan mengembangkan kreativitas; " +
      "bertindak proaktif",
  },
  {
    value: "KOLABORATIF",
    label: "Kolaboratif",
    description:
      "Memberi kesempatan kepada berbagai pihak untuk berkontribusi; terbuka dalam bekerja sama untuk " +
      "menghasilkan nilai tambah; menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
  },
] as const satisfies readonly CoreValueDef[];

export const CORE_VALUE_LABELS = Object.fromEntries(
  CORE_VALUES.map(({ value, label }) => [value, label]),
) as Record<CoreValue, string>;
