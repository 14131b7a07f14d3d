// The demo's competency-development data as plain facts: the training catalog of Pemerintah Provinsi
// Jambi (past, running and upcoming, around DEMO_APPRAISAL_DATE 2026-11-23), external trainings
// employees submit, and the texts of registrations, mentoring, awards and sanctions. The planner
// (demo-development-plan.ts) decides who takes part; nothing here refers to a generated person.
import { dateOnly } from "../../lib/domain/dates";
import type { DeliveryMode, SanctionLevel, TrainingKind } from "../../lib/domain/career/enums";
import type { PositionType } from "../../lib/domain/positions";
import type { RankCode } from "../../lib/domain/ranks";
import type { CompetencyCode } from "./reference";

/**
 * DONE: over, HR recorded every outcome. AWAITING: just ended, registrations still APPROVED for HR to
 * record. OPEN: upcoming, registration open (PENDING / APPROVED / DECLINED). DRAFT: unpublished.
 */
export type CatalogPhase = "DONE" | "AWAITING" | "OPEN" | "DRAFT";

export type CatalogTraining = {
  key: string;
  title: string;
  kind: TrainingKind;
  provider: string;
  mode: DeliveryMode;
  location: string | null;
  description: string;
  start: Date;
  end: Date;
  deadline: Date;
  /** JP credited on completion. */
  hours: number;
  quota: number;
  positionTypes?: readonly PositionType[];
  minRank?: RankCode;
  /** Restricted to this unit and its sub-units. */
  unitCode?: string;
  phase: CatalogPhase;
  competencies: readonly CompetencyCode[];
  /** Share of the eligible people who register (capped by the quota). */
  fill: number;
  /** OPEN only: exactly this many seats held (PENDING + APPROVED). */
  seatsHeld?: number;
  /** Certificate number prefix; the sequence follows (…/001). */
  certificate?: string;
};

const d = dateOnly;
const BPSDM = "BPSDM Provinsi Jambi";
const BPSDM_CAMPUS = "Kampus BPSDM Provinsi Jambi, Jl. H. Agus Salim, Kota Baru, Kota Jambi";
const BKD_HALL = "Aula Badan Kepegawaian Daerah Provinsi Jambi, Telanaipura";
const LEARNING_HUB = "ASN Learning Hub — Lembaga Administrasi Negara";

/** The e2e quota test registers for this one: one seat left (seatsHeld = quota − 1). */
export const LAST_SEAT_TRAINING = "Pelatihan Teknis Penyusunan Analisis Beban Kerja";
/** An upcoming training with free seats the staff account is eligible for (and not registered in). */
export const STAFF_OPEN_TRAINING = "Pelatihan Penyusunan SKP berbasis PermenPANRB 6/2022 Angkatan II";
/** The large e-learning everyone on track for 20 JP completed in 2026 (20 JP on its own). */
const LITERASI_DIGITAL = "MOOC Literasi Digital dan Keamanan Informasi ASN";

