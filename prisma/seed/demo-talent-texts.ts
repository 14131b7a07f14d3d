// Indonesian texts of the demo's talent data and its closed KP round: what HR, the committee and the
// chair wrote. Data, not UI: the app shows them as entered.

export const POTENTIAL_SOURCE = "Assessment Center BKD Provinsi Jambi";

/** Key positions (jabatan kunci) by name, with how many successors the demo lists for each. */
export const KEY_POSITIONS: readonly { name: string; successors: number }[] = [
  { name: "Kepala Badan Kepegawaian Daerah", successors: 3 },
  { name: "Kepala Dinas Kesehatan", successors: 2 },
  { name: "Kepala Bidang Mutasi dan Promosi", successors: 2 },
  { name: "Kepala Bidang Pengembangan Kompetensi dan Karier", successors: 1 },
  { name: "Kepala Bidang Aplikasi Informatika", successors: 2 },
];

export const SUCCESSION_NOTES = {
  READY_NOW: [
    "Kinerja sangat baik dua tahun berturut-turut; telah memenuhi pangkat minimal jabatan.",
    "Pernah menjadi pelaksana tugas; siap diangkat bila jabatan lowong.",
    "Potensi tinggi hasil assessment center; kompetensi manajerial memenuhi standar.",
  ],
  READY_1_2_YEARS: [
    "Perlu Pelatihan Kepemimpinan Administrator dan satu kenaikan pangkat lagi.",
    "Potensi tinggi; perlu pengalaman lintas bidang sebelum diangkat.",
    "Disiapkan melalui rotasi dan mentoring oleh pejabat saat ini.",
  ],
} as const;

/** The chair's reason per route of an approved candidate. */
export const APPROVAL_REASONS: Record<string, string> = {
  REGULER: "Memenuhi seluruh syarat kenaikan pangkat reguler: masa kerja dalam pangkat, predikat kinerja dua tahun terakhir paling rendah Baik, dan tidak melampaui batas ijazah.",
  PILIHAN_FUNGSIONAL: "Memenuhi syarat kenaikan pangkat pilihan jabatan fungsional: masa kerja dalam pangkat, angka kredit, dan predikat kinerja dua tahun terakhir.",
  PILIHAN_STRUKTURAL: "Menduduki jabatan administrator yang mensyaratkan pangkat lebih tinggi; masa kerja dan kinerja memenuhi syarat kenaikan pangkat pilihan jabatan struktural.",
};

/** Members' recommendations (kept short: the candidate reads them without the member's name). */
export const RECOMMEND_REASONS = [
  "Kinerja konsisten baik dan syarat administrasi lengkap.",
  "Syarat terpenuhi; rekam jejak kinerja mendukung usulan.",
  "Layak dinaikkan pangkatnya sesuai hasil penyaringan.",
] as const;

export const CONFLICT_REASON = "Yang bersangkutan berada di unit kerja yang saya pimpin (hubungan atasan-bawahan).";

/** The pilihan candidate HR added and the committee rejected (Nurul Hidayah, a demo account). */
export const REJECTED_PILIHAN = {
  route: "PRESTASI",
  justification:
    "Juara I Lomba Inovasi Pelayanan Publik Tingkat Provinsi Jambi 2025 (inovasi surveilans demam berdarah berbasis puskesmas); diusulkan kenaikan pangkat pilihan karena prestasi kerja luar biasa.",
  votes: [
    "Prestasi tingkat provinsi belum memenuhi syarat prestasi luar biasa; disarankan diajukan kembali bila berprestasi tingkat nasional.",
    "Inovasi patut diapresiasi melalui penghargaan, tetapi belum cukup untuk kenaikan pangkat pilihan.",
  ],
  decision:
    "Ditolak: prestasi yang diajukan berada pada tingkat provinsi, sedangkan kenaikan pangkat pilihan karena prestasi luar biasa mensyaratkan prestasi tingkat nasional; masa kerja dalam pangkat juga belum memenuhi. Inovasi dicatat sebagai penghargaan.",
} as const;

/** The structural pilihan candidate HR added and the committee approved. */
export const STRUCTURAL_JUSTIFICATION =
  "Menduduki jabatan administrator (Kepala Bidang) dengan pangkat minimal Pembina Tingkat I; pangkat telah mencapai batas ijazah untuk kenaikan reguler, sehingga diusulkan melalui jalur pilihan jabatan struktural.";
