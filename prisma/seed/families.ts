// Job families (rumpun jabatan): which studies lead to a post, which academic titles those studies
// give, and which technical competencies its standard asks for. Shared by the demo, the factories
// and the scale generator so every generated person's title matches their ijazah and post.
import type { EducationLevel } from "../../lib/domain/education";
import type { CompetencyCode } from "./reference";

export type Degree = { major: string; title: string | null };

export type Family = {
  degrees: Partial<Record<EducationLevel, readonly Degree[]>>;
  technical: readonly CompetencyCode[];
};

const SLTA: readonly Degree[] = [
  { major: "IPA", title: null },
  { major: "IPS", title: null },
];
const SMK_ADMIN: readonly Degree[] = [
  { major: "Otomatisasi dan Tata Kelola Perkantoran", title: null },
  { major: "Akuntansi", title: null },
];
const S2_PUBLIC: readonly Degree[] = [
  { major: "Administrasi Publik", title: "M.A.P." },
  { major: "Ilmu Pemerintahan", title: "M.Si." },
  { major: "Manajemen", title: "M.M." },
];
/** Praja IPDN graduate as Sarjana Sains Terapan Pemerintahan: the usual D-IV in government posts. */
const IPDN: readonly Degree[] = [{ major: "Manajemen Pemerintahan", title: "S.STP." }];
const S3_PUBLIC: readonly Degree[] = [{ major: "Ilmu Administrasi Publik", title: "Dr." }];

const GENERAL: Family["degrees"] = {
  SMA: SLTA,
  SMK: SMK_ADMIN,
  D3: [{ major: "Administrasi Perkantoran", title: "A.Md." }],
  S1: [
    { major: "Ilmu Pemerintahan", title: "S.IP." },
    { major: "Ilmu Administrasi Negara", title: "S.Sos." },
    { major: "Ilmu Hukum", title: "S.H." },
    { major: "Manajemen", title: "S.E." },
  ],
  S2: S2_PUBLIC,
  S3: S3_PUBLIC,
};

