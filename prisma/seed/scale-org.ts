// Names for the generated province of the scale data set: forty OPD as a provincial government
// has them, each with a job family that decides its functional posts, and sub-unit names.
import type { FamilyKey } from "./families";

export type ScaleOpd = { name: string; family: FamilyKey };

export const SCALE_OPDS: readonly ScaleOpd[] = [
  { name: "Sekretariat Daerah", family: "UMUM" },
  { name: "Sekretariat DPRD", family: "UMUM" },
  { name: "Inspektorat", family: "PENGAWASAN" },
  { name: "Badan Perencanaan Pembangunan Daerah", family: "PERENCANAAN" },
  { name: "Badan Pengelolaan Keuangan dan Aset Daerah", family: "KEUANGAN" },
  { name: "Badan Pendapatan Daerah", family: "KEUANGAN" },
  { name: "Badan Kepegawaian Daerah", family: "SDM" },
  { name: "Badan Pengembangan Sumber Daya Manusia", family: "SDM" },
  { name: "Badan Kesatuan Bangsa dan Politik", family: "UMUM" },
  { name: "Badan Penanggulangan Bencana Daerah", family: "UMUM" },
  { name: "Satuan Polisi Pamong Praja", family: "UMUM" },
  { name: "Dinas Pendidikan", family: "PENDIDIKAN" },
  { name: "Dinas Kesehatan", family: "KESMAS" },
  { name: "Dinas Pekerjaan Umum dan Penataan Ruang", family: "PENGADAAN" },
  { name: "Dinas Perumahan dan Kawasan Permukiman", family: "PENGADAAN" },
  { name: "Dinas Sosial", family: "UMUM" },
  { name: "Dinas Tenaga Kerja dan Transmigrasi", family: "UMUM" },
  { name: "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", family: "UMUM" },
  { name: "Dinas Ketahanan Pangan", family: "PERTANIAN" },
  { name: "Dinas Lingkungan Hidup", family: "UMUM" },
  { name: "Dinas Kependudukan dan Pencatatan Sipil", family: "STATISTIK" },
  { name: "Dinas Pemberdayaan Masyarakat dan Desa", family: "UMUM" },
  { name: "Dinas Perhubungan", family: "UMUM" },
  { name: "Dinas Komunikasi dan Informatika", family: "TI" },
  { name: "Dinas Koperasi dan Usaha Kecil Menengah", family: "UMUM" },
  { name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", family: "UMUM" },
  { name: "Dinas Pemuda dan Olahraga", family: "UMUM" },
  { name: "Dinas Perpustakaan dan Kearsipan", family: "ARSIP" },
  { name: "Dinas Kelautan dan Perikanan", family: "PERTANIAN" },
  { name: "Dinas Tanaman Pangan dan Hortikultura", family: "PERTANIAN" },
  { name: "Dinas Perkebunan", family: "PERTANIAN" },
  { name: "Dinas Peternakan dan Kesehatan Hewan", family: "PERTANIAN" },
  { name: "Dinas Kehutanan", family: "PERTANIAN" },
  { name: "Dinas Energi dan Sumber Daya Mineral", family: "UMUM" },
  { name: "Dinas Perindustrian dan Perdagangan", family: "UMUM" },
  { name: "Dinas Pariwisata", family: "UMUM" },
  { name: "Dinas Kebudayaan", family: "UMUM" },
  { name: "Rumah Sakit Umum Daerah", family: "KEPERAWATAN" },
  { name: "Rumah Sakit Jiwa Daerah", family: "KEPERAWATAN" },
  { name: "Badan Riset dan Inovasi Daerah", family: "STATISTIK" },
];

/** Sub-units of an ordinary OPD; the first is the secretariat, the last two are UPTD. */
export const SCALE_SUBUNITS = [
  "Sekretariat",
  "Bidang Program dan Evaluasi",
  "Bidang Pembinaan",
  "Bidang Pelayanan",
  "Bidang Pengembangan",
  "Bidang Pengendalian",
  "UPTD Wilayah I",
  "UPTD Wilayah II",
] as const;

export const SCALE_BIROS = [
  "Biro Pemerintahan dan Otonomi Daerah",
  "Biro Hukum",
  "Biro Kesejahteraan Rakyat",
  "Biro Perekonomian",
  "Biro Administrasi Pembangunan",
  "Biro Pengadaan Barang dan Jasa",
  "Biro Organisasi",
  "Biro Umum",
] as const;

/** Functional posts (keahlian) by family. */
export const KEAHLIAN_JF: Record<FamilyKey, string> = {
  UMUM: "Analis Kebijakan",
  SDM: "Analis SDM Aparatur",
  PERENCANAAN: "Perencana",
  KEUANGAN: "Analis Keuangan Pusat dan Daerah",
  ASET: "Analis Pengelolaan Barang Milik Daerah",
  PENGADAAN: "Pengelola Pengadaan Barang/Jasa",
  PENGAWASAN: "Auditor",
  TI: "Pranata Komputer",
  STATISTIK: "Statistisi",
  KESMAS: "Epidemiolog Kesehatan",
  DOKTER: "Dokter",
  KEPERAWATAN: "Perawat",
  LABORATORIUM: "Pranata Laboratorium Kesehatan",
  PENDIDIKAN: "Pengembang Teknologi Pembelajaran",
  ARSIP: "Arsiparis",
  PERTANIAN: "Penyuluh Pertanian",
};

/** Families whose functional post also has keterampilan jenjang; others borrow Arsiparis or Pranata Komputer. */
export const KETERAMPILAN_FAMILIES: readonly FamilyKey[] = ["PENGAWASAN", "TI", "STATISTIK", "ARSIP", "PERTANIAN", "KEPERAWATAN"];

export function subunitPosts(unitName: string): { head: string; supervisors: readonly string[] } {
  if (unitName === "Sekretariat") {
    return { head: "Sekretaris", supervisors: ["Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan", "Kepala Subbagian Perencanaan"] };
  }
  if (unitName.startsWith("UPTD")) {
    return { head: `Kepala ${unitName}`, supervisors: ["Kepala Subbagian Tata Usaha", "Kepala Seksi Pelayanan", "Kepala Seksi Teknis"] };
  }
  if (unitName.startsWith("Biro ")) {
    const topic = unitName.replace(/^Biro /, "");
    return { head: `Kepala Bagian ${topic}`, supervisors: [`Kepala Subbagian Tata Usaha ${topic}`, `Kepala Subbagian Perencanaan ${topic}`, `Kepala Subbagian Evaluasi ${topic}`] };
  }
  const topic = unitName.replace(/^Bidang /, "");
  return { head: `Kepala ${unitName}`, supervisors: [`Kepala Seksi Perencanaan ${topic}`, `Kepala Seksi Pelaksanaan ${topic}`, `Kepala Seksi Evaluasi ${topic}`] };
}