export const CATALOG: readonly CatalogTraining[] = [
  // ── 2025 ──
  {
    key: "pbj-2025-mooc",
    title: "MOOC Pengantar Pengadaan Barang/Jasa Pemerintah",
    kind: "E_LEARNING",
    provider: LEARNING_HUB,
    mode: "DARING",
    location: null,
    description: "Kursus daring mandiri tentang prinsip, etika dan siklus pengadaan barang/jasa pemerintah sesuai Perpres 16/2018 jo. Perpres 12/2021, dengan kuis tiap modul.",
    start: d(2025, 3, 3), end: d(2025, 4, 30), deadline: d(2025, 2, 28), hours: 12, quota: 300,
    phase: "DONE", competencies: ["TKS.PENGADAAN", "MNJ.INTEGRITAS"], fill: 0.25, certificate: "LAN/MOOC-PBJ/2025/",
  },
  {
    key: "pka-2025",
    title: "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2025",
    kind: "KEPEMIMPINAN",
    provider: BPSDM,
    mode: "CAMPURAN",
    location: BPSDM_CAMPUS,
    description: "Pelatihan kepemimpinan bagi pejabat administrator: agenda kepemimpinan Pancasila dan bela negara, kepemimpinan kinerja, manajemen kinerja dan aktualisasi proyek perubahan di unit kerja.",
    start: d(2025, 4, 14), end: d(2025, 8, 8), deadline: d(2025, 3, 21), hours: 409, quota: 30,
    positionTypes: ["ADMINISTRATOR"], phase: "DONE",
    competencies: ["MNJ.PENGAMBILAN_KEPUTUSAN", "MNJ.MENGELOLA_PERUBAHAN", "MNJ.KERJA_SAMA", "MNJ.ORIENTASI_HASIL"], fill: 0.3, certificate: "893.3/PKA-I/BPSDM/2025/",
  },
  {
    key: "keuda-2025",
    title: "Pelatihan Teknis Penatausahaan Keuangan Daerah berbasis SIPD",
    kind: "TEKNIS",
    provider: "BPKAD Provinsi Jambi bersama BPSDM Provinsi Jambi",
    mode: "LURING",
    location: BPSDM_CAMPUS,
    description: "Penatausahaan, pertanggungjawaban dan pelaporan keuangan perangkat daerah pada Sistem Informasi Pemerintahan Daerah (SIPD RI).",
    start: d(2025, 5, 19), end: d(2025, 5, 23), deadline: d(2025, 5, 2), hours: 40, quota: 30,
    phase: "DONE", competencies: ["TKS.KEUANGAN_DAERAH", "TKS.PERENCANAAN_ANGGARAN"], fill: 0.15, certificate: "893.3/KEUDA/BPSDM/2025/",
  },
  {
    key: "pkp-2025",
    title: "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II Tahun 2025",
    kind: "KEPEMIMPINAN",
    provider: BPSDM,
    mode: "CAMPURAN",
    location: BPSDM_CAMPUS,
    description: "Pelatihan kepemimpinan bagi pejabat pengawas: kepemimpinan operasional, pengendalian pelaksanaan kegiatan dan aksi perubahan di unit kerja.",
    start: d(2025, 6, 2), end: d(2025, 9, 12), deadline: d(2025, 5, 9), hours: 301, quota: 30,
    positionTypes: ["PENGAWAS"], phase: "DONE",
    competencies: ["MNJ.KERJA_SAMA", "MNJ.KOMUNIKASI", "MNJ.ORIENTASI_HASIL"], fill: 0.35, certificate: "893.3/PKP-II/BPSDM/2025/",
  },
  {
    key: "pbj-2025",
    title: "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar",
    kind: "TEKNIS",
    provider: "LKPP bekerja sama dengan BPSDM Provinsi Jambi",
    mode: "LURING",
    location: BPSDM_CAMPUS,
    description: "Pelatihan tingkat dasar pengadaan barang/jasa pemerintah (kurikulum LKPP) sebagai syarat ujian sertifikasi kompetensi pengadaan tingkat dasar.",
    start: d(2025, 7, 21), end: d(2025, 7, 25), deadline: d(2025, 7, 4), hours: 40, quota: 30,
    minRank: "III/a", phase: "DONE", competencies: ["TKS.PENGADAAN", "MNJ.INTEGRITAS"], fill: 0.15, certificate: "LKPP/PBJ-DASAR/2025/",
  },
  {
    key: "anjab-2025",
    title: "Pelatihan Teknis Analisis Jabatan",
    kind: "TEKNIS",
    provider: "Biro Organisasi Setda Provinsi Jambi bersama BPSDM Provinsi Jambi",
    mode: "LURING",
    location: BPSDM_CAMPUS,
    description: "Penyusunan uraian jabatan, syarat jabatan dan peta jabatan sesuai PermenPANRB 1/2020 tentang pedoman analisis jabatan dan analisis beban kerja.",
    start: d(2025, 9, 15), end: d(2025, 9, 19), deadline: d(2025, 8, 29), hours: 40, quota: 25,
    phase: "DONE", competencies: ["TKS.MANAJEMEN_ASN", "TKS.ANALISIS_KEBIJAKAN"], fill: 0.12, certificate: "893.3/ANJAB/BPSDM/2025/",
  },
  {
    key: "arsip-2025",
    title: "Bimbingan Teknis Manajemen Arsip Dinamis",
    kind: "TEKNIS",
    provider: "Dinas Perpustakaan dan Kearsipan Provinsi Jambi",
    mode: "LURING",
    location: "Gedung Depo Arsip Provinsi Jambi, Kota Jambi",
    description: "Pengelolaan arsip aktif dan inaktif, klasifikasi dan jadwal retensi arsip, serta penggunaan SRIKANDI untuk naskah dinas elektronik.",
    start: d(2025, 10, 20), end: d(2025, 10, 23), deadline: d(2025, 10, 3), hours: 32, quota: 30,
    phase: "DONE", competencies: ["TKS.KEARSIPAN"], fill: 0.15, certificate: "045/BIMTEK-ARSIP/DPK/2025/",
  },
  {
    key: "seminar-2025",
    title: "Seminar Nasional Manajemen Talenta ASN",
    kind: "SEMINAR",
    provider: "BKN Kantor Regional VII Palembang",
    mode: "CAMPURAN",
    location: "Swiss-Belhotel Jambi dan siaran langsung YouTube BKN",
    description: "Kebijakan manajemen talenta nasional, talent pool dan rencana suksesi jabatan pimpinan tinggi di pemerintah daerah.",
    start: d(2025, 11, 12), end: d(2025, 11, 12), deadline: d(2025, 11, 5), hours: 8, quota: 100,
    phase: "DONE", competencies: ["TKS.MANAJEMEN_ASN", "MNJ.PENGEMBANGAN_DIRI"], fill: 0.2, certificate: "BKN-VII/SEMNAS-MT/2025/",
  },
  // ── 2026, over ──
  {
    key: "komunitas-2026",
    title: "Komunitas Belajar Perencana dan Analis Kebijakan (Forum Reboan)",
    kind: "KOMUNITAS_BELAJAR",
    provider: "Bappeda Provinsi Jambi",
    mode: "DARING",
    location: null,
    description: "Diskusi daring setiap Rabu minggu terakhir: bedah dokumen perencanaan, evaluasi RPJMD dan praktik analisis kebijakan antar-OPD.",
    start: d(2026, 1, 28), end: d(2026, 10, 28), deadline: d(2026, 1, 21), hours: 12, quota: 40,
    phase: "DONE", competencies: ["TKS.PERENCANAAN_ANGGARAN", "TKS.ANALISIS_KEBIJAKAN", "MNJ.KERJA_SAMA"], fill: 0.2, certificate: "050/KOMBEL-REBOAN/BAPPEDA/2026/",
  },
  {
    key: "berakhlak-2026",
    title: "MOOC BerAKHLAK: Penguatan Nilai Dasar ASN",
    kind: "E_LEARNING",
    provider: LEARNING_HUB,
    mode: "DARING",
    location: null,
    description: "Kursus daring terbuka (MOOC) Lembaga Administrasi Negara tentang nilai dasar BerAKHLAK dan employer branding \"Bangga Melayani Bangsa\", dengan evaluasi akhir.",
    start: d(2026, 2, 2), end: d(2026, 3, 31), deadline: d(2026, 1, 30), hours: 10, quota: 500,
    phase: "DONE", competencies: ["MNJ.INTEGRITAS", "SOS.PEREKAT_BANGSA", "MNJ.PELAYANAN_PUBLIK"], fill: 0.55, certificate: "LAN/MOOC-BERAKHLAK/2026/",
  },
  {
    key: "skp-2026-1",
    title: "Pelatihan Penyusunan SKP berbasis PermenPANRB 6/2022 Angkatan I",
    kind: "TEKNIS",
    provider: "Badan Kepegawaian Daerah Provinsi Jambi",
    mode: "LURING",
    location: BKD_HALL,
    description: "Menyusun rencana hasil kerja yang diintervensi dari RHK atasan, indikator dan target, serta perilaku kerja BerAKHLAK; praktik langsung pada aplikasi SKP.",
    start: d(2026, 2, 23), end: d(2026, 2, 25), deadline: d(2026, 2, 13), hours: 24, quota: 40,
    phase: "DONE", competencies: ["TKS.MANAJEMEN_ASN", "MNJ.ORIENTASI_HASIL"], fill: 0.2, certificate: "800/SKP-I/BKD/2026/",
  },
  {
    key: "coaching-2026",
    title: "Coaching Klinik Penyusunan Rencana Hasil Kerja (RHK)",
    kind: "COACHING",
    provider: "Bidang Pengembangan Kompetensi dan Karier, BKD Provinsi Jambi",
    mode: "LURING",
    location: BKD_HALL,
    description: "Pendampingan satu per satu oleh coach BKD untuk memperbaiki RHK dan indikator yang dikembalikan atasan.",
    start: d(2026, 3, 16), end: d(2026, 3, 17), deadline: d(2026, 3, 9), hours: 8, quota: 12,
    phase: "DONE", competencies: ["MNJ.ORIENTASI_HASIL", "TKS.MANAJEMEN_ASN"], fill: 0.1, certificate: "800/COACHING-RHK/BKD/2026/",
  },
  {
    key: "pelayanan-2026",
    title: "Pelatihan Kepemimpinan Pelayanan Publik",
    kind: "MANAJERIAL",
    provider: BPSDM,
    mode: "LURING",
    location: BPSDM_CAMPUS,
    description: "Standar pelayanan, pengelolaan pengaduan (SP4N-LAPOR!), survei kepuasan masyarakat dan inovasi pelayanan bagi pejabat pengawas dan administrator.",
    start: d(2026, 5, 11), end: d(2026, 5, 15), deadline: d(2026, 4, 24), hours: 40, quota: 30,
    positionTypes: ["PENGAWAS", "ADMINISTRATOR"], phase: "DONE",
    competencies: ["MNJ.PELAYANAN_PUBLIK", "MNJ.KOMUNIKASI", "MNJ.MENGELOLA_PERUBAHAN"], fill: 0.45, certificate: "893.3/KPP/BPSDM/2026/",
  },
  {
    key: "magang-2026",
    title: "Magang Pengelolaan Manajemen Talenta di BKN Kantor Regional VII Palembang",
    kind: "MAGANG",
    provider: "BKN Kantor Regional VII Palembang",
    mode: "LURING",
    location: "Kantor Regional VII BKN, Palembang",
    description: "Dua minggu bekerja bersama tim manajemen talenta Kanreg VII: pemetaan talenta, kalibrasi 9-box dan penyusunan rencana suksesi.",
    start: d(2026, 6, 8), end: d(2026, 6, 19), deadline: d(2026, 5, 22), hours: 60, quota: 3,
    unitCode: "BKD", phase: "DONE", competencies: ["TKS.MANAJEMEN_ASN", "MNJ.MENGELOLA_PERUBAHAN"], fill: 0.2, certificate: "BKN-VII/MAGANG/2026/",
  },
  {
    key: "auditor-2026",
    title: "Pelatihan Fungsional Penjenjangan Auditor Ahli Muda",
    kind: "FUNGSIONAL",
    provider: "Pusdiklatwas BPKP",
    mode: "CAMPURAN",
    location: "Pusdiklatwas BPKP, Ciawi, Bogor",
    description: "Pelatihan penjenjangan jabatan fungsional auditor: audit kinerja, reviu laporan keuangan dan pengawasan berbasis risiko.",
    start: d(2026, 7, 6), end: d(2026, 7, 24), deadline: d(2026, 6, 19), hours: 120, quota: 10,
    positionTypes: ["FUNGSIONAL"], unitCode: "ITDA", phase: "DONE", competencies: ["TKS.PENGAWASAN_INTERNAL"], fill: 0.5, certificate: "PE.06.03/PUSDIKLATWAS/2026/",
  },
  {
    key: "detasering-2026",
    title: "Detasering Guru ke SMA Negeri Wilayah 3T Kabupaten Tanjung Jabung Timur",
    kind: "DETASERING",
    provider: "Dinas Pendidikan Provinsi Jambi",
    mode: "LURING",
    location: "SMA Negeri 5 Tanjung Jabung Timur, Nipah Panjang",
    description: "Penugasan sementara guru ke sekolah di daerah tertinggal, terdepan dan terluar untuk pendampingan pembelajaran dan kurikulum merdeka.",
    start: d(2026, 7, 13), end: d(2026, 9, 11), deadline: d(2026, 6, 26), hours: 80, quota: 4,
    positionTypes: ["FUNGSIONAL"], unitCode: "DISDIK", phase: "DONE", competencies: ["TKS.PEMBELAJARAN"], fill: 0.3, certificate: "421.3/DETASERING/DISDIK/2026/",
  },
  {
    key: "kursus-2026",
    title: "Kursus Bahasa Inggris untuk Aparatur (Persiapan TOEFL ITP)",
    kind: "KURSUS",
    provider: "UPT Bahasa Universitas Jambi",
    mode: "LURING",
    location: "UPT Bahasa Universitas Jambi, Kampus Telanaipura",
    description: "Dua kali seminggu selama delapan minggu, diakhiri tes TOEFL ITP; untuk pegawai yang disiapkan mengikuti tugas belajar atau pelatihan luar negeri.",
    start: d(2026, 8, 3), end: d(2026, 9, 25), deadline: d(2026, 7, 17), hours: 48, quota: 20,
    minRank: "III/a", phase: "DONE", competencies: ["MNJ.KOMUNIKASI", "MNJ.PENGEMBANGAN_DIRI"], fill: 0.1, certificate: "UPTB-UNJA/TOEFL/2026/",
  },
  {
    key: "literasi-2026",
    title: LITERASI_DIGITAL,
    kind: "E_LEARNING",
    provider: "ASN Learning Hub — Lembaga Administrasi Negara bersama BSSN",
    mode: "DARING",
    location: null,
    description: "Kursus daring mandiri: tata kelola data, keamanan informasi dan pelindungan data pribadi dalam layanan pemerintahan berbasis elektronik (SPBE).",
    start: d(2026, 8, 3), end: d(2026, 10, 30), deadline: d(2026, 7, 31), hours: 20, quota: 500,
    phase: "DONE", competencies: ["TKS.SISTEM_INFORMASI", "MNJ.PENGEMBANGAN_DIRI"], fill: 0.1, certificate: "LAN/MOOC-LITDIG/2026/",
  },
  {
    key: "satudata-2026",
    title: "Pelatihan Teknis Satu Data Indonesia dan Statistik Sektoral",
    kind: "TEKNIS",
    provider: "Diskominfo Provinsi Jambi bersama BPS Provinsi Jambi",
    mode: "LURING",
    location: "Ruang Rapat Diskominfo Provinsi Jambi",
    description: "Standar data, metadata statistik sektoral, interoperabilitas dan portal Satu Data Jambi.",
    start: d(2026, 9, 14), end: d(2026, 9, 17), deadline: d(2026, 8, 28), hours: 32, quota: 25,
    phase: "DONE", competencies: ["TKS.STATISTIK", "TKS.SISTEM_INFORMASI"], fill: 0.12, certificate: "555/SATUDATA/DISKOMINFO/2026/",
  },
  {
    key: "surveilans-2026",
    title: "Pelatihan Surveilans Epidemiologi Berbasis Kejadian",
    kind: "FUNGSIONAL",
    provider: "Balai Pelatihan Kesehatan Jambi",
    mode: "CAMPURAN",
    location: "Bapelkes Jambi, Kota Jambi",
    description: "Deteksi dini, verifikasi sinyal dan respons kejadian luar biasa (KLB) melalui SKDR bagi tenaga kesehatan Dinas Kesehatan.",
    start: d(2026, 10, 5), end: d(2026, 10, 9), deadline: d(2026, 9, 18), hours: 40, quota: 15,
    unitCode: "DINKES", phase: "DONE", competencies: ["TKS.KESEHATAN_MASYARAKAT", "TKS.PELAYANAN_KESEHATAN"], fill: 0.5, certificate: "DL.03.01/BAPELKES/2026/",
  },
  // ── Just over: attendance not recorded yet ──
  {
    key: "arsip-2026",
    title: "Bimbingan Teknis Manajemen Arsip Dinamis Angkatan 2026",
    kind: "TEKNIS",
    provider: "Dinas Perpustakaan dan Kearsipan Provinsi Jambi",
    mode: "LURING",
    location: "Gedung Depo Arsip Provinsi Jambi, Kota Jambi",
    description: "Pengelolaan arsip aktif dan inaktif, klasifikasi dan jadwal retensi arsip, serta naskah dinas elektronik pada SRIKANDI.",
    start: d(2026, 11, 16), end: d(2026, 11, 20), deadline: d(2026, 10, 30), hours: 32, quota: 30,
    phase: "AWAITING", competencies: ["TKS.KEARSIPAN"], fill: 0.1,
  },
  // ── Upcoming: December 2026 – March 2027 ──
  {
    key: "skp-2026-2",
    title: STAFF_OPEN_TRAINING,
    kind: "TEKNIS",
    provider: "Badan Kepegawaian Daerah Provinsi Jambi",
    mode: "LURING",
    location: BKD_HALL,
    description: "Menyusun rencana hasil kerja yang diintervensi dari RHK atasan, indikator dan target, serta perilaku kerja BerAKHLAK; praktik langsung pada aplikasi SKP. Angkatan II untuk SKP tahun 2027.",
    start: d(2026, 12, 7), end: d(2026, 12, 9), deadline: d(2026, 12, 2), hours: 24, quota: 40,
    phase: "OPEN", competencies: ["TKS.MANAJEMEN_ASN", "MNJ.ORIENTASI_HASIL"], fill: 0.08,
  },
  {
    key: "seminar-2026",
    title: "Seminar Nasional Sistem Merit dan Manajemen Talenta Daerah",
    kind: "SEMINAR",
    provider: "BKN Kantor Regional VII Palembang bersama BKD Provinsi Jambi",
    mode: "CAMPURAN",
    location: "Auditorium Rumah Dinas Gubernur Jambi dan Zoom",
    description: "Hasil penilaian indeks sistem merit 2026, praktik baik manajemen talenta daerah dan transparansi keputusan promosi.",
    start: d(2026, 12, 10), end: d(2026, 12, 10), deadline: d(2026, 12, 4), hours: 8, quota: 150,
    phase: "OPEN", competencies: ["TKS.MANAJEMEN_ASN", "MNJ.PENGEMBANGAN_DIRI"], fill: 0.07,
  },
  {
    key: "abk-2026",
    title: LAST_SEAT_TRAINING,
    kind: "TEKNIS",
    provider: "Biro Organisasi Setda Provinsi Jambi",
    mode: "LURING",
    location: "Ruang Rapat Biro Organisasi, Kantor Gubernur Jambi",
    description: "Menghitung beban kerja jabatan dan kebutuhan pegawai (ABK) dengan metode PermenPANRB 1/2020, dari uraian tugas sampai rekap formasi unit.",
    start: d(2026, 12, 14), end: d(2026, 12, 17), deadline: d(2026, 12, 4), hours: 32, quota: 20,
    phase: "OPEN", competencies: ["TKS.MANAJEMEN_ASN", "TKS.ANALISIS_KEBIJAKAN"], fill: 0.2, seatsHeld: 19,
  },
  {
    key: "coaching-2027",
    title: "Coaching Karier: Persiapan Uji Kompetensi Kenaikan Jenjang",
    kind: "COACHING",
    provider: "Bidang Pengembangan Kompetensi dan Karier, BKD Provinsi Jambi",
    mode: "CAMPURAN",
    location: BKD_HALL,
    description: "Dua sesi coaching kelompok kecil bagi pejabat fungsional yang angka kreditnya hampir cukup untuk naik jenjang: portofolio, uji kompetensi dan rencana pengembangan.",
    start: d(2027, 1, 12), end: d(2027, 1, 13), deadline: d(2026, 12, 31), hours: 6, quota: 8,
    positionTypes: ["FUNGSIONAL"], phase: "OPEN", competencies: ["MNJ.PENGEMBANGAN_DIRI", "MNJ.ORIENTASI_HASIL"], fill: 0.05,
  },
  {
    key: "pbj-2027",
    title: "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar Angkatan I Tahun 2027",
    kind: "TEKNIS",
    provider: "LKPP bekerja sama dengan BPSDM Provinsi Jambi",
    mode: "LURING",
    location: BPSDM_CAMPUS,
    description: "Pelatihan tingkat dasar pengadaan barang/jasa pemerintah (kurikulum LKPP) sebagai syarat ujian sertifikasi kompetensi pengadaan tingkat dasar.",
    start: d(2027, 1, 18), end: d(2027, 1, 22), deadline: d(2027, 1, 8), hours: 40, quota: 30,
    minRank: "III/a", phase: "OPEN", competencies: ["TKS.PENGADAAN", "MNJ.INTEGRITAS"], fill: 0.06,
  },
  {
    key: "mentoring-2027",
    title: "Program Mentoring Calon Pejabat Pengawas",
    kind: "MENTORING",
    provider: "Badan Kepegawaian Daerah Provinsi Jambi",
    mode: "CAMPURAN",
    location: BKD_HALL,
    description: "Delapan minggu didampingi pejabat administrator sebagai mentor: memimpin tim kerja kecil, mengelola kinerja dan mengambil keputusan operasional.",
    start: d(2027, 2, 1), end: d(2027, 3, 26), deadline: d(2027, 1, 15), hours: 16, quota: 10,
    positionTypes: ["PELAKSANA", "FUNGSIONAL"], minRank: "III/a", phase: "OPEN",
    competencies: ["MNJ.KERJA_SAMA", "MNJ.PENGAMBILAN_KEPUTUSAN", "MNJ.PENGEMBANGAN_DIRI"], fill: 0.03,
  },
  {
    key: "pka-2027",
    title: "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2027",
    kind: "KEPEMIMPINAN",
    provider: BPSDM,
    mode: "CAMPURAN",
    location: BPSDM_CAMPUS,
    description: "Pelatihan kepemimpinan bagi pejabat administrator: agenda kepemimpinan Pancasila dan bela negara, kepemimpinan kinerja, manajemen kinerja dan aktualisasi proyek perubahan di unit kerja.",
    start: d(2027, 2, 15), end: d(2027, 6, 11), deadline: d(2027, 1, 15), hours: 409, quota: 30,
    positionTypes: ["ADMINISTRATOR"], minRank: "III/d", phase: "OPEN",
    competencies: ["MNJ.PENGAMBILAN_KEPUTUSAN", "MNJ.MENGELOLA_PERUBAHAN", "MNJ.KERJA_SAMA", "MNJ.ORIENTASI_HASIL"], fill: 0.2,
  },
  {
    key: "pkp-2027",
    title: "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I Tahun 2027",
    kind: "KEPEMIMPINAN",
    provider: BPSDM,
    mode: "CAMPURAN",
    location: BPSDM_CAMPUS,
    description: "Pelatihan kepemimpinan bagi pejabat pengawas: kepemimpinan operasional, pengendalian pelaksanaan kegiatan dan aksi perubahan di unit kerja.",
    start: d(2027, 3, 1), end: d(2027, 6, 4), deadline: d(2027, 1, 29), hours: 301, quota: 30,
    positionTypes: ["PENGAWAS"], phase: "OPEN", competencies: ["MNJ.KERJA_SAMA", "MNJ.KOMUNIKASI", "MNJ.ORIENTASI_HASIL"], fill: 0.2,
  },
  {
    key: "bmd-2027",
    title: "Pelatihan Teknis Pengelolaan Barang Milik Daerah",
    kind: "TEKNIS",
    provider: "BPKAD Provinsi Jambi bersama BPSDM Provinsi Jambi",
    mode: "LURING",
    location: BPSDM_CAMPUS,
    description: "Perencanaan kebutuhan, penatausahaan, inventarisasi dan penghapusan barang milik daerah sesuai Permendagri 19/2016 (draf: jadwal menunggu konfirmasi narasumber).",
    start: d(2027, 3, 8), end: d(2027, 3, 12), deadline: d(2027, 2, 19), hours: 40, quota: 30,
    phase: "DRAFT", competencies: ["TKS.BARANG_MILIK_DAERAH"], fill: 0,
  },
];

