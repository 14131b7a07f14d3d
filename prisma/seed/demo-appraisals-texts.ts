// What the demo's SKPs say: RHK (rencana hasil kerja) with their indicators and targets by post,
// and the sentences of self-assessments, feedback, dialog kinerja notes, realisations and 360
// comments. Plain data; demo-appraisals-plan.ts draws from it with the person's seeded PRNG.
import type { PositionType } from "../../lib/domain/positions";
import type { Predikat } from "../../lib/domain/predikat";
import type { TargetKind } from "../../lib/generated/prisma/enums";

export type IndicatorSpec = { text: string; kind: TargetKind; value?: number; unit?: string; targetText?: string };
export type ResultSpec = { text: string; indicators: readonly IndicatorSpec[] };

const qty = (text: string, value: number, unit: string): IndicatorSpec => ({ text, kind: "KUANTITAS", value, unit });
const quality = (text: string, value: number, unit = "persen"): IndicatorSpec => ({ text, kind: "KUALITAS", value, unit });
const time = (text: string, value: number, unit: string): IndicatorSpec => ({ text, kind: "WAKTU", value, unit });
const qualitative = (text: string, targetText: string): IndicatorSpec => ({ text, kind: "KUALITATIF", targetText });
const rhk = (text: string, ...indicators: IndicatorSpec[]): ResultSpec => ({ text, indicators });

/** Structural posts: `{unit}` is replaced by the unit's name. */
const STRUCTURAL: Record<"JPT" | "ADMINISTRATOR" | "PENGAWAS", readonly ResultSpec[]> = {
  JPT: [
    rhk("Meningkatnya kualitas pelayanan publik {unit}", quality("Indeks kepuasan masyarakat terhadap layanan {unit}", 85, "indeks"), qty("Inovasi pelayanan yang diterapkan", 2, "inovasi")),
    rhk("Meningkatnya akuntabilitas kinerja {unit}", qualitative("Nilai evaluasi SAKIP {unit}", "Minimal predikat BB"), quality("Capaian indikator kinerja utama", 90)),
    rhk("Terwujudnya pengelolaan keuangan {unit} yang tertib dan akuntabel", quality("Realisasi anggaran", 95), time("Penyelesaian tindak lanjut temuan BPK", 60, "hari")),
    rhk("Terlaksananya reformasi birokrasi di lingkungan {unit}", qualitative("Hasil evaluasi reformasi birokrasi", "Kategori B atau lebih baik"), qty("Rencana aksi reformasi birokrasi yang diselesaikan", 8, "rencana aksi")),
  ],
  ADMINISTRATOR: [
    rhk("Terlaksananya program {unit} sesuai rencana strategis", quality("Program yang terlaksana sesuai jadwal", 95), qty("Laporan capaian program", 4, "laporan")),
    rhk("Tersusunnya rencana kerja dan anggaran {unit}", qty("Dokumen RKA yang disusun", 1, "dokumen"), time("Penyampaian RKA kepada TAPD", 2, "bulan")),
    rhk("Meningkatnya kinerja pegawai di lingkungan {unit}", quality("Pegawai dengan predikat kinerja minimal Baik", 90)),
    rhk("Terkendalinya pelaksanaan kegiatan {unit}", qty("Rapat evaluasi pelaksanaan kegiatan", 12, "kali"), qualitative("Tindak lanjut rekomendasi pengendalian", "Seluruh rekomendasi ditindaklanjuti oleh seksi/subbagian")),
  ],
  PENGAWAS: [
    rhk("Terlaksananya kegiatan {unit} tepat waktu", quality("Kegiatan yang selesai sesuai jadwal", 90), qty("Laporan pelaksanaan kegiatan", 12, "laporan")),
    rhk("Tersusunnya laporan kinerja {unit}", qty("Laporan kinerja triwulanan", 4, "laporan"), time("Penyampaian laporan setelah triwulan berakhir", 10, "hari kerja")),
    rhk("Terbinanya staf di lingkungan {unit}", qty("Sesi pembinaan dan bimbingan staf", 6, "kali"), quality("Staf yang mencapai target SKP", 90)),
    rhk("Tertibnya administrasi dan arsip {unit}", quality("Arsip dinamis yang tertata", 95), qualitative("Kesesuaian naskah dinas", "Sesuai pedoman tata naskah dinas")),
  ],
};