export const FAMILIES = {
  UMUM: { degrees: { ...GENERAL, D4: IPDN }, technical: ["TKS.TATA_KELOLA_PEMERINTAHAN", "TKS.ANALISIS_KEBIJAKAN"] },
  SDM: {
    degrees: {
      ...GENERAL,
      D4: IPDN,
      S1: [
        { major: "Psikologi", title: "S.Psi." },
        { major: "Ilmu Hukum", title: "S.H." },
        { major: "Ilmu Administrasi Negara", title: "S.A.P." },
        { major: "Manajemen", title: "S.E." },
      ],
      S2: [
        { major: "Manajemen Sumber Daya Manusia", title: "M.M." },
        { major: "Psikologi", title: "M.Psi." },
        { major: "Administrasi Publik", title: "M.Si." },
      ],
    },
    technical: ["TKS.MANAJEMEN_ASN"],
  },
  PERENCANAAN: {
    degrees: {
      ...GENERAL,
      S1: [
        { major: "Ekonomi Pembangunan", title: "S.E." },
        { major: "Perencanaan Wilayah dan Kota", title: "S.T." },
        { major: "Statistika", title: "S.Stat." },
      ],
      S2: [
        { major: "Perencanaan Pembangunan", title: "M.Si." },
        { major: "Ekonomi Pembangunan", title: "M.E." },
      ],
    },
    technical: ["TKS.PERENCANAAN_ANGGARAN", "TKS.ANALISIS_KEBIJAKAN"],
  },
  KEUANGAN: {
    degrees: {
      ...GENERAL,
      D3: [{ major: "Akuntansi", title: "A.Md.Ak." }],
      S1: [
        { major: "Akuntansi", title: "S.Ak." },
        { major: "Akuntansi", title: "S.E." },
        { major: "Manajemen Keuangan", title: "S.E." },
      ],
      S2: [
        { major: "Akuntansi", title: "M.Ak." },
        { major: "Manajemen Keuangan Daerah", title: "M.M." },
      ],
    },
    technical: ["TKS.KEUANGAN_DAERAH"],
  },
  ASET: {
    degrees: { ...GENERAL, S1: [{ major: "Manajemen", title: "S.E." }, { major: "Teknik Sipil", title: "S.T." }] },
    technical: ["TKS.BARANG_MILIK_DAERAH", "TKS.KEUANGAN_DAERAH"],
  },
  PENGADAAN: {
    degrees: { ...GENERAL, S1: [{ major: "Teknik Sipil", title: "S.T." }, { major: "Manajemen", title: "S.E." }] },
    technical: ["TKS.PENGADAAN"],
  },
  PENGAWASAN: {
    degrees: {
      ...GENERAL,
      D3: [{ major: "Akuntansi", title: "A.Md.Ak." }],
      S1: [
        { major: "Akuntansi", title: "S.E." },
        { major: "Akuntansi", title: "S.Ak." },
        { major: "Ilmu Hukum", title: "S.H." },
      ],
      S2: [
        { major: "Akuntansi", title: "M.Ak." },
        { major: "Manajemen", title: "M.M." },
      ],
    },
    technical: ["TKS.PENGAWASAN_INTERNAL", "TKS.KEUANGAN_DAERAH"],
  },
  TI: {
    degrees: {
      ...GENERAL,
      SMK: [{ major: "Teknik Komputer dan Jaringan", title: null }],
      D3: [{ major: "Manajemen Informatika", title: "A.Md.Kom." }],
      S1: [
        { major: "Teknik Informatika", title: "S.Kom." },
        { major: "Sistem Informasi", title: "S.Kom." },
        { major: "Teknik Elektro", title: "S.T." },
      ],
      S2: [{ major: "Ilmu Komputer", title: "M.Kom." }, { major: "Teknik Informatika", title: "M.T." }],
    },
    technical: ["TKS.SISTEM_INFORMASI"],
  },
  STATISTIK: {
    degrees: {
      ...GENERAL,
      D3: [{ major: "Statistika", title: "A.Md.Stat." }],
      S1: [{ major: "Statistika", title: "S.Stat." }, { major: "Matematika", title: "S.Si." }],
      S2: [{ major: "Statistika", title: "M.Si." }],
    },
    technical: ["TKS.STATISTIK", "TKS.SISTEM_INFORMASI"],
  },
  KESMAS: {
    degrees: {
      ...GENERAL,
      S1: [{ major: "Kesehatan Masyarakat", title: "S.K.M." }],
      S2: [{ major: "Kesehatan Masyarakat", title: "M.Kes." }, { major: "Epidemiologi", title: "M.Epid." }],
    },
    technical: ["TKS.KESEHATAN_MASYARAKAT"],
  },
  DOKTER: {
    degrees: {
      ...GENERAL,
      S1: [{ major: "Pendidikan Dokter", title: "S.Ked." }],
      DOKTER: [{ major: "Profesi Dokter", title: "dr." }],
      S2: [{ major: "Ilmu Kesehatan Masyarakat", title: "M.Kes." }],
    },
    technical: ["TKS.PELAYANAN_KESEHATAN", "TKS.KESEHATAN_MASYARAKAT"],
  },
  KEPERAWATAN: {
    degrees: {
      ...GENERAL,
      D3: [{ major: "Keperawatan", title: "A.Md.Kep." }],
      S1: [{ major: "Ilmu Keperawatan (Profesi Ners)", title: "S.Kep., Ns." }],
      S2: [{ major: "Keperawatan", title: "M.Kep." }],
    },
    technical: ["TKS.PELAYANAN_KESEHATAN"],
  },
  LABORATORIUM: {
    degrees: {
      ...GENERAL,
      D3: [{ major: "Analis Kesehatan", title: "A.Md.AK." }],
      D4: [{ major: "Teknologi Laboratorium Medis", title: "S.Tr.Kes." }],
      S1: [{ major: "Biologi", title: "S.Si." }],
    },
    technical: ["TKS.PELAYANAN_KESEHATAN"],
  },
  PENDIDIKAN: {
    degrees: {
      ...GENERAL,
      S1: [
        { major: "Pendidikan Matematika", title: "S.Pd." },
        { major: "Pendidikan Bahasa Indonesia", title: "S.Pd." },
        { major: "Pendidikan Biologi", title: "S.Pd." },
        { major: "Pendidikan Bahasa Inggris", title: "S.Pd." },
      ],
      S2: [{ major: "Manajemen Pendidikan", title: "M.Pd." }, { major: "Teknologi Pendidikan", title: "M.Pd." }],
    },
    technical: ["TKS.PEMBELAJARAN"],
  },
  ARSIP: {
    degrees: {
      ...GENERAL,
      D3: [{ major: "Kearsipan", title: "A.Md." }],
      S1: [{ major: "Ilmu Perpustakaan", title: "S.IP." }, { major: "Sejarah", title: "S.Hum." }],
    },
    technical: ["TKS.KEARSIPAN"],
  },
  PERTANIAN: {
    degrees: {
      ...GENERAL,
      SMK: [{ major: "Agribisnis Tanaman Pangan dan Hortikultura", title: null }],
      D3: [{ major: "Penyuluhan Pertanian", title: "A.Md.P." }],
      S1: [{ major: "Agroteknologi", title: "S.P." }, { major: "Agribisnis", title: "S.P." }],
      S2: [{ major: "Ilmu Pertanian", title: "M.P." }],
    },
    technical: ["TKS.PENYULUHAN_PERTANIAN"],
  },
} as const satisfies Record<string, Family>;