/** The training an on-track person completes when the rest of the 2026 catalog left them short. */
export const TOP_UP_TRAINING = "literasi-2026";

export const MOTIVATIONS = [
  "Materi pelatihan ini langsung dipakai dalam tugas saya sehari-hari.",
  "Untuk memenuhi 20 JP pengembangan kompetensi tahun ini.",
  "Direkomendasikan atasan berdasarkan hasil evaluasi kinerja.",
  "Menutup kesenjangan kompetensi teknis dengan standar jabatan saya.",
  "Persiapan kenaikan jenjang jabatan fungsional.",
  null,
  null,
] as const;

export const DECLINE_REASONS = [
  "Pada minggu pelatihan subbidang sedang menyusun laporan akhir tahun; mohon ikut angkatan berikutnya.",
  "Kuota unit untuk pelatihan ini sudah diisi rekan yang lebih membutuhkan sesuai hasil pemetaan kompetensi.",
  "Materi pelatihan kurang relevan dengan tugas jabatan saat ini; silakan pilih pelatihan teknis bidang Anda.",
  "Bertepatan dengan jadwal pemeriksaan BPK di unit kita; tidak dapat meninggalkan tugas.",
] as const;

export type ExternalSpec = {
  title: string;
  kind: TrainingKind;
  provider: string;
  start: Date;
  end: Date;
  hours: number;
  certificate: string;
  status: "VERIFIED" | "SUBMITTED" | "REJECTED";
  /** Who it suits: the unit code prefix of the person it goes to (null = anyone). */
  unitPrefix: string | null;
  rejectReason?: string;
};