/** Functional and pelaksana posts by the post's name without its jenjang. */
const BY_POST: Record<string, readonly ResultSpec[]> = {
  "Analis SDM Aparatur": [
    rhk("Terselenggaranya analisis kebutuhan diklat pegawai", qty("Dokumen analisis kebutuhan diklat", 1, "dokumen"), qualitative("Cakupan analisis", "Memuat kesenjangan kompetensi setiap jabatan")),
    rhk("Tersusunnya rekomendasi mutasi dan promosi pegawai", qty("Berkas usulan mutasi yang dianalisis", 48, "berkas"), time("Penyelesaian telaahan per usulan", 5, "hari kerja")),
    rhk("Terlaksananya pemetaan talenta ASN", qty("Pegawai yang dipetakan dalam 9-box", 150, "pegawai"), quality("Data talenta yang tervalidasi", 100)),
    rhk("Terverifikasinya usulan kenaikan pangkat", qty("Berkas usulan kenaikan pangkat", 120, "berkas"), time("Verifikasi berkas sebelum batas periode", 14, "hari")),
  ],
  Perencana: [
    rhk("Tersusunnya dokumen Rencana Kerja Pemerintah Daerah", qty("Dokumen RKPD", 1, "dokumen"), time("Penetapan RKPD", 6, "bulan")),
    rhk("Terlaksananya pengendalian dan evaluasi rencana pembangunan daerah", qty("Laporan evaluasi triwulanan", 4, "laporan"), quality("Program prioritas yang dipantau", 100)),
    rhk("Tersusunnya kajian perencanaan sektoral", qty("Naskah kajian", 2, "naskah"), qualitative("Mutu kajian", "Diterima sebagai bahan musrenbang")),
  ],
  Statistisi: [
    rhk("Tersedianya data statistik sektoral yang mutakhir", quality("Indikator sektoral yang diperbarui", 95), time("Pemutakhiran data", 1, "bulan")),
    rhk("Tersusunnya publikasi statistik daerah", qty("Publikasi statistik", 2, "publikasi")),
    rhk("Terlaksananya survei kebutuhan data", qty("Responden survei", 400, "responden"), qualitative("Metadata survei", "Lengkap sesuai standar Satu Data Indonesia")),
  ],
  Guru: [
    rhk("Terlaksananya pembelajaran yang berpusat pada peserta didik", qty("Jam tatap muka", 24, "jam pelajaran per minggu"), qualitative("Metode pembelajaran", "Pembelajaran berdiferensiasi di setiap rombel")),
    rhk("Meningkatnya hasil belajar peserta didik", quality("Peserta didik yang tuntas KKTP", 80)),
    rhk("Tersusunnya perangkat pembelajaran", qty("Modul ajar", 4, "modul"), time("Penyelesaian sebelum semester dimulai", 2, "minggu")),
    rhk("Terlaksananya asesmen formatif dan sumatif", qty("Asesmen yang dilaksanakan", 8, "asesmen"), quality("Nilai yang diinput ke rapor tepat waktu", 100)),
  ],
  "Pengawas Sekolah": [
    rhk("Terlaksananya supervisi akademik dan manajerial sekolah binaan", qty("Sekolah binaan yang disupervisi", 10, "sekolah"), qty("Laporan supervisi", 2, "laporan")),
    rhk("Meningkatnya mutu sekolah binaan", qualitative("Rapor pendidikan sekolah binaan", "Naik minimal satu tingkat pada indikator literasi")),
    rhk("Terlaksananya pendampingan penyusunan kurikulum satuan pendidikan", qty("Sekolah yang didampingi", 10, "sekolah")),
  ],
  "Epidemiolog Kesehatan": [
    rhk("Terlaksananya surveilans penyakit menular", quality("Kelengkapan laporan mingguan SKDR", 90), qty("Analisis situasi penyakit", 12, "laporan")),
    rhk("Terlaksananya penyelidikan epidemiologi kejadian luar biasa", time("Respons terhadap sinyal KLB", 24, "jam")),
    rhk("Tersusunnya kajian epidemiologi daerah", qty("Kajian epidemiologi", 2, "kajian"), qualitative("Pemanfaatan kajian", "Menjadi dasar intervensi program")),
  ],
  "Administrator Kesehatan": [
    rhk("Tersusunnya kebijakan teknis program kesehatan", qty("Rancangan kebijakan teknis", 3, "dokumen")),
    rhk("Terlaksananya evaluasi program kesehatan daerah", qty("Laporan evaluasi program", 4, "laporan"), quality("Capaian SPM bidang kesehatan", 100)),
  ],
  Dokter: [
    rhk("Terlaksananya pelayanan medik yang bermutu", qty("Pasien yang dilayani", 1200, "pasien"), quality("Kepatuhan terhadap panduan praktik klinis", 95)),
    rhk("Terlaksananya pemeriksaan laboratorium klinik yang tervalidasi", quality("Hasil pemeriksaan yang divalidasi dokter", 100), time("Waktu tunggu validasi hasil", 2, "jam")),
    rhk("Terlaksananya pembinaan mutu layanan laboratorium", qty("Audit klinis", 4, "kali")),
  ],
  "Pranata Laboratorium Kesehatan": [
    rhk("Terlaksananya pemeriksaan sampel laboratorium", qty("Sampel yang diperiksa", 3000, "sampel"), quality("Pemeriksaan sesuai SOP", 98)),
    rhk("Terjaganya mutu peralatan laboratorium", qty("Alat yang dikalibrasi", 20, "alat"), qualitative("Pemantapan mutu internal", "Dilaksanakan setiap hari kerja")),
  ],
  Perawat: [
    rhk("Terlaksananya asuhan keperawatan", qty("Pasien yang mendapat asuhan keperawatan", 600, "pasien"), quality("Kelengkapan dokumentasi asuhan", 95)),
    rhk("Terlaksananya pencegahan dan pengendalian infeksi", quality("Kepatuhan kebersihan tangan", 90)),
  ],
  Auditor: [
    rhk("Terlaksananya audit kinerja perangkat daerah", qty("Laporan hasil audit", 6, "LHA"), time("Penyelesaian LHA setelah audit lapangan", 14, "hari kerja")),
    rhk("Terlaksananya reviu laporan keuangan pemerintah daerah", qty("Laporan hasil reviu", 1, "laporan"), qualitative("Opini BPK yang didukung", "Wajar Tanpa Pengecualian")),
    rhk("Terpantaunya tindak lanjut hasil pemeriksaan", quality("Rekomendasi yang telah ditindaklanjuti", 85)),
    rhk("Terlaksananya konsultasi dan pendampingan pengendalian intern", qty("Kegiatan konsultasi", 8, "kegiatan")),
  ],
  "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah": [
    rhk("Terlaksananya pengawasan penyelenggaraan urusan pemerintahan daerah", qty("Objek pengawasan", 5, "perangkat daerah"), qty("Laporan hasil pengawasan", 5, "laporan")),
    rhk("Terpantaunya penerapan standar pelayanan minimal", quality("SPM yang dievaluasi", 100)),
  ],
  "Analis Kebijakan": [
    rhk("Tersusunnya rekomendasi kebijakan daerah", qty("Policy brief", 4, "naskah"), qualitative("Pemanfaatan rekomendasi", "Dibahas dalam rapat pimpinan daerah")),
    rhk("Terlaksananya analisis dampak kebijakan", qty("Analisis dampak kebijakan", 2, "dokumen"), time("Penyelesaian analisis", 3, "bulan")),
    rhk("Terlaksananya harmonisasi rancangan peraturan kepala daerah", qty("Rancangan yang diharmonisasi", 12, "rancangan")),
  ],
  Arsiparis: [
    rhk("Tertatanya arsip inaktif sesuai jadwal retensi", qty("Arsip inaktif yang ditata", 1500, "berkas"), quality("Arsip yang terdaftar dalam daftar arsip", 100)),
    rhk("Terlaksananya penyusutan arsip", qty("Usul musnah yang diproses", 2, "usulan")),
    rhk("Terdigitalisasinya arsip vital", qty("Arsip vital yang dialihmediakan", 800, "lembar"), qualitative("Mutu alih media", "Terbaca utuh dan berindeks")),
  ],
  "Pranata Komputer": [
    rhk("Tersedianya aplikasi layanan yang andal", quality("Ketersediaan layanan aplikasi", 99), time("Pemulihan gangguan aplikasi", 4, "jam")),
    rhk("Terpeliharanya jaringan dan perangkat teknologi informasi", qty("Perangkat yang dipelihara", 120, "unit"), qualitative("Keamanan jaringan", "Tanpa insiden keamanan berdampak tinggi")),
    rhk("Terkelolanya basis data instansi", quality("Data yang tervalidasi", 98), qty("Cadangan basis data", 52, "kali")),
  ],
  "Analis Keuangan Pusat dan Daerah": [
    rhk("Tersusunnya analisis realisasi anggaran daerah", qty("Laporan analisis realisasi", 12, "laporan"), time("Penyampaian setelah akhir bulan", 10, "hari kerja")),
    rhk("Tersusunnya laporan keuangan pemerintah daerah", qty("LKPD unaudited", 1, "dokumen"), qualitative("Kualitas LKPD", "Tanpa koreksi material dari BPK")),
  ],
  "Pengelola Pengadaan Barang/Jasa": [
    rhk("Terlaksananya pemilihan penyedia barang/jasa", qty("Paket pengadaan yang diproses", 15, "paket"), time("Penyelesaian pemilihan per paket", 30, "hari")),
    rhk("Tersusunnya dokumen pemilihan yang sesuai ketentuan", quality("Dokumen pemilihan tanpa sanggahan yang diterima", 100)),
  ],
  "Penyuluh Pertanian": [
    rhk("Terlaksananya penyuluhan kepada kelompok tani", qty("Pertemuan penyuluhan", 24, "kali"), qty("Kelompok tani binaan", 8, "kelompok")),
    rhk("Meningkatnya penerapan teknologi budidaya", quality("Petani binaan yang menerapkan teknologi anjuran", 60)),
    rhk("Tersusunnya programa penyuluhan desa", qty("Programa penyuluhan", 1, "dokumen"), time("Penyelesaian programa", 2, "bulan")),
  ],
  "Pengadministrasi Perkantoran": [
    rhk("Terkelolanya surat masuk dan surat keluar", qty("Surat yang diagendakan", 1200, "surat"), time("Distribusi surat setelah diterima", 1, "hari kerja")),
    rhk("Tertibnya administrasi perkantoran", quality("Dokumen yang terarsip sesuai klasifikasi", 95), qualitative("Kerapian arsip", "Mudah ditemukan kembali dalam 5 menit")),
    rhk("Terlaksananya dukungan rapat dan kegiatan unit", qty("Kegiatan yang didukung", 40, "kegiatan")),
  ],
  "Pengolah Data Kepegawaian": [
    rhk("Termutakhirnya data kepegawaian di SIASN", quality("Data pegawai yang mutakhir", 100), time("Pemutakhiran setelah SK terbit", 7, "hari")),
    rhk("Tersusunnya laporan data pegawai bulanan", qty("Laporan data pegawai", 12, "laporan")),
  ],
  "Penata Laporan Keuangan": [
    rhk("Tersusunnya laporan pertanggungjawaban keuangan", qty("Laporan pertanggungjawaban", 12, "laporan"), time("Penyampaian laporan setelah akhir bulan", 10, "hari kerja")),
    rhk("Terverifikasinya dokumen SPJ", quality("SPJ yang lengkap dan sah", 100), qty("Dokumen SPJ yang diverifikasi", 600, "dokumen")),
  ],
  "Pengelola Barang Milik Daerah": [
    rhk("Tertibnya inventarisasi barang milik daerah", qty("Laporan inventaris", 2, "laporan"), quality("Barang yang berlabel kode", 100)),
    rhk("Terlaksananya rekonsiliasi aset", qty("Rekonsiliasi aset", 2, "kali"), qualitative("Hasil rekonsiliasi", "Tanpa selisih dengan neraca")),
  ],
};