export type FamilyKey = keyof typeof FAMILIES;

const INSTITUTIONS: Record<"SLTA" | "SMK" | "DIPLOMA" | "SARJANA" | "PASCA", readonly string[]> = {
  SLTA: ["SMA Negeri 1 Kota Jambi", "SMA Negeri 3 Kota Jambi", "SMA Negeri 1 Muaro Jambi", "MAN 1 Kota Jambi", "SMA Negeri 2 Sungai Penuh"],
  SMK: ["SMK Negeri 1 Kota Jambi", "SMK Negeri 2 Kota Jambi", "SMK Negeri 4 Kota Jambi"],
  DIPLOMA: ["Politeknik Jambi", "Poltekkes Kemenkes Jambi", "Politeknik Negeri Padang", "Politeknik Negeri Sriwijaya"],
  SARJANA: [
    "Universitas Jambi",
    "UIN Sulthan Thaha Saifuddin Jambi",
    "Universitas Batanghari",
    "Universitas Andalas",
    "Universitas Sumatera Utara",
    "Universitas Sriwijaya",
    "Universitas Gadjah Mada",
    "Universitas Padjadjaran",
  ],
  PASCA: ["Universitas Jambi", "Universitas Gadjah Mada", "Universitas Indonesia", "Universitas Andalas", "Universitas Padjadjaran", "Institut Pertanian Bogor", "Universitas Brawijaya"],
};

export function institutionsFor(level: EducationLevel): readonly string[] {
  if (level === "SMK" || level === "SMP_KEJURUAN") return INSTITUTIONS.SMK;
  if (level === "SD" || level === "SMP" || level === "SMA") return INSTITUTIONS.SLTA;
  if (level === "D1" || level === "D2" || level === "D3") return INSTITUTIONS.DIPLOMA;
  if (level === "D4" || level === "S1" || level === "DOKTER" || level === "APOTEKER") return INSTITUTIONS.SARJANA;
  return INSTITUTIONS.PASCA;
}

/** Whether the family has its own studies at this level (a D-IV post needs a D-IV programme). */
export function familyOffers(family: FamilyKey, level: EducationLevel): boolean {
  return (FAMILIES[family].degrees as Family["degrees"])[level] !== undefined;
}

/** The degrees a family offers at a level, falling back to the general ones. */
export function degreesFor(family: FamilyKey, level: EducationLevel): readonly Degree[] {
  const own = (FAMILIES[family].degrees as Family["degrees"])[level];
  return own ?? GENERAL[level] ?? [{ major: "Umum", title: null }];
}