export const EXTERNALS: readonly ExternalSpec[] = [
  { title: "Pelatihan Audit Berbasis Risiko", kind: "TEKNIS", provider: "Yayasan Pendidikan Internal Audit (YPIA)", start: d(2025, 6, 16), end: d(2025, 6, 19), hours: 32, certificate: "YPIA/ABR/VI/2025/0412", status: "VERIFIED", unitPrefix: "ITDA" },
  { title: "Workshop Penyusunan Laporan Keuangan Pemerintah Daerah Berbasis Akrual", kind: "TEKNIS", provider: "BPK RI Perwakilan Provinsi Jambi", start: d(2025, 10, 7), end: d(2025, 10, 8), hours: 16, certificate: "BPK-JBI/WS-LKPD/2025/087", status: "VERIFIED", unitPrefix: "BPKAD" },
  { title: "Digital Talent Scholarship: Government Transformation Academy — Data Analytics", kind: "KURSUS", provider: "Kementerian Komunikasi dan Digital", start: d(2026, 3, 2), end: d(2026, 4, 24), hours: 40, certificate: "DTS-GTA/2026/DA/11873", status: "VERIFIED", unitPrefix: "DISKOMINFO" },
  { title: "Webinar Implementasi Manajemen Talenta ASN di Daerah", kind: "SEMINAR", provider: "Badan Kepegawaian Negara", start: d(2026, 4, 15), end: d(2026, 4, 15), hours: 4, certificate: "BKN/WEB-MT/IV/2026/2291", status: "VERIFIED", unitPrefix: "BKD" },
  { title: "Pelatihan Penyuluh Pertanian: Budidaya Padi Presisi", kind: "FUNGSIONAL", provider: "BPPSDMP Kementerian Pertanian", start: d(2026, 5, 18), end: d(2026, 5, 22), hours: 40, certificate: "BPPSDMP/PPP/2026/3340", status: "VERIFIED", unitPrefix: "DTPH" },
  { title: "Kursus Daring Keamanan Siber untuk Pengelola Sistem Elektronik", kind: "E_LEARNING", provider: "Badan Siber dan Sandi Negara", start: d(2026, 6, 1), end: d(2026, 6, 30), hours: 12, certificate: "BSSN/KD-KS/2026/0955", status: "VERIFIED", unitPrefix: "DISKOMINFO" },
  { title: "Seminar Nasional Implementasi Kurikulum Merdeka di SMA", kind: "SEMINAR", provider: "Kementerian Pendidikan Dasar dan Menengah", start: d(2026, 7, 25), end: d(2026, 7, 25), hours: 8, certificate: "KEMENDIKDASMEN/SEM-KM/2026/7781", status: "VERIFIED", unitPrefix: "DISDIK" },
  { title: "Pelatihan Penyusunan Dokumen Perencanaan Pembangunan Daerah (RKPD)", kind: "TEKNIS", provider: "Pusat Pengembangan Kompetensi Kementerian Dalam Negeri", start: d(2026, 8, 10), end: d(2026, 8, 14), hours: 40, certificate: "BPSDM-KEMENDAGRI/RKPD/2026/0612", status: "VERIFIED", unitPrefix: "BAPPEDA" },
  { title: "Pelatihan Manajemen Laboratorium Kesehatan (ISO 15189)", kind: "TEKNIS", provider: "Balai Besar Laboratorium Kesehatan Palembang", start: d(2026, 9, 7), end: d(2026, 9, 10), hours: 32, certificate: "BBLK-PLG/ISO15189/2026/118", status: "VERIFIED", unitPrefix: "DINKES.LAB" },
  { title: "Bimbingan Teknis Pengelolaan Arsip Statis", kind: "TEKNIS", provider: "Arsip Nasional Republik Indonesia", start: d(2026, 10, 12), end: d(2026, 10, 15), hours: 30, certificate: "ANRI/BIMTEK-AS/2026/0431", status: "SUBMITTED", unitPrefix: "SETDA.UM" },
  { title: "Webinar Reformasi Birokrasi Tematik dan Penurunan Kemiskinan", kind: "SEMINAR", provider: "Kementerian PANRB", start: d(2026, 10, 21), end: d(2026, 10, 21), hours: 4, certificate: "KEMENPANRB/WEB-RB/2026/15520", status: "SUBMITTED", unitPrefix: "SETDA" },
  { title: "Pelatihan Dasar Auditor Sistem Manajemen Anti Penyuapan (SNI ISO 37001)", kind: "TEKNIS", provider: "Lembaga Sertifikasi Profesi Auditor Indonesia", start: d(2026, 11, 2), end: d(2026, 11, 5), hours: 32, certificate: "LSP-AI/SMAP/XI/2026/0087", status: "SUBMITTED", unitPrefix: "ITDA" },
  { title: "Kursus Daring Statistik Dasar untuk Pengolah Data", kind: "E_LEARNING", provider: "Pusdiklat Badan Pusat Statistik", start: d(2026, 10, 1), end: d(2026, 11, 6), hours: 20, certificate: "PUSDIKLAT-BPS/SD/2026/4410", status: "SUBMITTED", unitPrefix: "BKD" },
  { title: "Workshop Penanganan Pengaduan Pelayanan Publik SP4N-LAPOR!", kind: "TEKNIS", provider: "Ombudsman RI Perwakilan Provinsi Jambi", start: d(2026, 11, 10), end: d(2026, 11, 11), hours: 12, certificate: "ORI-JBI/WS-LAPOR/2026/0193", status: "SUBMITTED", unitPrefix: "DINKES" },
  {
    title: "Seminar Motivasi \"Aparatur Hebat, Pelayanan Juara\"", kind: "SEMINAR", provider: "Komunitas Inspirasi Nusantara", start: d(2026, 9, 19), end: d(2026, 9, 19), hours: 6,
    certificate: "KIN/SM/2026/IX/055", status: "REJECTED", unitPrefix: "BPKAD",
    rejectReason: "Sertifikat tidak mencantumkan jumlah jam pelajaran dan penyelenggara bukan lembaga pelatihan terakreditasi; lampirkan surat keterangan JP dari penyelenggara lalu ajukan kembali.",
  },
];