const GENERIC: readonly ResultSpec[] = [
  rhk("Terlaksananya tugas jabatan sesuai standar operasional prosedur", quality("Tugas yang selesai sesuai SOP", 95), qty("Laporan pelaksanaan tugas", 12, "laporan")),
  rhk("Meningkatnya kualitas layanan {unit}", quality("Keluhan yang ditangani tuntas", 90)),
  rhk("Tersusunnya laporan kegiatan berkala", qty("Laporan kegiatan", 4, "laporan"), time("Penyampaian laporan", 10, "hari kerja")),
];

/** The post's name without its jenjang: "Analis SDM Aparatur Ahli Pertama" → "Analis SDM Aparatur". */
export function postBase(name: string): string {
  return name.replace(/ (Ahli (Pertama|Muda|Madya|Utama)|Pemula|Terampil|Mahir|Penyelia)$/, "");
}

/** The RHK menu of a post, best fitting first; the planner takes 2–4 of them. */
export function resultMenu(post: { name: string; type: PositionType }): readonly ResultSpec[] {
  if (post.type === "JPT_MADYA" || post.type === "JPT_PRATAMA" || post.type === "JPT_UTAMA") return STRUCTURAL.JPT;
  if (post.type === "ADMINISTRATOR") return STRUCTURAL.ADMINISTRATOR;
  if (post.type === "PENGAWAS") return STRUCTURAL.PENGAWAS;
  const own = BY_POST[postBase(post.name)] ?? [];
  return own.length >= 2 ? own : [...own, ...GENERIC];
}