export type MentoringTexts = { goals: string; topics: readonly string[]; outcome: string };

/** By the mentee's kind of post. */
export const MENTORING_TEXTS: Record<"FUNGSIONAL" | "STRUKTURAL" | "PELAKSANA", MentoringTexts> = {
  FUNGSIONAL: {
    goals: "Menyiapkan kenaikan jenjang jabatan fungsional: menyusun portofolio dan bukti kinerja, memahami butir uji kompetensi, dan memimpin satu kegiatan utama unit dengan pendampingan.",
    topics: ["Pemetaan butir uji kompetensi jenjang berikutnya", "Reviu portofolio dan bukti kinerja triwulan", "Simulasi presentasi hasil kerja di depan tim penilai", "Rencana aksi pengembangan enam bulan ke depan"],
    outcome: "Portofolio kenaikan jenjang lengkap dan diverifikasi atasan; mentee memimpin penyusunan satu kajian unit. Direkomendasikan mengikuti uji kompetensi periode berikutnya.",
  },
  STRUKTURAL: {
    goals: "Menguatkan kepemimpinan tim kerja: membagi pekerjaan dan memantau RHK anggota tim, memberi umpan balik kinerja, dan mengambil keputusan operasional secara mandiri.",
    topics: ["Membagi RHK tim dan memantau capaian mingguan", "Memberi umpan balik dan dialog kinerja yang efektif", "Menangani konflik dan beban kerja tim", "Evaluasi gaya kepemimpinan dan rencana tindak lanjut"],
    outcome: "Mentee memimpin rapat evaluasi bulanan tim secara mandiri dan seluruh anggota tim menerima umpan balik triwulan tepat waktu.",
  },
  PELAKSANA: {
    goals: "Meningkatkan ketelitian dan kemandirian dalam pengolahan data kepegawaian serta memahami alur layanan administrasi dari permohonan sampai arsip.",
    topics: ["Alur layanan dan standar waktu penyelesaian", "Validasi data dan pencegahan kesalahan input", "Menyusun laporan bulanan yang ringkas", "Refleksi capaian dan target berikutnya"],
    outcome: "Kesalahan input data turun dari rata-rata 12 menjadi 2 per bulan; mentee menyusun sendiri laporan bulanan layanan sejak bulan keempat.",
  },
};