export function fillUnit(text: string, unitName: string): string {
  return text.replaceAll("{unit}", unitName);
}

export const SELF_ASSESSMENTS: readonly string[] = [
  "Seluruh target triwulan ini tercapai sesuai rencana; bukti dukung sudah diunggah pada setiap indikator.",
  "Sebagian besar target tercapai. Satu kegiatan bergeser ke triwulan berikutnya karena menunggu jadwal narasumber.",
  "Target kuantitas terlampaui; kualitas keluaran sudah diverifikasi atasan langsung.",
  "Capaian sesuai rencana. Saya juga membantu rekan satu tim menyelesaikan laporan yang tertunda.",
  "Beberapa keluaran selesai lebih cepat dari jadwal berkat pemanfaatan aplikasi baru.",
  "Target tercapai dengan catatan: data dari perangkat daerah lain terlambat masuk sehingga analisis mundur satu minggu.",
];

export const ANNUAL_SELF_ASSESSMENTS: readonly string[] = [
  "Sepanjang tahun seluruh RHK tercapai; rincian capaian per indikator ada pada realisasi dan bukti dukung.",
  "Capaian tahunan sesuai target. Kendala utama pada triwulan II telah diatasi bersama atasan.",
  "Target tahunan terlampaui pada indikator kuantitas; kualitas dijaga sesuai standar unit.",
  "Sebagian besar target tahunan tercapai; satu indikator belum penuh dan saya usulkan menjadi prioritas tahun depan.",
];

/** Feedback by the overall predikat; "Di bawah ekspektasi" always gets a concrete explanation. */
export const FEEDBACK: Record<Predikat, readonly string[]> = {
  SANGAT_BAIK: [
    "Kinerja sangat baik dan melampaui ekspektasi. Pertahankan, dan bagikan cara kerja Anda kepada rekan satu tim.",
    "Hasil kerja di atas target dengan kualitas yang konsisten; inisiatif Anda mempercepat layanan unit.",
  ],
  BAIK: [
    "Kinerja sesuai ekspektasi. Dokumentasikan bukti dukung lebih rinci agar capaian mudah diverifikasi.",
    "Target tercapai. Tingkatkan koordinasi dengan unit lain agar kegiatan tidak menunggu data.",
    "Hasil kerja baik; pertahankan ketepatan waktu pelaporan.",
  ],
  BUTUH_PERBAIKAN: [
    "Beberapa target di bawah ekspektasi. Susun rencana perbaikan bersama atasan dan laporkan kemajuannya setiap bulan.",
    "Hasil kerja belum mencapai target karena keterlambatan penyelesaian. Kita sepakati jadwal yang lebih realistis dan pendampingan.",
  ],
  KURANG: [
    "Hasil kerja tercapai, tetapi perilaku kerja di bawah ekspektasi: ketidakhadiran pada rapat koordinasi dan keterlambatan laporan perlu diperbaiki segera.",
    "Perilaku kerja belum sesuai nilai BerAKHLAK, terutama akuntabilitas. Ikuti pembinaan yang dijadwalkan bagian kepegawaian.",
  ],
  SANGAT_KURANG: [
    "Hasil dan perilaku kerja di bawah ekspektasi. Kita susun rencana pembinaan tertulis dan evaluasi ulang dalam tiga bulan.",
  ],
};