export const SESSION_NOTES = [
  "Mentee menyiapkan bahan sebelumnya; diskusi fokus pada dua hambatan utama.",
  "Disepakati tindak lanjut tertulis untuk dibahas pada sesi berikutnya.",
  "Mentor membagikan contoh dokumen dari pengalaman sendiri.",
  null,
] as const;

export type SanctionSpec = { level: SanctionLevel; kind: string; reason: string; start: Date; end: Date | null; skDate: Date; skNumber: string };

export const SANCTIONS = {
  /** On someone the KP screening would otherwise find eligible (or nearly): runs through October 2027 and blocks the KP. */
  activeSedang: {
    level: "SEDANG",
    kind: "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan",
    reason: "Tidak masuk kerja tanpa alasan yang sah secara kumulatif 17 hari kerja dalam tahun 2026.",
    start: d(2026, 11, 1), end: d(2027, 10, 31), skDate: d(2026, 10, 19), skNumber: "862.3/KEP.GUB/BKD-3.2/2026/014",
  },
  ringan: {
    level: "RINGAN",
    kind: "Teguran tertulis",
    reason: "Terlambat masuk kerja dan pulang sebelum waktunya secara kumulatif 5 hari kerja pada triwulan I 2026.",
    start: d(2026, 4, 13), end: null, skDate: d(2026, 4, 13), skNumber: "862.3/037/BKD-3.2/2026",
  },
  pastBerat: {
    level: "BERAT",
    kind: "Penurunan jabatan setingkat lebih rendah selama 12 bulan",
    reason: "Menyalahgunakan wewenang dalam penatausahaan barang milik daerah sehingga menimbulkan kerugian daerah yang telah dikembalikan seluruhnya.",
    start: d(2021, 3, 1), end: d(2022, 2, 28), skDate: d(2021, 2, 22), skNumber: "862.3/KEP.GUB/BKD-3.2/2021/006",
  },
  pastRingan: {
    level: "RINGAN",
    kind: "Pernyataan tidak puas secara tertulis",
    reason: "Tidak menyampaikan laporan hasil kegiatan perjalanan dinas dalam waktu yang ditetapkan.",
    start: d(2023, 9, 4), end: null, skDate: d(2023, 9, 4), skNumber: "862.3/211/BKD-3.2/2023",
  },
} as const satisfies Record<string, SanctionSpec>;

/** Satyalancana Karya Satya after 10, 20 and 30 years of service (Keppres every August). */
export const KARYA_SATYA = [
  { years: 10, name: "Satyalancana Karya Satya X Tahun" },
  { years: 20, name: "Satyalancana Karya Satya XX Tahun" },
  { years: 30, name: "Satyalancana Karya Satya XXX Tahun" },
] as const;

export const ASSESSMENT_SOURCES = {
  center: "Assessment Center BKD Provinsi Jambi",
  functional: "Uji Kompetensi Jabatan Fungsional",
} as const;

export const ASSESSMENT_NOTES = {
  gap: "Perlu penguatan melalui pelatihan teknis dan penugasan terarah.",
  above: "Melampaui standar jabatan; potensial dikembangkan ke jenjang berikutnya.",
} as const;