/** Added to the feedback when a single value or RHK was rated below expectation. */
export const BELOW_NOTES = {
  result: "Salah satu RHK belum mencapai target; fokuskan triwulan berikutnya pada penyelesaiannya.",
  value: (label: string) => `Perilaku ${label} perlu ditingkatkan; diskusikan contoh konkretnya pada dialog kinerja berikutnya.`,
};

export const RATER_NOTES: readonly string[] = [
  "Dialog kinerja triwulan: capaian sudah sesuai jadwal; mohon bukti dukung diunggah paling lambat akhir bulan.",
  "Sudah dibahas kendala data dari perangkat daerah lain; disepakati surat permintaan data ditandatangani kepala bidang.",
  "Apresiasi atas penyelesaian laporan lebih cepat dari jadwal. Siapkan bahan paparan untuk rapat pimpinan.",
  "Mohon perhatikan ketepatan waktu pelaporan; dua laporan terakhir terlambat tiga hari.",
  "Disepakati pendampingan oleh rekan senior untuk penyusunan kajian berikutnya.",
];

export const EMPLOYEE_NOTES: readonly string[] = [
  "Mohon arahan terkait prioritas kegiatan triwulan IV karena ada tambahan penugasan dari pimpinan.",
  "Saya sudah mengikuti pelatihan yang disarankan pada dialog kinerja sebelumnya; sertifikat terlampir di realisasi.",
  "Usul: target indikator kuantitas disesuaikan karena jumlah usulan dari kabupaten/kota menurun.",
];

export const REALIZATION_TEXTS: readonly string[] = [
  "Laporan triwulan telah disampaikan kepada atasan dan diarsipkan.",
  "Kegiatan terlaksana sesuai jadwal; notulen dan daftar hadir terlampir pada tautan.",
  "Dokumen telah diverifikasi dan ditandatangani kepala bidang.",
  "Data telah dimutakhirkan pada aplikasi; tangkapan layar tersedia pada tautan.",
  "Rapat koordinasi dengan perangkat daerah terkait telah dilaksanakan.",
];

export const FEEDBACK_COMMENTS: readonly string[] = [
  "Selalu siap membantu ketika tim dikejar tenggat.",
  "Komunikasi dengan pemohon layanan ramah dan jelas.",
  "Perlu lebih terbuka menerima masukan dalam rapat.",
  "Rapi dalam dokumentasi dan tepat waktu.",
];
